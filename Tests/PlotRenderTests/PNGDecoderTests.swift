import CCairo
import PlotScene
import Testing

@testable import PlotRender

/// `PNGDecoder` returns the straight RGBA that was painted, for our PNGs and for PNGs other tools write.
@Suite struct PNGDecoderTests {
    /// The painted surface's premultiplied ARGB32 words as straight RGBA bytes, independently of the decoder.
    static func straight(_ painted: (width: Int, height: Int, pixels: [UInt32])) -> [UInt8] {
        painted.pixels.flatMap { word -> [UInt8] in
            let a = word >> 24
            let channels = [(word >> 16) & 0xFF, (word >> 8) & 0xFF, word & 0xFF]
            let colour = channels.map { a == 0 || a == 255 ? $0 : ($0 * 255 + a / 2) / a }
            return colour.map { UInt8(min($0, 255)) } + [UInt8(a)]
        }
    }

    @Test func opaquePageDecodesToThePaintedPixels() throws {
        let scene = SampleScene.make()
        let decoded = try PNGDecoder.decode(try SceneRenderer.renderPNG(scene, pixelScale: 1))
        let painted = try SceneRenderer.renderPixels(scene, pixelScale: 1)
        #expect((decoded.width, decoded.height) == (painted.width, painted.height))
        // RGB24 words leave the top byte undefined; an opaque PNG decodes with alpha 255.
        let expected = Self.straight((painted.width, painted.height, painted.pixels.map { $0 | 0xFF00_0000 }))
        #expect(decoded.pixels == expected)
    }

    @Test func transparentPageKeepsAlphaAndStraightColour() throws {
        var scene = SampleScene.make()
        scene.background = Color(gray: 1, alpha: 0)
        let decoded = try PNGDecoder.decode(try SceneRenderer.renderPNG(scene, pixelScale: 1))
        let expected = Self.straight(try SceneRenderer.renderPixels(scene, pixelScale: 1))
        #expect(decoded.pixels.count == expected.count)
        #expect(decoded.pixels.contains { $0 < 255 }, "the page is transparent")
        // Straight → premultiplied → straight round trips are exact up to one level of rounding.
        let worst = zip(decoded.pixels, expected).map { abs(Int($0) - Int($1)) }.max() ?? 0
        #expect(worst <= 1)
    }

    /// Cairo writes an A8 surface as an 8-bit greyscale PNG: a colour type our encoder never produces.
    @Test func greyscalePNGFromAnotherWriterDecodes() throws {
        let surface = try #require(cairo_image_surface_create(CAIRO_FORMAT_A8, 3, 2))
        defer { cairo_surface_destroy(surface) }
        let data = try #require(cairo_image_surface_get_data(surface))
        let levels: [UInt8] = [0, 64, 128, 192, 255, 7]
        let stride = Int(cairo_image_surface_get_stride(surface))
        for (i, level) in levels.enumerated() { data[(i / 3) * stride + i % 3] = level }
        cairo_surface_mark_dirty(surface)
        let sink = ByteSink()
        let status = withExtendedLifetime(sink) {
            cairo_surface_write_to_png_stream(surface, ByteSink.write, Unmanaged.passUnretained(sink).toOpaque())
        }
        #expect(status == CAIRO_STATUS_SUCCESS)
        #expect(sink.bytes[25] == 0, "colour type 0: greyscale")
        let decoded = try PNGDecoder.decode(sink.bytes)
        #expect((decoded.width, decoded.height) == (3, 2))
        #expect(decoded.pixels == levels.flatMap { [$0, $0, $0, 255] })
    }

    @Test func encodedRasterImageRoundTrips() throws {
        let pixels: [UInt8] = [255, 0, 0, 255, 0, 128, 255, 255, 10, 20, 30, 255, 200, 200, 200, 255]
        let image = RasterImage(width: 2, height: 2, pixels: pixels)
        #expect(try PNGDecoder.decode(try PNGEncoder.encode(image)).pixels == pixels)
    }

    @Test func headerSizeMatchesTheDecodedSize() throws {
        let png = try SceneRenderer.renderPNG(SampleScene.make(), pixelScale: 1.5)
        let decoded = try PNGDecoder.decode(png)
        let size = try #require(PNGDecoder.size(of: png))
        #expect(size == (decoded.width, decoded.height))
        #expect(PNGDecoder.size(of: Array(png.prefix(20))) == nil)
        #expect(PNGDecoder.size(of: Array("GIF89a and then some more bytes".utf8)) == nil)
    }

    @Test(arguments: [[UInt8](), Array("not a png".utf8), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]])
    func nonPNGBytesThrow(bytes: [UInt8]) {
        #expect(throws: RenderError.self) { try PNGDecoder.decode(bytes) }
    }

    @Test func truncatedPNGThrows() throws {
        let png = try SceneRenderer.renderPNG(SampleScene.make(), pixelScale: 1)
        #expect(throws: RenderError.self) { try PNGDecoder.decode(Array(png.prefix(png.count / 2))) }
    }
}
