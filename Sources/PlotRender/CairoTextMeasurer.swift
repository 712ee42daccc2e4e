import CCairo
import PlotScene

/// Measures text with Cairo on a 1×1 image surface, with the same unhinted font options as `CairoCanvas`,
/// so layout measured here matches PNG, SVG and PDF output.
///
/// Not thread-safe: it owns a Cairo context. Create one per layout.
public final class CairoTextMeasurer: TextMeasurer {
    private let surface: OpaquePointer?
    private let context: OpaquePointer?
    private let canvas: CairoCanvas?

    public init() {
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1)
        let context = surface.flatMap { cairo_create($0) }
        self.surface = surface
        self.context = context
        canvas = context.map { CairoCanvas(context: $0) }
    }

    deinit {
        if let context { cairo_destroy(context) }
        if let surface { cairo_surface_destroy(surface) }
    }

    /// Advance width and font ascent/descent; zeros only if Cairo could not allocate its 1×1 surface.
    public func measure(_ text: String, font: Font) -> TextExtents {
        canvas?.measure(text, font: font) ?? TextExtents(width: 0, ascent: 0, descent: 0)
    }
}
