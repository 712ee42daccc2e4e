import CCairo
import PlotScene

/// A `Canvas` drawing through a Cairo context it did not create: one class for PNG and PDF (SVG is written by
/// `SVGWriter`, which places text where this canvas draws it).
///
/// Text uses Cairo's toy font API with hint metrics off and hint style none, so the same string measures the
/// same on image, SVG and PDF surfaces and a layout computed for one format holds for all three.
public final class CairoCanvas: Canvas {
    /// The borrowed context; the creator keeps ownership and destroys it after the canvas is done.
    let cr: OpaquePointer
    /// Below this many markers each one is a real vector path; above, markers are stamped as glyphs.
    public var vectorMarkerLimit = 2000
    /// How `drawPolylines` draws: `SceneRenderer` sets the technique of the output being painted.
    var polylineTechnique = PolylineTechnique.strokes

    /// Wraps `context` and sets unhinted font options on it.
    public init(context: OpaquePointer) {
        cr = context
        Self.applyFontOptions(to: context)
    }

    /// Hint metrics off and hint style none: the measurement contract every surface must share.
    static func applyFontOptions(to cr: OpaquePointer) {
        guard let options = cairo_font_options_create() else { return }
        defer { cairo_font_options_destroy(options) }
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_set_font_options(cr, options)
    }

    // MARK: - Paths

    public func fill(_ path: Path, color: Color) {
        guard !path.isEmpty else { return }
        appendPath(path)
        setSource(color)
        cairo_fill(cr)
    }

    public func stroke(_ path: Path, style: Stroke) {
        guard !path.isEmpty, style.width > 0 else { return }
        cairo_save(cr)
        defer { cairo_restore(cr) }
        appendPath(path)
        applyStroke(style)
        cairo_stroke(cr)
    }

    /// Replaces the current path with `path`.
    func appendPath(_ path: Path, offset: Point = Point(0, 0)) {
        cairo_new_path(cr)
        for element in path.elements {
            switch element {
            case .move(let p): cairo_move_to(cr, p.x + offset.x, p.y + offset.y)
            case .line(let p): cairo_line_to(cr, p.x + offset.x, p.y + offset.y)
            case .curve(let a, let b, let c):
                cairo_curve_to(cr, a.x + offset.x, a.y + offset.y, b.x + offset.x, b.y + offset.y,
                               c.x + offset.x, c.y + offset.y)
            case .close: cairo_close_path(cr)
            }
        }
    }

