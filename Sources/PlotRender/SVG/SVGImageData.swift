import PlotScene

/// A scene raster as a `data:image/png;base64,…` URI, encoded by our own `PNGEncoder`.
///
/// The raster is straight-alpha RGBA8 and PNG stores straight alpha, so pixels go in unchanged (opaque
/// rasters as RGB). Nil when the raster has no pixels to encode; the writer then draws nothing, as the Cairo
/// canvas does for an image it cannot convert.
///
/// Nearest-neighbour rasters (heatmap cells, colour bars) are first enlarged by whole factors towards the
/// pixel size they cover in the PNG of the same scene. `image-rendering` asks for crisp cells, but browsers
/// differ in which spelling they honour and librsvg (2.54) and Safari ignore it and smooth every image:
/// a 90 × 72 heatmap then turns into a blur. Enlarged cells stay crisp in every viewer (smoothing blurs only
/// the one-pixel seam between cells), and flat cells cost little after the PNG "Up" filter and deflate.
enum SVGImageData {
    /// Above this many pixels an enlarged copy is not worth its bytes; the factors shrink to fit.
    static let enlargedPixelLimit = 4_000_000

    /// `image` as a data URI; `displayed` is the size in output pixels it is drawn at.
    static func uri(_ image: RasterImage, displayed: (width: Double, height: Double)) -> String? {
        let repeats = image.smooth ? (x: 1, y: 1) : enlargement(of: image, toward: displayed)
        guard let png = try? PNGEncoder.encode(image, repeats: repeats) else { return nil }
        return "data:image/png;base64," + base64(png)
    }

    /// The largest whole factors that do not enlarge `image` beyond `displayed`, shrunk (halving the larger)
    /// until the copy has at most `enlargedPixelLimit` pixels; (1, 1) when enlarging would not help.
    static func enlargement(of image: RasterImage, toward displayed: (width: Double, height: Double)) -> (
        x: Int, y: Int
    ) {
        let w = image.width
        let h = image.height
        guard w > 0, h > 0 else { return (1, 1) }
        func factor(_ shown: Double, _ size: Int) -> Int {
            let k = shown / Double(size)
            return k.isFinite && k >= 2 ? Int(min(k, 4096)) : 1
        }
        var kx = factor(displayed.width, w)
        var ky = factor(displayed.height, h)
        while kx * ky > 1, w * kx * h * ky > enlargedPixelLimit || w * kx > 32767 || h * ky > 32767 {
            if kx >= ky { kx = max(1, kx / 2) } else { ky = max(1, ky / 2) }
        }
        return (kx, ky)
    }

    /// RFC 4648 base64 with padding and no line breaks (line breaks inside a data URI trip some readers).
    static func base64(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out = [UInt8]()
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i + 2 < bytes.count {
            let n = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2])
            out += [
                alphabet[Int(n >> 18)], alphabet[Int(n >> 12 & 63)], alphabet[Int(n >> 6 & 63)], alphabet[Int(n & 63)]
            ]
            i += 3
        }
        let rest = bytes.count - i
        if rest > 0 {
            let n = UInt32(bytes[i]) << 16 | (rest == 2 ? UInt32(bytes[i + 1]) << 8 : 0)
            out += [alphabet[Int(n >> 18)], alphabet[Int(n >> 12 & 63)]]
            out += rest == 2 ? [alphabet[Int(n >> 6 & 63)], UInt8(ascii: "=")] : [UInt8(ascii: "="), UInt8(ascii: "=")]
        }
        return String(decoding: out, as: UTF8.self)
    }
}
