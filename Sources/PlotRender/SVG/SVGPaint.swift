import PlotScene

/// Fill and stroke attributes, each starting with a space, written exactly as `CairoCanvas` applies them.
enum SVGPaint {
    /// ` fill="#rrggbb"`, plus `fill-opacity` below full opacity.
    static func fill(_ color: Color) -> String {
        " fill=\"" + SVGNumber.hex(color) + "\"" + opacity("fill-opacity", color.alpha)
    }

    /// Colour, width, and whatever differs from SVG's defaults (butt caps, miter joins, solid).
    static func stroke(_ style: Stroke) -> String {
        var text = " stroke=\"" + SVGNumber.hex(style.color) + "\"" + opacity("stroke-opacity", style.color.alpha)
        text += " stroke-width=\"" + SVGNumber.format(style.width, decimals: SVGNumber.fineDecimals) + "\""
        if style.cap != .butt { text += " stroke-linecap=\"\(style.cap.rawValue)\"" }
        if style.join != .miter { text += " stroke-linejoin=\"\(style.join.rawValue)\"" }
        if let dash = dashArray(style.dash) { text += " stroke-dasharray=\"\(dash)\"" }
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
