import CCairo
import PlotScene

/// A `Canvas` drawing through a Cairo context it did not create: one class for PNG and PDF (SVG is written by
/// `SVGWriter`, which places text where this canvas draws it).
///
/// Text is shaped and drawn by Pango (`PangoText`) with hint metrics off, hint style none and unrounded
/// glyph positions, so the same string measures the same on image, SVG and PDF surfaces and a layout
/// computed for one format holds for all three.
public final class CairoCanvas: Canvas {
    /// The borrowed context; the creator keeps ownership and destroys it after the canvas is done.
    let cr: OpaquePointer
    /// Below this many markers each one is a real vector path; above, markers are stamped as glyphs.
    public var vectorMarkerLimit = 2000
    /// How `drawPolylines` draws: `SceneRenderer` sets the technique of the output being painted.
    var polylineTechnique = PolylineTechnique.strokes
    /// Nil only if Pango could not allocate its context; text is then neither measured nor drawn.
    private let pango: PangoText?
    /// Characters drawn so far that no installed font could show (Pango draws a hex box for each).
    public private(set) var unknownGlyphCount = 0

    /// Wraps `context`; text drawn through the canvas gets its own Pango context.
    public init(context: OpaquePointer) {
        cr = context
        pango = PangoText()
    }

    /// A canvas that never draws text (marker glyphs), so it needs no Pango context.
    init(shapesOnly context: OpaquePointer) {
        cr = context
        pango = nil
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
                cairo_curve_to(
                    cr, a.x + offset.x, a.y + offset.y, b.x + offset.x, b.y + offset.y,
                    c.x + offset.x, c.y + offset.y)
            case .close: cairo_close_path(cr)
            }
        }
    }

    /// Sets width, caps, joins, dash and colour; the caller brackets with save/restore to undo the dash.
    func applyStroke(_ style: Stroke) {
        cairo_set_line_width(cr, style.width)
        cairo_set_line_cap(cr, Self.cairoCap(style.cap))
        cairo_set_line_join(cr, Self.cairoJoin(style.join))
        let dash = style.dash.filter { $0 >= 0 }
        // Cairo puts the context in an error state for an all-zero dash; treat it as solid.
        if !dash.isEmpty, dash.contains(where: { $0 > 0 }) {
            dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
        }
        setSource(style.color)
    }

    static func cairoCap(_ cap: Stroke.Cap) -> cairo_line_cap_t {
        switch cap {
        case .butt: CAIRO_LINE_CAP_BUTT
        case .round: CAIRO_LINE_CAP_ROUND
        case .square: CAIRO_LINE_CAP_SQUARE
        }
    }

    static func cairoJoin(_ join: Stroke.Join) -> cairo_line_join_t {
        switch join {
        case .miter: CAIRO_LINE_JOIN_MITER
        case .round: CAIRO_LINE_JOIN_ROUND
        case .bevel: CAIRO_LINE_JOIN_BEVEL
        }
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
            let surface = RasterConversion.makeSurface(image)
        else { return }
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
        if BandedStrokes.stroke(polylines, on: cr, bands: polylineTechnique.strokeBands) { return }
        for line in polylines.lines {
            stroke(Path(polyline: line.points), style: polylines.stroke(line))
        }
    }
}

// MARK: - Text

extension CairoCanvas {
    /// Width is the advance of the shaped line (where the next text would start); ascent and descent are the
    /// fonts', not the string's ink, so labels of different strings share a baseline.
    public func measure(_ text: String, font: Font) -> TextExtents {
        pango?.measure(text, font: font) ?? TextExtents(width: 0, ascent: 0, descent: 0)
    }

    /// Draws at `run.origin`; `run.rotation` goes straight to `cairo_rotate`, so −π/2 reads bottom-to-top
    /// in the y-down page space.
    public func drawText(_ run: TextRun) {
        unknownGlyphCount += pango?.draw(run, on: cr) ?? 0
    }
}
