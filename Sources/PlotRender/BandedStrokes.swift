import CCairo
import Dispatch
import PlotConcurrency
import PlotScene

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Strokes a `polylines` node on an image surface from several threads at once, with exactly the pixels
/// one context stroking line after line would give.
///
/// Parallel coordinates below `PolylineTechnique.vectorLimit` are Cairo strokes, and a translucent Cairo
/// stroke costs in proportion to its bounding box (Cairo composites the line through a mask the size of
/// that box): 300 lines spanning a 1200 × 900 plot took about 120 ms, most of a preview's 150 ms budget.
/// Here the polylines' rows are cut into horizontal bands, one per core. Each band gets its own Cairo
/// context on its own rows of the same pixel buffer (a surface over those rows, shifted by a whole-pixel
/// device offset), with the canvas's transform, clip, antialiasing and tolerance, and strokes every line
/// in order. A pixel belongs to exactly one band, sees every line in the same order, and Cairo's
/// rasteriser works in device space, so an integer shift changes no coverage: the bytes are those of the
/// sequential strokes (`BandedStrokesTests` compares them for every band count), twice as fast on two
/// cores.
///
/// Only for image surfaces with no device offset or scale whose clip is a list of rectangles; anything
/// else (a PDF surface, a pushed group, a clip that is not rectangles) returns false and the caller
/// strokes the lines itself.
enum BandedStrokes {
    /// Below this many lines the threads cost more than they save.
    static let minimumLines = 32

