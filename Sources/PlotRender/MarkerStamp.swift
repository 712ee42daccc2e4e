import CCairo
import PlotScene

/// Draws many identical markers fast by turning the marker into a glyph of a Cairo user font.
///
/// `cairo_show_glyphs` takes a whole array of positions in one call and rasterises the glyph once per
/// scaled font, so a million markers cost one C loop instead of a million path fills (a `cairo_arc`
/// circle filled per point is the slow case this replaces). On PDF the marker becomes a Type 3 font glyph, which keeps
/// dense vector output compact (SVG does the same with `<use>`, see `SVGWriter`).
///
/// Trade-offs: glyphs are single-colour masks (Cairo 1.16 has no colour user fonts), so fills and strokes
/// are two passes — all fills, then all outlines — and on image surfaces positions snap to whole device
/// pixels. Both are invisible at the densities where stamping kicks in.
enum MarkerStamp {
    /// What the user font's only glyph (index 0) draws.
    final class Shape {
        let path: Path
        /// Nil fills the path; otherwise the glyph is the path's outline.
        let stroke: Stroke?

        init(path: Path, stroke: Stroke?) {
            self.path = path
            self.stroke = stroke
        }
    }

    /// Identifies the `Shape` attached to a font face. Cairo compares keys by address, so it lives forever.
    nonisolated(unsafe) static let shapeKey = UnsafeMutablePointer<cairo_user_data_key_t>.allocate(capacity: 1)

    static func draw(on cr: OpaquePointer, marker: Path, centers: [Point], fills: [Color], stroke: Stroke?) {
        if !fills.isEmpty, let face = makeFace(Shape(path: marker, stroke: nil)) {
            defer { cairo_font_face_destroy(face) }
            if fills.count == centers.count {
                let groups = ColorGroups(centers: centers, fills: fills)
                for (color, range) in zip(groups.colors, groups.ranges) {
                    show(groups.glyphs[range], face: face, color: color, on: cr)
                }
            } else {
                show(
                    centers.map { cairo_glyph_t(index: 0, x: $0.x, y: $0.y) }[...], face: face, color: fills[0], on: cr)
            }
        }
        if let stroke, stroke.width > 0, let face = makeFace(Shape(path: marker, stroke: stroke)) {
            defer { cairo_font_face_destroy(face) }
            show(
                centers.map { cairo_glyph_t(index: 0, x: $0.x, y: $0.y) }[...], face: face, color: stroke.color, on: cr)
        }
    }

    /// One `cairo_show_glyphs` call per colour; the face (and so the rasterised glyph) is shared.
    private static func show(
        _ glyphs: ArraySlice<cairo_glyph_t>, face: OpaquePointer, color: Color, on cr: OpaquePointer
    ) {
        guard !glyphs.isEmpty else { return }
        cairo_save(cr)
        defer { cairo_restore(cr) }
        cairo_set_font_face(cr, face)
        cairo_set_font_size(cr, 1)  // glyph space = user space
        cairo_set_source_rgba(cr, color.red, color.green, color.blue, color.alpha)
        glyphs.withUnsafeBufferPointer { cairo_show_glyphs(cr, $0.baseAddress, Int32($0.count)) }
    }

    /// A user font face whose glyph 0 is `shape`; the face owns a retained reference to it.
    private static func makeFace(_ shape: Shape) -> OpaquePointer? {
        guard let face = cairo_user_font_face_create() else { return nil }
        let box = Unmanaged.passRetained(shape).toOpaque()
        let status = cairo_font_face_set_user_data(face, shapeKey, box) { pointer in
            if let pointer { Unmanaged<Shape>.fromOpaque(pointer).release() }
        }
        guard status == CAIRO_STATUS_SUCCESS else {
            Unmanaged<Shape>.fromOpaque(box).release()
            cairo_font_face_destroy(face)
            return nil
        }
        cairo_user_font_face_set_render_glyph_func(face, renderGlyph)
        return face
    }

    /// Cairo calls this once per scaled font to rasterise (or record) glyph 0. Extents are left for Cairo
    /// to compute from the recorded ink, which also covers stroke width and miters.
    private static let renderGlyph: cairo_user_scaled_font_render_glyph_func_t = { scaledFont, _, cr, _ in
        guard let cr, let face = cairo_scaled_font_get_font_face(scaledFont),
            let pointer = cairo_font_face_get_user_data(face, MarkerStamp.shapeKey)
        else {
            return CAIRO_STATUS_USER_FONT_ERROR
        }
        let shape = Unmanaged<Shape>.fromOpaque(pointer).takeUnretainedValue()
        let canvas = CairoCanvas(shapesOnly: cr)
        if let stroke = shape.stroke {
            canvas.stroke(shape.path, style: stroke)
        } else {
            canvas.fill(shape.path, color: .black)
        }
        return CAIRO_STATUS_SUCCESS
    }
}
