import PlotScene

/// Measures text with Pango exactly as `CairoCanvas` draws it (same shaping, fallback, unhinted metrics), so
/// layout measured here matches PNG, SVG and PDF output. No Cairo surface is needed: an unhinted, unrounded
/// Pango context measures the same at every scale.
///
/// Not thread-safe: it owns a Pango context. Create one per layout.
public final class CairoTextMeasurer: TextMeasurer {
    private let pango: PangoText?
    /// Layout measures the same strings again and again (tick candidates, fit-to-size steps); shaping is
    /// the expensive part, so each (text, font) is shaped once. Cleared when full, which bounds memory.
    private var cache: [Key: TextExtents] = [:]
    private static let cacheLimit = 4096

    private struct Key: Hashable {
        let text: String
        let font: Font
    }

    public init() {
        pango = PangoText()
    }

    /// Advance width and the line's ascent/descent; zeros only if Pango could not allocate its context.
    public func measure(_ text: String, font: Font) -> TextExtents {
        let key = Key(text: text, font: font)
        if let known = cache[key] { return known }
        let extents = pango?.measure(text, font: font) ?? TextExtents(width: 0, ascent: 0, descent: 0)
        if cache.count >= Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
        cache[key] = extents
        return extents
    }

    /// How many characters of `text` no installed font can show: zero means no missing-glyph boxes.
    public func unknownGlyphCount(_ text: String, font: Font) -> Int {
        pango?.unknownGlyphCount(text, font: font) ?? 0
    }
}