    /// Bands on this machine: one per online core, at most 8.
    static let defaultBands = min(8, max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))))

    /// Strokes `polylines` on the target of `cr` in `bands` bands; false when it cannot (see the type's
    /// comment) and nothing was drawn.
    static func stroke(_ polylines: Polylines, on cr: OpaquePointer, bands: Int = defaultBands) -> Bool {
        guard bands > 1, polylines.lines.count >= minimumLines, let target = cairo_get_group_target(cr),
            cairo_surface_get_type(target) == CAIRO_SURFACE_TYPE_IMAGE, let bounds = polylines.bounds
        else { return false }
        // The bands place rows by whole-pixel device offsets of their own, so the target must have none
        // (a pushed group's surface does) and no device scale.
        var offset = (x: 0.0, y: 0.0)
        var deviceScale = (x: 0.0, y: 0.0)
        cairo_surface_get_device_offset(target, &offset.x, &offset.y)
        cairo_surface_get_device_scale(target, &deviceScale.x, &deviceScale.y)
        guard offset == (0, 0), deviceScale == (1, 1) else { return false }
        var matrix = cairo_matrix_t()
        cairo_get_matrix(cr, &matrix)
        guard let clip = clipRectangles(cr) else { return false }
        cairo_surface_flush(target)
        guard let data = cairo_image_surface_get_data(target) else { return false }
        let surface = ImageRows(
            address: UInt(bitPattern: data), format: cairo_image_surface_get_format(target),
            width: cairo_image_surface_get_width(target), height: Int(cairo_image_surface_get_height(target)),
            stride: Int(cairo_image_surface_get_stride(target)))
        let miterLimit = cairo_get_miter_limit(cr)
        let reach = strokeReach(polylines, miterLimit: miterLimit)
        let rows = rowsCovered(bounds.insetBy(dx: -reach, dy: -reach), matrix: matrix, height: surface.height)
        guard rows.count >= bands else { return false }
        let settings = BandSettings(
            matrix: matrix, clip: clip, antialias: cairo_get_antialias(cr), tolerance: cairo_get_tolerance(cr),
            miterLimit: miterLimit, op: cairo_get_operator(cr))
        ParallelLoop.run(iterations: bands, sharing: ()) { band, _ in
            let first = rows.lowerBound + rows.count * band / bands
            let end = rows.lowerBound + rows.count * (band + 1) / bands
            strokeBand(polylines, rows: first..<end, of: surface, settings: settings)
        }
        cairo_surface_mark_dirty(target)
        return true
    }

    /// The target's pixel buffer, passed to the band threads as an address (pointers are not Sendable).
    private struct ImageRows: Sendable {
        let address: UInt
        let format: cairo_format_t
        let width: Int32
        let height: Int
        let stride: Int
    }

    /// What each band's context copies from the canvas's.
    private struct BandSettings: @unchecked Sendable {
        let matrix: cairo_matrix_t
        let clip: [cairo_rectangle_t]
        let antialias: cairo_antialias_t
        let tolerance: Double
        let miterLimit: Double
        let op: cairo_operator_t
    }

    private static func strokeBand(
        _ polylines: Polylines, rows: Range<Int>, of image: ImageRows, settings: BandSettings
    ) {
        guard !rows.isEmpty, let base = UnsafeMutablePointer<UInt8>(bitPattern: image.address),
            let surface = cairo_image_surface_create_for_data(
                base + rows.lowerBound * image.stride, image.format, image.width, Int32(rows.count),
                Int32(image.stride))
        else { return }
        defer { cairo_surface_destroy(surface) }
        // Page row `rows.lowerBound` is this surface's row 0.
        cairo_surface_set_device_offset(surface, 0, -Double(rows.lowerBound))
        guard let cr = cairo_create(surface) else { return }
        defer { cairo_destroy(cr) }
        var matrix = settings.matrix
        cairo_set_matrix(cr, &matrix)
        cairo_set_antialias(cr, settings.antialias)
        cairo_set_tolerance(cr, settings.tolerance)
        cairo_set_miter_limit(cr, settings.miterLimit)
        cairo_set_operator(cr, settings.op)
        for rectangle in settings.clip {
            cairo_rectangle(cr, rectangle.x, rectangle.y, rectangle.width, rectangle.height)
        }
        cairo_clip(cr)
        cairo_set_line_width(cr, polylines.width)
        cairo_set_line_cap(cr, CairoCanvas.cairoCap(polylines.cap))
        cairo_set_line_join(cr, CairoCanvas.cairoJoin(polylines.join))
        for line in polylines.lines {
            guard let first = line.points.first else { continue }
            cairo_move_to(cr, first.x, first.y)
            for point in line.points.dropFirst() { cairo_line_to(cr, point.x, point.y) }
            cairo_set_source_rgba(cr, line.color.red, line.color.green, line.color.blue, line.color.alpha)
            cairo_stroke(cr)
        }
        cairo_surface_flush(surface)
    }

    /// The canvas's clip as rectangles in user space (the whole surface when nothing clips), or nil when
    /// Cairo cannot express it so.
    private static func clipRectangles(_ cr: OpaquePointer) -> [cairo_rectangle_t]? {
        guard let list = cairo_copy_clip_rectangle_list(cr) else { return nil }
        defer { cairo_rectangle_list_destroy(list) }
        guard list.pointee.status == CAIRO_STATUS_SUCCESS else { return nil }
        return (0..<Int(list.pointee.num_rectangles)).map { list.pointee.rectangles[$0] }
    }

    /// How far a stroke reaches from its vertices, in points: half the width, times the miter limit for
    /// miter joins (a sharp corner's miter is that long) or √2 for square caps.
    static func strokeReach(_ polylines: Polylines, miterLimit: Double) -> Double {
        let half = polylines.width / 2
        switch (polylines.join, polylines.cap) {
        case (.miter, _): return half * max(miterLimit, 2.0.squareRoot())
        case (_, .square): return half * 2.0.squareRoot()
        default: return half
        }
    }

    /// The device rows `rect` (user space) covers, within the surface's `height`.
    private static func rowsCovered(_ rect: Rect, matrix: cairo_matrix_t, height: Int) -> Range<Int> {
        var m = matrix
        var ys: [Double] = []
        for (x, y) in [(rect.minX, rect.minY), (rect.maxX, rect.minY), (rect.minX, rect.maxY), (rect.maxX, rect.maxY)] {
            var dx = x
            var dy = y
            cairo_matrix_transform_point(&m, &dx, &dy)
            ys.append(dy)
        }
        let top = max(0, Int((ys.min() ?? 0).rounded(.down)) - 1)
        let bottom = min(height, Int((ys.max() ?? 0).rounded(.up)) + 1)
        return top < bottom ? top..<bottom : 0..<0
    }
}
