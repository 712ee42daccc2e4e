import CCairo
import PlotScene

/// Converts between the scene's straight-alpha RGBA8 rasters and Cairo's premultiplied pixel words.
enum RasterConversion {
    /// Straight-alpha red, green, blue and alpha of one Cairo pixel word (premultiplied ARGB32, or RGB24
    /// when `hasAlpha` is false), rounding to nearest so opaque pixels come back exactly. Used by the PNG
    /// writer and reader alike, so what one writes the other reads back the same.
    @inline(__always)
    static func straight(_ word: UInt32, hasAlpha: Bool) -> (r: UInt8, g: UInt8, b: UInt8, a: UInt8) {
        var r = (word >> 16) & 0xFF
        var g = (word >> 8) & 0xFF
        var b = word & 0xFF
        guard hasAlpha else { return (UInt8(r), UInt8(g), UInt8(b), 255) }
        let a = word >> 24
        if a > 0, a < 255 {
            r = min((r * 255 + a / 2) / a, 255)
            g = min((g * 255 + a / 2) / a, 255)
            b = min((b * 255 + a / 2) / a, 255)
        }
        return (UInt8(r), UInt8(g), UInt8(b), UInt8(a))
    }

    /// A new ARGB32 surface holding `image` (premultiplied, native-endian words); the caller destroys it.
    /// Nil when the pixel buffer is too short or Cairo cannot allocate the surface.
    static func makeSurface(_ image: RasterImage) -> OpaquePointer? {
        let w = image.width
        let h = image.height
        guard w > 0, h > 0, w <= 32767, h <= 32767, image.pixels.count >= w * h * 4,
            let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(w), Int32(h))
        else { return nil }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS,
            let data = cairo_image_surface_get_data(surface)
        else {
            cairo_surface_destroy(surface)
            return nil
        }
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        image.pixels.withUnsafeBufferPointer { src in
            for y in 0..<h {
                let row = UnsafeMutableRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
                var s = y * w * 4
                for x in 0..<w {
                    let a = UInt32(src[s + 3])
                    // Cairo wants premultiplied colour; round to nearest so opaque pixels are unchanged.
                    let r = (UInt32(src[s]) * a + 127) / 255
                    let g = (UInt32(src[s + 1]) * a + 127) / 255
                    let b = (UInt32(src[s + 2]) * a + 127) / 255
                    row[x] = a << 24 | r << 16 | g << 8 | b
                    s += 4
                }
            }
        }
        cairo_surface_mark_dirty(surface)
        return surface
    }
}