    /// Sets width, caps, joins, dash and colour; the caller brackets with save/restore to undo the dash.
    func applyStroke(_ style: Stroke) {
        cairo_set_line_width(cr, style.width)
        switch style.cap {
        case .butt: cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
        case .round: cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
        case .square: cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE)
        }
        switch style.join {
        case .miter: cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER)
        case .round: cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
        case .bevel: cairo_set_line_join(cr, CAIRO_LINE_JOIN_BEVEL)
        }
        let dash = style.dash.filter { $0 >= 0 }
        // Cairo puts the context in an error state for an all-zero dash; treat it as solid.
        if !dash.isEmpty, dash.contains(where: { $0 > 0 }) {
            dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
        }
        setSource(style.color)
    }

    func setSource(_ color: Color) {
        cairo_set_source_rgba(cr, color.red, color.green, color.blue, color.alpha)
    }

    // MARK: - Clipping

    public func pushClip(_ rect: Rect) {
        cairo_save(cr)
        cairo_new_path(cr)
        cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
        cairo_clip(cr)
    }

    public func popClip() {
        cairo_restore(cr)
    }

    // MARK: - Images

    public func drawImage(_ image: RasterImage, in rect: Rect) {
        guard image.width > 0, image.height > 0, rect.width > 0, rect.height > 0,
              let surface = RasterConversion.makeSurface(image) else { return }
        defer { cairo_surface_destroy(surface) }
        cairo_save(cr)
        defer { cairo_restore(cr) }
        cairo_new_path(cr)
        cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
        cairo_clip(cr)
        cairo_translate(cr, rect.x, rect.y)
        cairo_scale(cr, rect.width / Double(image.width), rect.height / Double(image.height))
        cairo_set_source_surface(cr, surface, 0, 0)
        if let pattern = cairo_get_source(cr) {
            cairo_pattern_set_filter(pattern, image.smooth ? CAIRO_FILTER_GOOD : CAIRO_FILTER_NEAREST)
            // Pad so smoothed edges don't fade into transparency at the rectangle's border.
            cairo_pattern_set_extend(pattern, CAIRO_EXTEND_PAD)
        }
        cairo_paint(cr)
    }

    // MARK: - Markers

    public func drawMarkers(marker: Path, centers: [Point], fills: [Color], stroke: Stroke?) {
        guard !marker.isEmpty, !centers.isEmpty else { return }
        if centers.count < vectorMarkerLimit {
            drawVectorMarkers(marker: marker, centers: centers, fills: fills, stroke: stroke)
        } else {
            MarkerStamp.draw(on: cr, marker: marker, centers: centers, fills: fills, stroke: stroke)
        }
    }

    /// One real path per marker: exact output for the sparse case.
    private func drawVectorMarkers(marker: Path, centers: [Point], fills: [Color], stroke: Stroke?) {
        for (i, center) in centers.enumerated() {
            let fill = fills.count == centers.count ? fills[i] : fills.first
            if let fill {
                appendPath(marker, offset: center)
                setSource(fill)
                cairo_fill(cr)
            }
            if let stroke, stroke.width > 0 {
                cairo_save(cr)
                appendPath(marker, offset: center)
                applyStroke(stroke)
                cairo_stroke(cr)
                cairo_restore(cr)
            }
        }
    }

    // MARK: - Polylines

    public func drawPolylines(_ polylines: Polylines) {
        if let raster = polylineTechnique.raster(polylines) {
            drawImage(raster.image, in: raster.rect)
            return
        }
        for line in polylines.lines {
            stroke(Path(polyline: line.points), style: polylines.stroke(line))
        }
    }
}

// MARK: - Text

extension CairoCanvas {
    func selectFont(_ font: Font) {
        cairo_select_font_face(cr, font.family,
                               font.slant == .italic ? CAIRO_FONT_SLANT_ITALIC : CAIRO_FONT_SLANT_NORMAL,
                               font.weight == .bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(cr, font.size)
    }

    /// Width is the advance (where the next text would start); ascent and descent are the font's, not the
    /// string's ink, so labels of different strings share a baseline.
    public func measure(_ text: String, font: Font) -> TextExtents {
        cairo_save(cr)
        defer { cairo_restore(cr) }
        selectFont(font)
        var fontExtents = cairo_font_extents_t()
        cairo_font_extents(cr, &fontExtents)
        var textExtents = cairo_text_extents_t()
        if !text.isEmpty { cairo_text_extents(cr, text, &textExtents) }
        return TextExtents(width: textExtents.x_advance, ascent: fontExtents.ascent, descent: fontExtents.descent)
    }

    /// Draws at `run.origin`; `run.rotation` goes straight to `cairo_rotate`, so −π/2 reads bottom-to-top
    /// in the y-down page space.
    public func drawText(_ run: TextRun) {
        guard !run.text.isEmpty else { return }
        cairo_save(cr)
        defer { cairo_restore(cr) }
        selectFont(run.font)
        setSource(run.color)
        cairo_translate(cr, run.origin.x, run.origin.y)
        if run.rotation != 0 { cairo_rotate(cr, run.rotation) }
        // translate/rotate leave the current point where it was in device space: reset it.
        cairo_new_path(cr)
        cairo_move_to(cr, 0, 0)
        cairo_show_text(cr, run.text)
    }
}
