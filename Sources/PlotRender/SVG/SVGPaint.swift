import PlotScene

/// Fill and stroke attributes, each starting with a space, written exactly as `CairoCanvas` applies them.
enum SVGPaint {
    /// ` fill="#rrggbb"`, plus `fill-opacity` below full opacity.
    static func fill(_ color: Color) -> String {
        " fill=\"" + SVGNumber.hex(color) + "\"" + opacity("fill-opacity", color.alpha)
    }

    /// Colour, width, and whatever differs from SVG's defaults (butt caps, miter joins, solid).
    static func stroke(_ style: Stroke) -> String {
        strokeColor(style.color) + strokeShape(width: style.width, cap: style.cap, join: style.join, dash: style.dash)
    }

    /// ` stroke="#rrggbb"`, plus `stroke-opacity` below full opacity.
    static func strokeColor(_ color: Color) -> String {
        " stroke=\"" + SVGNumber.hex(color) + "\"" + opacity("stroke-opacity", color.alpha)
    }

    /// Width, and caps, joins and dashes where they differ from SVG's defaults: what strokes of different
    /// colours can share on an enclosing `<g>`.
    static func strokeShape(width: Double, cap: Stroke.Cap, join: Stroke.Join, dash: [Double]) -> String {
        var text = " stroke-width=\"" + SVGNumber.format(width, decimals: SVGNumber.fineDecimals) + "\""
        if cap != .butt { text += " stroke-linecap=\"\(cap.rawValue)\"" }
        if join != .miter { text += " stroke-linejoin=\"\(join.rawValue)\"" }
        if let dash = dashArray(dash) { text += " stroke-dasharray=\"\(dash)\"" }
        return text
    }

    /// The dash list Cairo receives: negative entries dropped, and an all-zero list is a solid line.
    static func dashArray(_ dash: [Double]) -> String? {
        let kept = dash.filter { $0 >= 0 }
        guard kept.contains(where: { $0 > 0 }) else { return nil }
        return kept.map { SVGNumber.format($0, decimals: SVGNumber.fineDecimals) }.joined(separator: " ")
    }

    private static func opacity(_ name: String, _ alpha: Double) -> String {
        guard alpha < 1 else { return "" }
        return " \(name)=\"" + SVGNumber.format(max(alpha, 0), decimals: SVGNumber.fineDecimals) + "\""
    }
}
