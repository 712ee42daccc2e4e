import CCairo
import PlotScene

/// Renders a `Scene` to PNG, SVG or PDF bytes: PNG and PDF through a Cairo surface painted by `CairoCanvas`,
/// SVG by our own `SVGWriter` (real text, content-derived ids).
///
/// Output is reproducible: the bytes depend only on the scene and the pixel scale, however many renders the
/// process has done; PDF pins its creation and modification dates.
///
/// The pixel scale (pixels per point, dpi / 72) belongs to the output, not the scene: it sizes a PNG, and
/// it is the resolution of anything the renderer chooses to rasterise in any format (dense polylines, see
/// `PolylineTechnique`; nearest-neighbour images enlarged for SVG viewers, see `SVGImageData`).
public enum SceneRenderer {
    /// The date written into every PDF, so identical scenes give identical files.
    public static let pinnedPDFDate = "2000-01-01T00:00:00Z"

    /// `scene` encoded as `format`, for an output of `pixelScale` pixels per point (a non-positive scale
    /// counts as 1).
    public static func render(_ scene: Scene, format: OutputFormat, pixelScale: Double) throws -> [UInt8] {
        switch format {
        case .png: try renderPNG(scene, pixelScale: pixelScale)
        case .svg: SVGWriter.write(scene, pixelScale: pixelScale)
        case .pdf: try renderPDF(scene, pixelScale: pixelScale)
        }
    }

    /// PNG at `pixelScale` pixels per point: `ceil(width × scale)` × `ceil(height × scale)` pixels.
    public static func renderPNG(_ scene: Scene, pixelScale: Double) throws -> [UInt8] {
        try renderPNG(scene, pixelScale: pixelScale, rasterization: .standard)
    }

    /// PNG at `pixelScale` with a choice of compression: the live preview trades bytes for time
    /// (`PNGEncoder.Compression.stored`); the pixels are the same.
    public static func renderPNG(_ scene: Scene, pixelScale: Double, compression: PNGEncoder.Compression) throws
        -> [UInt8]
    {
        var unknownGlyphs = 0
        return try withImageSurface(scene, pixelScale: pixelScale, unknownGlyphs: &unknownGlyphs) { surface in
            try PNGEncoder.encode(surface, compression: compression)
        }
    }

    /// PNG with another rasterisation: tests use it to imitate a machine whose Cairo, pixman or
    /// FreeType rasterises edges slightly differently (see `render --check`). Not reachable from the CLI.
    static func renderPNG(_ scene: Scene, pixelScale: Double, rasterization: Rasterization) throws -> [UInt8] {
        var unknownGlyphs = 0
        return try withImageSurface(
            scene, pixelScale: pixelScale, rasterization: rasterization,
            unknownGlyphs: &unknownGlyphs
        ) { surface in
            try PNGEncoder.encode(surface)
        }
    }

    /// PNG or PDF bytes plus how many drawn characters no installed font could show (Pango's hex boxes),
    /// so tests can prove a figure has none. SVG text is drawn by its viewer, so its count is zero.
    static func renderCountingUnknownGlyphs(_ scene: Scene, format: OutputFormat, pixelScale: Double = 1) throws
        -> ([UInt8], Int)
    {
        var unknownGlyphs = 0
        switch format {
        case .png:
            let bytes = try withImageSurface(scene, pixelScale: pixelScale, unknownGlyphs: &unknownGlyphs) {
                try PNGEncoder.encode($0)
            }
            return (bytes, unknownGlyphs)
        case .svg: return (SVGWriter.write(scene, pixelScale: pixelScale), 0)
        case .pdf: return (try renderPDF(scene, pixelScale: pixelScale, unknownGlyphs: &unknownGlyphs), unknownGlyphs)
        }
    }

    /// The painted image as native-endian premultiplied ARGB32 words, row-major without stride padding;
    /// `strokeBands` threads share the polylines' strokes (`BandedStrokes`; the pixels are the same), by
    /// default the cores no other paint is using.
    static func renderPixels(
        _ scene: Scene, pixelScale: Double, strokeBands: Int? = nil
    ) throws -> (width: Int, height: Int, pixels: [UInt32]) {
        var unknownGlyphs = 0
        return try withImageSurface(
            scene, pixelScale: pixelScale, strokeBands: strokeBands, unknownGlyphs: &unknownGlyphs
        ) { surface in
            let w = Int(cairo_image_surface_get_width(surface))
            let h = Int(cairo_image_surface_get_height(surface))
            let stride = Int(cairo_image_surface_get_stride(surface))
            guard let data = cairo_image_surface_get_data(surface) else { throw RenderError("no pixel data") }
            var pixels: [UInt32] = []
            pixels.reserveCapacity(w * h)
            for y in 0..<h {
                let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
                pixels.append(contentsOf: UnsafeBufferPointer(start: row, count: w))
            }
            return (w, h, pixels)
        }
    }

