import CCairo
import PlotScene

/// Reads PNG bytes into straight-alpha RGBA8 pixels, for comparing a committed figure with a new render.
///
/// Decoding goes through Cairo's `cairo_image_surface_create_from_png_stream` (libpng underneath) rather
/// than our own inflate and unfilter: it reads every PNG a contributor's tools may produce — palette,
/// grey, 16-bit, interlaced, re-compressed by an optimiser — at no code cost to us. Cairo hands back
/// premultiplied ARGB32 (or RGB24 for images without alpha); this file turns that into the straight RGBA
/// that PNG stores. Opaque pixels come back exactly; a partly transparent pixel's colour is exact only up
/// to the rounding of premultiplication, which both sides of a comparison share.
public enum PNGDecoder {
    /// The decoded image (`smooth` is false), or a `RenderError` saying why the bytes are not a PNG.
    public static func decode(_ png: [UInt8]) throws -> RasterImage {
        let reader = ByteReader(png)
        let created = withExtendedLifetime(reader) {
            cairo_image_surface_create_from_png_stream(ByteReader.read, Unmanaged.passUnretained(reader).toOpaque())
        }
        guard let surface = created else { throw RenderError("could not decode PNG") }
        defer { cairo_surface_destroy(surface) }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            let reason = cairo_status_to_string(status).map { String(cString: $0) } ?? "status \(status.rawValue)"
            throw RenderError("not a readable PNG: \(reason)")
        }
        return try straightRGBA(of: surface)
    }

    /// Width and height from a PNG's header, without decoding it; nil when the bytes do not start like a PNG.
    /// Lets a caller refuse a size mismatch before allocating a (possibly huge) committed image.
    public static func size(of png: [UInt8]) -> (width: Int, height: Int)? {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard png.count >= 24, Array(png[0..<8]) == signature, Array(png[12..<16]) == Array("IHDR".utf8) else {
            return nil
        }
        func word(_ at: Int) -> Int { png[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (word(16), word(20))
    }

    /// The pixels of an RGB24 or ARGB32 image surface as straight-alpha RGBA8.
    static func straightRGBA(of surface: OpaquePointer) throws -> RasterImage {
        cairo_surface_flush(surface)
        let width = Int(cairo_image_surface_get_width(surface))
        let height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        let format = cairo_image_surface_get_format(surface)
        guard format == CAIRO_FORMAT_ARGB32 || format == CAIRO_FORMAT_RGB24 else {
            throw RenderError("unexpected pixel format \(format.rawValue) from the PNG reader")
        }
        let hasAlpha = format == CAIRO_FORMAT_ARGB32
        guard let data = cairo_image_surface_get_data(surface) else { throw RenderError("decoded PNG has no pixels") }
        var pixels = [UInt8](repeating: 255, count: width * height * 4)
        pixels.withUnsafeMutableBufferPointer { out in
            for y in 0..<height {
                let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
                var o = y * width * 4
                for x in 0..<width {
                    let pixel = RasterConversion.straight(row[x], hasAlpha: hasAlpha)
                    out[o] = pixel.r
                    out[o + 1] = pixel.g
                    out[o + 2] = pixel.b
                    out[o + 3] = pixel.a
                    o += 4
                }
            }
        }
        return RasterImage(width: width, height: height, pixels: pixels)
    }
}

/// Feeds bytes to Cairo's stream reader; passed to C as an unretained pointer while in use.
private final class ByteReader {
    let bytes: [UInt8]
    var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    static let read: cairo_read_func_t = { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
        let reader = Unmanaged<ByteReader>.fromOpaque(closure).takeUnretainedValue()
        let count = Int(length)
        guard count <= reader.bytes.count - reader.offset else { return CAIRO_STATUS_READ_ERROR }
        reader.bytes.withUnsafeBufferPointer { source in
            guard let base = source.baseAddress else { return }
            data.update(from: base + reader.offset, count: count)
        }
        reader.offset += count
        return CAIRO_STATUS_SUCCESS
    }
}
