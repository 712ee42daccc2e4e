import CPango

/// The font families this machine can draw with, as fontconfig lists them through Pango.
public enum InstalledFonts {
    /// Names fontconfig resolves to a configured default rather than to one family; always usable.
    public static let genericFamilies: Set<String> = [
        "sans-serif", "sans", "serif", "monospace", "mono", "cursive", "fantasy", "system-ui", "emoji", "math"
    ]

    /// Every installed family name, sorted; read once per process (fontconfig's list does not change while
    /// plotspec runs, and listing costs a few milliseconds).
    public static let families: [String] = {
        guard let fontMap = pango_cairo_font_map_get_default() else { return [] }
        var list: UnsafeMutablePointer<UnsafeMutablePointer<PangoFontFamily>?>?
        var count: Int32 = 0
        pango_font_map_list_families(fontMap, &list, &count)
        guard let list else { return [] }
        defer { g_free(list) }
        var names: [String] = []
        for i in 0..<Int(count) {
            if let family = list[i], let name = pango_font_family_get_name(family) {
                names.append(String(cString: name))
            }
        }
        return Array(Set(names)).sorted()
    }()

    /// Lower-cased `families`: fontconfig matches family names without regard to case.
    private static let lowercasedFamilies = Set(families.map { $0.lowercased() })

    /// Whether text asked for in `family` is drawn in that family (or a generic family's default).
    public static func has(_ family: String) -> Bool {
        let name = family.lowercased()
        return genericFamilies.contains(name) || lowercasedFamilies.contains(name)
    }
}
