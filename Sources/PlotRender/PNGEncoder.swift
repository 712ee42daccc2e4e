import CCairo
import CZlib
import PlotScene

/// Encodes Cairo image surfaces (PNG output) and scene rasters (images inside SVG) as PNG, with settings
/// chosen for plots.
///
/// Cairo's own writer goes through libpng's adaptive filtering and zlib level 6, which made PNG encoding
/// most of a figure's cost. Plots are mostly flat areas and horizontal structure, so the "Up" filter on
/// every row with zlib level 3 compresses about as well (within ~10 %) at a fraction of the time.
/// Output is deterministic for a given zlib.
public enum PNGEncoder {
    /// How hard zlib works on the image data.
    public enum Compression: Sendable {
        /// Files (`render`): zlib level 3, as above.
        case standard
        /// PNGs shown once and replaced on a local machine (the live preview): zlib level 0, stored blocks.
        /// Deflating a 1200 × 900 figure costs 15–50 ms of CPU at level 3 and still 17–34 ms at level 1
        /// (busy images such as parallel coordinates cost most); storing costs about 3 ms, for a PNG of
        /// 3.2 MB instead of 0.1–0.9 MB, which a local connection carries in a few milliseconds.
        case stored

        var level: Int32 {
            switch self {
            case .standard: 3
            case .stored: 0
            }
        }
    }

    /// PNG bytes of an RGB24 (opaque) or ARGB32 (premultiplied alpha) image surface.
    static func encode(_ surface: OpaquePointer, compression: Compression = .standard) throws -> [UInt8] {
        let width = Int(cairo_image_surface_get_width(surface))
        let height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        let hasAlpha = cairo_image_surface_get_format(surface) == CAIRO_FORMAT_ARGB32
        guard let data = cairo_image_surface_get_data(surface) else { throw RenderError("no pixel data to encode") }
        return try encodeRows(width: width, height: height, hasAlpha: hasAlpha, level: compression.level) {
            y, current in
            let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            let channels = hasAlpha ? 4 : 3
            for x in 0..<width {
                let pixel = RasterConversion.straight(row[x], hasAlpha: hasAlpha)
                current[x * channels] = pixel.r
                current[x * channels + 1] = pixel.g
                current[x * channels + 2] = pixel.b
                if hasAlpha { current[x * 4 + 3] = pixel.a }
            }
        }
    }

    /// PNG bytes of a straight-alpha RGBA8 raster (images inside SVG, `render --check` diff images), each
    /// pixel repeated `repeats.x` times across and `repeats.y` times down (whole-factor nearest-neighbour
    /// enlargement without a copy of the enlarged raster); RGB when every pixel is opaque.
    public static func encode(_ image: RasterImage, repeats: (x: Int, y: Int) = (1, 1)) throws -> [UInt8] {
        let sourceWidth = image.width
        let sourceHeight = image.height
        let kx = max(repeats.x, 1)
        let ky = max(repeats.y, 1)
        // The same size limit as Cairo's image surfaces, which also keeps the products below from overflowing.
        guard sourceWidth > 0, sourceHeight > 0, kx <= 32767, ky <= 32767,
            sourceWidth * kx <= 32767, sourceHeight * ky <= 32767,
            image.pixels.count >= sourceWidth * sourceHeight * 4
        else {
            throw RenderError("image \(sourceWidth)×\(sourceHeight) (×\(kx)×\(ky)) cannot be encoded")
        }
        let pixels = image.pixels
        var opaque = true
        for i in stride(from: 3, to: sourceWidth * sourceHeight * 4, by: 4) where pixels[i] != 255 {
            opaque = false
            break
        }
        let channels = opaque ? 3 : 4
        return try encodeRows(width: sourceWidth * kx, height: sourceHeight * ky, hasAlpha: !opaque, level: 3) {
            y, current in
            var target = 0
            var source = (y / ky) * sourceWidth * 4
            for _ in 0..<sourceWidth {
                for _ in 0..<kx {
                    for c in 0..<channels { current[target + c] = pixels[source + c] }
                    target += channels
                }
                source += 4
            }
        }
    }

    /// Filters rows with "Up" and writes the PNG; `unpack(y, &row)` fills row `y` with RGB or RGBA bytes.
    private static func encodeRows(
        width: Int, height: Int, hasAlpha: Bool, level: Int32,
        unpack: (Int, inout [UInt8]) -> Void
    ) throws -> [UInt8] {
        let channels = hasAlpha ? 4 : 3
        let rowBytes = 1 + width * channels
        var filtered = [UInt8](repeating: 0, count: rowBytes * height)
        filtered.withUnsafeMutableBufferPointer { out in
            var previous = [UInt8](repeating: 0, count: width * channels)
            var current = [UInt8](repeating: 0, count: width * channels)
            for y in 0..<height {
                unpack(y, &current)
                let base = y * rowBytes
                out[base] = 2  // filter type Up
                for i in 0..<(width * channels) { out[base + 1 + i] = current[i] &- previous[i] }
                swap(&previous, &current)
            }
        }
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var header: [UInt8] = []
        appendBigEndian(UInt32(width), to: &header)
        appendBigEndian(UInt32(height), to: &header)
        header += [8, hasAlpha ? 6 : 2, 0, 0, 0]  // 8-bit, RGB(A), deflate, adaptive filtering, no interlace
        appendChunk("IHDR", header, to: &png)
        appendChunk("IDAT", try deflate(filtered, level: level), to: &png)
        appendChunk("IEND", [], to: &png)
        return png
    }

    private static func deflate(_ input: [UInt8], level: Int32) throws -> [UInt8] {
        var stream = z_stream()
        guard deflateInit_(&stream, level, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw RenderError("zlib could not start compressing")
        }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(input.count))))
        var input = input
        let status = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                stream.next_in = inBuffer.baseAddress
                stream.avail_in = UInt32(inBuffer.count)
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = UInt32(outBuffer.count)
                return CZlib.deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { throw RenderError("zlib failed to compress the image (status \(status))") }
        output.removeLast(output.count - Int(stream.total_out))
        return output
    }

    private static func appendChunk(_ type: String, _ body: [UInt8], to png: inout [UInt8]) {
        appendBigEndian(UInt32(body.count), to: &png)
        let typed = Array(type.utf8) + body
        png += typed
        let crc = typed.withUnsafeBufferPointer { crc32(0, $0.baseAddress, UInt32($0.count)) }
        appendBigEndian(UInt32(truncatingIfNeeded: crc), to: &png)
    }

    private static func appendBigEndian(_ value: UInt32, to bytes: inout [UInt8]) {
        bytes += [
            UInt8(value >> 24), UInt8(truncatingIfNeeded: value >> 16), UInt8(truncatingIfNeeded: value >> 8),
            UInt8(truncatingIfNeeded: value)
        ]
    }
}
