import CCairo
import PlotScene
import Testing

@testable import PlotRender

/// Text measures and draws alike on every surface plotspec writes: the layout computed once (with
/// `CairoTextMeasurer`) holds for PNG at any pixel scale, for PDF, and for the SVG we write ourselves.
@Suite("Pango text on surfaces")
struct PangoSurfaceTests {
    static let texts = PangoTextTests.scripts + ["Learning rate × 10⁻⁴ (log)", "AVAWATAY We"]

    /// A Cairo context on each kind of surface, handed to `body` and destroyed afterwards.
    static func withContexts(_ body: (String, OpaquePointer) throws -> Void) throws {
        let surfaces: [(String, OpaquePointer?, Double)] = [
            ("image", cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 4, 4), 1),
            ("image at 300 dpi", cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 4, 4), 300.0 / 72),
            ("PDF", cairo_pdf_surface_create_for_stream(nil, nil, 100, 100), 1),
            ("SVG", cairo_svg_surface_create_for_stream(nil, nil, 100, 100), 1)
        ]
        for (name, surface, scale) in surfaces {
            guard let surface, let cr = cairo_create(surface) else { throw RenderError("no \(name) surface") }
            defer {
                cairo_destroy(cr)
                cairo_surface_destroy(surface)
            }
            cairo_scale(cr, scale, scale)
            try body(name, cr)
        }
    }

    @Test(arguments: texts)
    func everySurfaceMeasuresTheSameWidth(_ text: String) throws {
        let font = Font(size: 11, weight: .bold)
        let layout = CairoTextMeasurer().measure(text, font: font)
        try Self.withContexts { name, cr in
            let measured = CairoCanvas(context: cr).measure(text, font: font)
            #expect(abs(measured.width - layout.width) < 1e-9, "\(name): \(measured.width) vs \(layout.width)")
            #expect(
                abs(measured.ascent - layout.ascent) < 1e-9 && abs(measured.descent - layout.descent) < 1e-9,
                "\(name)")
        }
    }

    /// Drawing counts what it could not show; a scene of every script draws with no missing-glyph box on
    /// any surface, and the same scene with a private-use character counts it on each.
    @Test func scriptsDrawWithoutMissingGlyphsOnEverySurface() throws {
        try Self.withContexts { name, cr in
            let canvas = CairoCanvas(context: cr)
            for (i, text) in Self.texts.enumerated() {
                canvas.drawText(
                    TextRun(
                        text: text, font: Font(size: 10), color: .black, origin: Point(5, 12 * Double(i + 1)),
                        rotation: i % 2 == 0 ? 0 : -Double.pi / 2, bounds: Rect(x: 0, y: 0, width: 1, height: 1)))
            }
            #expect(canvas.unknownGlyphCount == 0, "\(name)")
            canvas.drawText(
                TextRun(
                    text: "\u{E000}", font: Font(size: 10), color: .black, origin: Point(5, 5),
                    rotation: 0, bounds: Rect(x: 0, y: 0, width: 1, height: 1)))
            #expect(canvas.unknownGlyphCount == 1, "\(name)")
            #expect(cairo_status(cr) == CAIRO_STATUS_SUCCESS)
        }
    }

    /// The left end of the baseline is at the origin for right-to-left text too: ink starts just right of
    /// it and ends about one advance width later.
    @Test(arguments: ["معدل التعلم", "学习率", "Learning"])
    func inkStartsAtTheOriginWhateverTheDirection(_ text: String) throws {
        let font = Font(size: 20)
        let width = CairoTextMeasurer().measure(text, font: font).width
        let scene = Scene(
            width: 200, height: 40, background: .white,
            nodes: [
                .text(
                    TextRun(
                        text: text, font: font, color: .black, origin: Point(50, 30), rotation: 0,
                        bounds: Rect(x: 50, y: 5, width: width, height: 30)))
            ])
        let (w, h, pixels) = try SceneRenderer.renderPixels(scene, pixelScale: 1)
        let inkColumns = (0..<w).filter { x in (0..<h).contains { y in pixels[y * w + x] & 0xFF < 128 } }
        let first = try #require(inkColumns.first)
        let last = try #require(inkColumns.last)
        #expect(first >= 49 && first <= 54, "ink starts at \(first)")
        #expect(abs(Double(last) - (50 + width)) < 4, "ink ends at \(last), advance ends at \(50 + width)")
    }
}
