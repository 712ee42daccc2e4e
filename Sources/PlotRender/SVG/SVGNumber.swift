import PlotScene

/// Deterministic, locale-free number text for SVG attributes and path data.
///
/// Every number is rounded to a fixed number of decimals (half away from zero), printed without trailing
/// zeros, without an exponent and never as `-0`, so the same scene always gives the same bytes and an
/// unrelated change moves only the numbers it touches. Non-finite values print as `0` (the scene contract
/// rules them out; XML must stay well-formed anyway) and magnitudes are clamped to ±10¹², far off any page.
enum SVGNumber {
    /// Page coordinates: 0.01 pt is 0.04 px at 300 dpi.
    static let coordinateDecimals = 2
    /// Line widths, dash lengths, font sizes and opacities, which are small numbers where 0.01 is coarse.
    static let fineDecimals = 3

    private static let largest = 1e12
    private static let powersOfTen: [Double] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000]

    /// `value` rounded to `decimals` (0…6) places: `12.5`, `-0.25`, `3`, `0`.
    static func format(_ value: Double, decimals: Int = coordinateDecimals) -> String {
        var text = ""
        append(value, decimals: decimals, to: &text)
        return text
    }

    /// Appends `format(value, decimals:)` to `text` without building an intermediate string per call.
    static func append(_ value: Double, decimals: Int = coordinateDecimals, to text: inout String) {
        let places = min(max(decimals, 0), powersOfTen.count - 1)
        let scale = powersOfTen[places]
        let clamped = value.isFinite ? min(max(value, -largest), largest) : 0
        // |clamped × scale| ≤ 10¹⁸ fits an Int64, so the conversion cannot trap.
        let scaled = Int64((clamped * scale).rounded())
        if scaled == 0 {
            text += "0"
            return
        }
        if scaled < 0 { text += "-" }
        let magnitude = scaled.magnitude
        let unit = UInt64(scale)
        text += String(magnitude / unit)
        var fraction = magnitude % unit
        guard fraction != 0 else { return }
        var digits = places
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        let fractionText = String(fraction)
        text += "."
        if fractionText.count < digits { text += String(repeating: "0", count: digits - fractionText.count) }
        text += fractionText
    }

    /// `#rrggbb` of the colour's 8-bit sRGB components (what a PNG of the same scene stores).
    static func hex(_ color: Color) -> String {
        func byte(_ v: Double) -> Int { v >= 1 ? 255 : (v > 0 ? Int((v * 255).rounded()) : 0) }
        let digits: [Character] = Array("0123456789abcdef")
        var text = "#"
        for component in [color.red, color.green, color.blue] {
            let b = byte(component)
            text.append(digits[b >> 4])
            text.append(digits[b & 15])
        }
        return text
    }
}
