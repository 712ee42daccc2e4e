import CCairo
import PlotScene
import Testing

@testable import PlotRender

@Suite("Cairo canvas")
struct CairoCanvasTests {
    @Test func longerTextMeasuresWider() {
        let m = SceneRenderer.measurer()
        let font = Font(size: 10)
        let short = m.measure("0.1", font: font)
        let long = m.measure("0.0001", font: font)
        #expect(long.width > short.width)
        #expect(short.ascent > 0 && short.descent > 0)
        #expect(short.ascent == long.ascent)
        #expect(m.measure("", font: font).width == 0)
    }

    @Test(arguments: [Font(size: 9), Font(size: 11, weight: .bold), Font(size: 14, slant: .italic)])
    func imageMetricsMatchPDFMetrics(_ font: Font) throws {
        let text = "Learning rate × 10⁻⁴ (log)"
        let image = SceneRenderer.measurer().measure(text, font: font)
        // A PDF surface measuring through its own canvas; no bytes are kept.
        guard let pdf = cairo_pdf_surface_create_for_stream(nil, nil, 100, 100) else { throw RenderError("pdf") }
        defer { cairo_surface_destroy(pdf) }
        guard let cr = cairo_create(pdf) else { throw RenderError("context") }
        defer { cairo_destroy(cr) }
        let vector = CairoCanvas(context: cr).measure(text, font: font)
        #expect(image == vector)
        // And the measurement does not depend on the pixel scale of the context.
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 4, 4) else { throw RenderError("img") }
        defer { cairo_surface_destroy(surface) }
        guard let scaled = cairo_create(surface) else { throw RenderError("context") }
        defer { cairo_destroy(scaled) }
        cairo_scale(scaled, 300.0 / 72, 300.0 / 72)
        let hiDPI = CairoCanvas(context: scaled).measure(text, font: font)
        #expect(abs(hiDPI.width - image.width) < 1e-9)
    }

    @Test func manyMarkersAreStampedWithTheirColours() throws {
        // 4000 markers, above the vector limit: left half red, right half blue.
        var centers: [Point] = []
        var fills: [Color] = []
        for i in 0..<4000 {
            let x = 10 + Double(i % 100) * 1.8
            let y = 10 + Double(i / 100) * 2
            centers.append(Point(x, y))
            fills.append(x < 100 ? Color(red: 1, green: 0, blue: 0) : Color(red: 0, green: 0, blue: 1))
        }
        let scene = Scene(
            width: 200, height: 100, background: .white,
            nodes: [
                .markers(marker: Path(circleAt: Point(0, 0), radius: 2), centers: centers, fills: fills, stroke: nil)
            ])
        let (w, _, pixels) = try SceneRenderer.renderPixels(scene, pixelScale: 1)
        #expect(pixels[50 * w + 50] == 0xFFFF_0000)
        #expect(pixels[50 * w + 150] == 0xFF00_00FF)
        #expect(pixels[95 * w + 5] == 0xFFFF_FFFF)
        // The same scene through PDF and SVG stays valid.
        #expect(try SceneRenderer.render(scene, format: .pdf, pixelScale: 1).count > 0)
        #expect(try SceneRenderer.render(scene, format: .svg, pixelScale: 1).count > 0)
    }

    @Test func imagesUseStraightAlpha() throws {
        let image = RasterImage(width: 1, height: 1, pixels: [0, 0, 255, 128])
        let scene = Scene(
            width: 4, height: 4, background: .white,
            nodes: [
                .image(image, rect: Rect(x: 0, y: 0, width: 4, height: 4))
            ])
        let (_, _, pixels) = try SceneRenderer.renderPixels(scene, pixelScale: 1)
        let p = pixels[5]
        #expect(p >> 24 == 0xFF)
        #expect((p >> 16) & 0xFF >= 126 && (p >> 16) & 0xFF <= 128)  // half-transparent blue over white
        #expect(p & 0xFF == 0xFF)
    }
}
