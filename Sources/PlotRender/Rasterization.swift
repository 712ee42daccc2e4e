import CCairo

/// How an image surface turns shapes and glyphs into pixels. Only `.standard` is used for real output;
/// other values let tests render "the same figure on another machine" (another scan converter, glyph
/// rasteriser or curve flattening) and check that `render --check` tolerates it. Not reachable from the CLI.
struct Rasterization: Sendable, Equatable {
    /// For paths: `cairo_set_antialias`.
    var shapes: cairo_antialias_t = CAIRO_ANTIALIAS_DEFAULT
    /// For text: the font options' antialias (shapes and glyphs are rasterised by different code).
    var text: cairo_antialias_t = CAIRO_ANTIALIAS_DEFAULT
    /// Curve flattening tolerance in device pixels (`cairo_set_tolerance`; Cairo's default is 0.1).
    var curveTolerance: Double = 0.1

    /// Cairo's defaults, what every figure is rendered with.
    static let standard = Rasterization()
    /// Cairo's fast scan converter for shapes: coarser edge coverage on every line and fill.
    static let fastShapes = Rasterization(shapes: CAIRO_ANTIALIAS_FAST)
    /// Curves flattened to 0.5 px instead of 0.1 px, as an older or newer tessellator might.
    static let coarseCurves = Rasterization(curveTolerance: 0.5)

    /// Sets the modes on `cr`, keeping the canvas's other font options (hinting off).
    func apply(to cr: OpaquePointer) {
        guard self != .standard else { return }
        cairo_set_antialias(cr, shapes)
        cairo_set_tolerance(cr, curveTolerance)
        guard let options = cairo_font_options_create() else { return }
        defer { cairo_font_options_destroy(options) }
        cairo_get_font_options(cr, options)
        cairo_font_options_set_antialias(options, text)
        cairo_set_font_options(cr, options)
    }
}