    /// A text measurer configured exactly like the drawing canvases.
    public static func measurer() -> CairoTextMeasurer {
        CairoTextMeasurer()
    }

    /// Paints `scene` on a fresh RGB24 (opaque page) or ARGB32 surface and hands the flushed surface to `body`.
    private static func withImageSurface<T>(
        _ scene: Scene, pixelScale: Double, rasterization: Rasterization = .standard,
        strokeBands: Int? = nil, unknownGlyphs: inout Int, _ body: (OpaquePointer) throws -> T
    ) throws -> T {
        let scale = pixelScale > 0 ? pixelScale : 1
        // A hair below the next integer counts as that integer: 432 pt × 150/72 is 900.0000000001, not 901 px.
        let w = (scene.width * scale - 1e-6).rounded(.up)
        let h = (scene.height * scale - 1e-6).rounded(.up)
        guard w >= 1, h >= 1, w <= 32767, h <= 32767 else {
            throw RenderError("image size \(w)×\(h) pixels is outside Cairo's 1…32767 range")
        }
        // An opaque page needs no alpha channel: RGB24 makes a smaller PNG that encodes faster.
        let format = scene.background.alpha >= 1 ? CAIRO_FORMAT_RGB24 : CAIRO_FORMAT_ARGB32
        guard let surface = cairo_image_surface_create(format, Int32(w), Int32(h)) else {
            throw RenderError("could not create image surface")
        }
        defer { cairo_surface_destroy(surface) }
        try check(cairo_surface_status(surface), "creating image surface")
        // Strokes are shared by the cores no other paint is using (`PaintLoad`), unless the caller says.
        unknownGlyphs = try PaintLoad.counted { cores in
            try paint(
                scene, on: surface, scale: scale, polylines: .image(pixelScale: scale, bands: strokeBands ?? cores),
                rasterization: rasterization)
        }
        cairo_surface_flush(surface)
        return try body(surface)
    }

    /// PDF through Cairo's PDF surface, with pinned dates. Pages are in points; `pixelScale` is only the
    /// resolution of what the renderer rasterises.
    private static func renderPDF(_ scene: Scene, pixelScale: Double) throws -> [UInt8] {
        var unknownGlyphs = 0
        return try renderPDF(scene, pixelScale: pixelScale, unknownGlyphs: &unknownGlyphs)
    }

    private static func renderPDF(_ scene: Scene, pixelScale: Double, unknownGlyphs: inout Int) throws -> [UInt8] {
        let sink = ByteSink()
        return try withExtendedLifetime(sink) {
            let closure = Unmanaged.passUnretained(sink).toOpaque()
            let created = cairo_pdf_surface_create_for_stream(ByteSink.write, closure, scene.width, scene.height)
            guard let surface = created else { throw RenderError("could not create PDF surface") }
            defer { cairo_surface_destroy(surface) }
            try check(cairo_surface_status(surface), "creating PDF surface")
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, pinnedPDFDate)
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, pinnedPDFDate)
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "plotspec")
            unknownGlyphs = try paint(scene, on: surface, scale: 1, polylines: .output(pixelScale: pixelScale))
            cairo_surface_finish(surface)  // flushes the trailer through the stream
            try check(cairo_surface_status(surface), "writing PDF")
            return sink.bytes
        }
    }

    /// Paints `scene` and returns how many characters it drew no installed font could show.
    private static func paint(
        _ scene: Scene, on surface: OpaquePointer, scale: Double, polylines: PolylineTechnique,
        rasterization: Rasterization = .standard
    ) throws -> Int {
        guard let cr = cairo_create(surface) else { throw RenderError("could not create Cairo context") }
        defer { cairo_destroy(cr) }
        if scale != 1 { cairo_scale(cr, scale, scale) }
        let canvas = CairoCanvas(context: cr)
        canvas.polylineTechnique = polylines
        rasterization.apply(to: cr)
        ScenePainter.paint(scene, on: canvas)
        try check(cairo_status(cr), "drawing")
        return canvas.unknownGlyphCount
    }

    static func check(_ status: cairo_status_t, _ what: String) throws {
        guard status == CAIRO_STATUS_SUCCESS else {
            let reason = cairo_status_to_string(status).map { String(cString: $0) } ?? "status \(status.rawValue)"
            throw RenderError("Cairo error while \(what): \(reason)")
        }
    }
}

/// Collects bytes from Cairo's stream callbacks; passed to C as an unretained pointer while in use.
final class ByteSink {
    var bytes: [UInt8] = []

    static let write: cairo_write_func_t = { closure, data, length in
        guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
        if let data, length > 0 { sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length))) }
        return CAIRO_STATUS_SUCCESS
    }
}
