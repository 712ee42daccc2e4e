import CCairo
import Foundation
import PlotScene
import PlotSpecKit
import Testing

@testable import PlotRender

/// Our SVG, rasterised by librsvg, looks like our PNG of the same scene: RMS difference over the 8-bit RGBA
/// channels at the figure's own size stays within `tolerance`.
///
/// What the bound covers: Cairo's image surface rasterises each glyph with FreeType, while librsvg fills
/// glyph outlines at their exact positions, so text edges differ everywhere; heatmap cells differ only
/// along the one-pixel seams librsvg smooths. Both lay text out with Pango and kern (our SVG no longer
/// asks viewers not to kern, since Pango kerns the PNG and PDF too). Measured with rsvg-convert 2.54.7 at
/// 150 dpi: 5.97–6.72 per figure (6.0–6.8 before Pango, when librsvg had to be told not to kern). A dropped
/// rotation measured ≥ 9.7, text 1 pt off ≈ 19, no text at all ≈ 22.
@Suite(.enabled(if: SVGRasteriser.executable != nil, "needs rsvg-convert on PATH (apt: librsvg2-bin)"))
struct SVGRasterisationTests {
    static let tolerance = 8.0

    /// The spec's scene and the pixel scale of its PNG.
    static func scene(_ path: String) throws -> (scene: Scene, pixelScale: Double) {
        let pipeline = Pipeline()
        let spec = try pipeline.decode(path: path)
        return (try pipeline.layout(spec, table: pipeline.evaluate(spec)), spec.figure.dpi / 72)
    }

    @Test(arguments: RenderEndToEndTests.bundledSpecs)
    func rasterisedSVGStaysWithinToleranceOfThePNG(_ path: String) throws {
        let (scene, scale) = try Self.scene(path)
        let rms = try SVGRasteriser.rmsAgainstPNG(
            SceneRenderer.render(scene, format: .svg, pixelScale: scale),
            scene: scene, pixelScale: scale)
        #expect(rms <= Self.tolerance, "RMS \(rms) for \((path as NSString).lastPathComponent)")
    }

    /// The bound is tight enough to notice missing text, so the comparison above can fail.
    @Test func anSVGWithoutItsTextFailsTheBound() throws {
        let path = try #require(RenderEndToEndTests.bundledSpecs.first)
        let (scene, scale) = try Self.scene(path)
        let svg = String(decoding: try SceneRenderer.render(scene, format: .svg, pixelScale: scale), as: UTF8.self)
        let withoutText = svg.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("<text") }.joined(separator: "\n")
        let rms = try SVGRasteriser.rmsAgainstPNG(Array(withoutText.utf8), scene: scene, pixelScale: scale)
        #expect(rms > Self.tolerance, "RMS \(rms)")
    }
}

/// Runs `rsvg-convert` and compares its output with our own rendering of the scene.
enum SVGRasteriser {
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { $0 + "/rsvg-convert" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// RMS over 8-bit RGBA channels between `svg` rasterised at the PNG's pixel size and the scene's PNG
    /// pixels, over the whole page or the pixels inside `region` (in points).
    static func rmsAgainstPNG(_ svg: [UInt8], scene: Scene, pixelScale: Double, in region: Rect? = nil) throws
        -> Double
    {
        let reference = try SceneRenderer.renderPixels(scene, pixelScale: pixelScale)
        let raster = try rasterise(svg, width: reference.width, height: reference.height)
        try #require(raster.count == reference.pixels.count)
        let opaque = scene.background.alpha >= 1  // an RGB24 surface leaves its top byte undefined
        let scale = pixelScale > 0 ? pixelScale : 1
        let indices = (0..<raster.count).filter { i in
            guard let region else { return true }
            let x = (Double(i % reference.width) + 0.5) / scale
            let y = (Double(i / reference.width) + 0.5) / scale
            return x >= region.x && x <= region.maxX && y >= region.y && y <= region.maxY
        }
        try #require(!indices.isEmpty)
        var sum = 0.0
        for (a, b) in indices.lazy.map({ (raster[$0], reference.pixels[$0]) }) {
            for shift: UInt32 in [0, 8, 16, 24] {
                let x = Double((a >> shift) & 0xFF)
                let y = shift == 24 && opaque ? 255 : Double((b >> shift) & 0xFF)
                sum += (x - y) * (x - y)
            }
        }
        return (sum / Double(4 * indices.count)).squareRoot()
    }

    /// ARGB32 words of `svg` rasterised by rsvg-convert at exactly `width` × `height` pixels.
    static func rasterise(_ svg: [UInt8], width: Int, height: Int) throws -> [UInt32] {
        let folder = try TemporaryFolder()
        let input = try folder.write("figure.svg", svg)
        let output = (folder.path as NSString).appendingPathComponent("figure.png")
        let run = try CLI.run(
            try #require(executable), ["-w", "\(width)", "-h", "\(height)", "-o", output, input],
            in: folder.path)
        try #require(run.status == 0, "rsvg-convert: \(run.stderr)")
        guard let surface = cairo_image_surface_create_from_png(output) else { throw CocoaError(.fileReadUnknown) }
        defer { cairo_surface_destroy(surface) }
        try #require(cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS)
        try #require(Int(cairo_image_surface_get_width(surface)) == width)
        try #require(Int(cairo_image_surface_get_height(surface)) == height)
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = try #require(cairo_image_surface_get_data(surface))
        var pixels: [UInt32] = []
        pixels.reserveCapacity(width * height)
        for y in 0..<height {
            let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            pixels.append(contentsOf: UnsafeBufferPointer(start: row, count: width))
        }
        return pixels
    }
}
