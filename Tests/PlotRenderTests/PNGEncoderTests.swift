import CCairo
import PlotScene
import Testing

@testable import PlotRender

/// Our PNG writer must decode (with Cairo's libpng reader) to exactly the pixels that were painted.
@Suite struct PNGEncoderTests {
    /// Decodes PNG bytes with Cairo into native ARGB32 words.
    static func decode(_ png: [UInt8]) throws -> (width: Int, height: Int, pixels: [UInt32]) {
        final class Reader {
            var bytes: [UInt8]
            var offset = 0
            init(_ bytes: [UInt8]) { self.bytes = bytes }
        }
        let reader = Reader(png)
        let read: cairo_read_func_t = { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
            let r = Unmanaged<Reader>.fromOpaque(closure).takeUnretainedValue()
            let n = Int(length)
            guard r.offset + n <= r.bytes.count else { return CAIRO_STATUS_READ_ERROR }
            for i in 0..<n { data[i] = r.bytes[r.offset + i] }
            r.offset += n
            return CAIRO_STATUS_SUCCESS
        }
        let surface = try #require(
            withExtendedLifetime(reader) {
                cairo_image_surface_create_from_png_stream(read, Unmanaged.passUnretained(reader).toOpaque())
            })
        defer { cairo_surface_destroy(surface) }
        #expect(cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS)
        let w = Int(cairo_image_surface_get_width(surface))
        let h = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = try #require(cairo_image_surface_get_data(surface))
        var pixels: [UInt32] = []
        for y in 0..<h {
            let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            pixels.append(contentsOf: UnsafeBufferPointer(start: row, count: w))
        }
        return (w, h, pixels)
    }

    @Test(arguments: [1.0, 0.0])
    func decodedPixelsEqualPaintedPixels(backgroundAlpha: Double) throws {
        var scene = SampleScene.make()
        scene.background = Color(gray: 1, alpha: backgroundAlpha)
        let png = try SceneRenderer.renderPNG(scene, pixelScale: 1)
        #expect(png[25] == (backgroundAlpha < 1 ? 6 : 2), "colour type: RGBA for transparent pages, RGB otherwise")
        let decoded = try Self.decode(png)
        let painted = try SceneRenderer.renderPixels(scene, pixelScale: 1)
        #expect(decoded.width == painted.width && decoded.height == painted.height)
        var mismatches = 0
        for (a, b) in zip(decoded.pixels, painted.pixels) {
            if backgroundAlpha >= 1 {
                if a & 0x00FF_FFFF != b & 0x00FF_FFFF { mismatches += 1 }
            } else {
                // Straight-alpha round trip of premultiplied pixels is exact only up to rounding.
                let channels = [24, 16, 8, 0].map { (Int((a >> UInt32($0)) & 0xFF), Int((b >> UInt32($0)) & 0xFF)) }
                if channels.contains(where: { abs($0.0 - $0.1) > 1 }) { mismatches += 1 }
            }
        }
        #expect(mismatches == 0)
    }
}
