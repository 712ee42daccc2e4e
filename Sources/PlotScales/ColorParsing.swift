// MARK: - Parsing colour text

extension Colormap {
    /// Parses `#rrggbb`, `#rgb`, a CSS-style name, or a grey level `"0.3"` (0 black … 1 white, like
    /// matplotlib). Case and surrounding spaces are ignored. Returns nil for anything else.
    public static func parseColor(_ text: String) -> RGB? {
        let s = text.trimmingSpaces().lowercased()
        if s.hasPrefix("#") { return parseHex(s.dropFirst()) }
        if let rgb = namedColors[s] { return rgb }
        if let level = Double(s), s.first.map({ $0.isNumber || $0 == "." }) == true, level >= 0, level <= 1 {
            return RGB(r: level, g: level, b: level)
        }
        return nil
    }

    private static func parseHex(_ hex: Substring) -> RGB? {
        let values = hex.map { $0.hexDigitValue }
        guard values.allSatisfy({ $0 != nil }) else { return nil }
        let v = values.compactMap { $0 }
        switch v.count {
        case 3:
            return RGB(r: Double(v[0] * 17) / 255, g: Double(v[1] * 17) / 255, b: Double(v[2] * 17) / 255)
        case 6:
            return RGB(
                r: Double(v[0] * 16 + v[1]) / 255, g: Double(v[2] * 16 + v[3]) / 255,
                b: Double(v[4] * 16 + v[5]) / 255)
        default:
            return nil
        }
    }

    private static func hex(_ value: UInt32) -> RGB {
        RGB(r: Double((value >> 16) & 0xff) / 255, g: Double((value >> 8) & 0xff) / 255, b: Double(value & 0xff) / 255)
    }

    /// CSS colour keywords most often written in plot specs (CSS Color Module Level 4 values).
    static let namedColors: [String: RGB] = [
        "black": hex(0x000000), "white": hex(0xffffff), "gray": hex(0x808080), "grey": hex(0x808080),
        "lightgray": hex(0xd3d3d3), "lightgrey": hex(0xd3d3d3), "darkgray": hex(0xa9a9a9), "darkgrey": hex(0xa9a9a9),
        "silver": hex(0xc0c0c0), "red": hex(0xff0000), "darkred": hex(0x8b0000), "green": hex(0x008000),
        "darkgreen": hex(0x006400), "lime": hex(0x00ff00), "blue": hex(0x0000ff), "darkblue": hex(0x00008b),
        "lightblue": hex(0xadd8e6), "skyblue": hex(0x87ceeb), "steelblue": hex(0x4682b4), "navy": hex(0x000080),
        "orange": hex(0xffa500), "darkorange": hex(0xff8c00), "gold": hex(0xffd700), "yellow": hex(0xffff00),
        "cyan": hex(0x00ffff), "aqua": hex(0x00ffff), "magenta": hex(0xff00ff), "fuchsia": hex(0xff00ff),
        "purple": hex(0x800080), "violet": hex(0xee82ee), "indigo": hex(0x4b0082), "brown": hex(0xa52a2a),
        "pink": hex(0xffc0cb), "hotpink": hex(0xff69b4), "teal": hex(0x008080), "crimson": hex(0xdc143c),
        "salmon": hex(0xfa8072), "tomato": hex(0xff6347), "coral": hex(0xff7f50), "olive": hex(0x808000),
        "maroon": hex(0x800000), "turquoise": hex(0x40e0d0), "tan": hex(0xd2b48c), "beige": hex(0xf5f5dc),
        "khaki": hex(0xf0e68c), "firebrick": hex(0xb22222), "forestgreen": hex(0x228b22),
        "royalblue": hex(0x4169e1), "slategray": hex(0x708090), "slategrey": hex(0x708090)
    ]
}

extension String {
    /// Without leading and trailing spaces or tabs (no Foundation needed).
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
