import PlotScene

/// A scene text run as a real SVG `<text>` element placed where `CairoCanvas.drawText` draws it.
///
/// `CairoCanvas` (through Pango) puts the left end of the baseline at the run's origin and rotates about it;
/// SVG's default `text-anchor` (start) and baseline (alphabetic) are the same point for left-to-right text,
/// and `rotate(a x y)` turns about it by the same clockwise-positive angle in y-down space. The size is the
/// em size in points, which are the document's user units. The families are the run's own, followed by
/// fallbacks with the same design and metrics lineage for viewers without them (see `fontFamily`). The text
/// is the run's characters in logical order, UTF-8; the viewer shapes and reorders it (bidi) as Pango did.
enum SVGTextElement {
    /// DejaVu Sans grew out of Bitstream Vera Sans (same outlines and metrics for Latin); Verdana is the
    /// widely installed face it was modelled on; `sans-serif` is the last resort.
    static let dejaVuFallbacks = ["Bitstream Vera Sans", "Verdana", "sans-serif"]

    /// The element and its newline; empty for an empty run, which Cairo does not draw either, and for a
    /// size that is not positive (outside the scene contract; SVG would draw it at its 16 px default).
    static func make(_ run: TextRun) -> String {
        guard !run.text.isEmpty, run.font.size > 0, run.font.size.isFinite else { return "" }
        let x = SVGNumber.format(run.origin.x)
        let y = SVGNumber.format(run.origin.y)
        var text =
            "<text x=\"\(x)\" y=\"\(y)\" font-family=\"" + SVGEscaping.attribute(fontFamily(run.font.families))
            + "\" font-size=\"" + SVGNumber.format(run.font.size, decimals: SVGNumber.fineDecimals) + "\""
        if run.font.weight == .bold { text += " font-weight=\"bold\"" }
        if run.font.slant == .italic { text += " font-style=\"italic\"" }
        text += SVGPaint.fill(run.color)
        let degrees = SVGNumber.format(run.rotation * 180 / Double.pi, decimals: SVGNumber.fineDecimals)
        if degrees != "0" { text += " transform=\"rotate(\(degrees) \(x) \(y))\"" }
        // Pango gives a line whose first strong character is right-to-left a right-to-left base direction,
        // which decides where neutrals go ("קצב (lr) ⭐" ends with the star on the left). SVG's base direction
        // is left-to-right unless told; with `rtl`, the `end` of the text is its left end, still at x.
        if PangoText.isRightToLeft(run.text) { text += " direction=\"rtl\" text-anchor=\"end\"" }
        // Without this an SVG reader collapses runs of spaces and drops leading/trailing ones; Cairo draws them.
        if SVGEscaping.needsPreservedSpace(run.text) { text += " xml:space=\"preserve\"" }
        return text + ">" + SVGEscaping.content(run.text) + "</text>\n"
    }

    /// A CSS font-family list: the run's families in order, then the DejaVu fallbacks when DejaVu Sans is
    /// among them (else just `sans-serif`), each name once. Names that are not plain words are quoted.
    static func fontFamily(_ families: [String]) -> String {
        let fallbacks = families.contains("DejaVu Sans") ? dejaVuFallbacks : ["sans-serif"]
        var seen = Set<String>()
        return (families + fallbacks).filter { seen.insert($0).inserted }.map(cssName).joined(separator: ", ")
    }

    /// A family name as CSS reads it: unquoted when it is words of letters, digits and hyphens (not starting
    /// with a digit), otherwise in single quotes with `\` and `'` escaped.
    private static func cssName(_ name: String) -> String {
        let words = name.split(separator: " ", omittingEmptySubsequences: false)
        let plain =
            !words.isEmpty
            && words.allSatisfy { word in
                guard let first = word.unicodeScalars.first, !("0"..."9").contains(first), first != "-" else {
                    return false
                }
                return word.unicodeScalars.allSatisfy {
                    $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-"
                }
            }
        if plain { return name }
        var quoted = "'"
        for character in name {
            if character == "\\" || character == "'" { quoted += "\\" }
            quoted.append(character)
        }
        return quoted + "'"
    }
}
