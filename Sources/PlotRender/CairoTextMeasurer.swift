import PlotScene

/// Measures text with Pango exactly as `CairoCanvas` draws it (same shaping, fallback, unhinted metrics), so
/// layout measured here matches PNG, SVG and PDF output. No Cairo surface is needed: an unhinted, unrounded
/// Pango context measures the same at every scale.
///
/// Not thread-safe: it owns a Pango context. Create one per layout.
public final class CairoTextMeasurer: TextMeasurer {
    private let pango: PangoText?

    public init() {
        pango = PangoText()
    }

    /// Advance width and the line's ascent/descent; zeros only if Pango could not allocate its context.
    public func measure(_ text: String, font: Font) -> TextExtents {
        pango?.measure(text, font: font) ?? TextExtents(width: 0, ascent: 0, descent: 0)
    }

    /// How many characters of `text` no installed font can show: zero means no missing-glyph boxes.
    public func unknownGlyphCount(_ text: String, font: Font) -> Int {
        pango?.unknownGlyphCount(text, font: font) ?? 0
    }
}
