import PlotScales
import PlotScene
import PlotSpec

/// Maps shown values to colours: through a colormap over the encoding's range, or by bucket.
struct ColorScale {
    let encoding: ColorEncoding
    let colormap: Colormap
    /// `rgb` at the centres of 256 equal steps over the encoding's range, built once: millions of cells,
    /// trials or lines look their colour up here rather than in the colormap.
    let table: [RGB]

    init(_ encoding: ColorEncoding) {
        self.encoding = encoding
        let colormap = encoding.colormap
        self.colormap = colormap
        table = (0..<256).map { k in
            Self.rgb(
                encoding.lower + (Double(k) + 0.5) / 256 * (encoding.upper - encoding.lower),
                encoding: encoding, colormap: colormap)
        }
    }

    /// `table` as colours with `alpha`.
    func tableColors(alpha: Double = 1) -> [Color] {
        table.map { Color(red: $0.r, green: $0.g, blue: $0.b, alpha: alpha) }
    }

    func normalized(_ value: Double) -> Double {
        (value - encoding.lower) / (encoding.upper - encoding.lower)
    }

    func rgb(_ value: Double) -> RGB {
        Self.rgb(value, encoding: encoding, colormap: colormap)
    }

    private static func rgb(_ value: Double, encoding: ColorEncoding, colormap: Colormap) -> RGB {
        if !encoding.buckets.isEmpty {
            let bucket = encoding.buckets.first { value < $0.upper } ?? encoding.buckets[encoding.buckets.count - 1]
            return RGB(r: bucket.color.red, g: bucket.color.green, b: bucket.color.blue)
        }
        return colormap.color(at: (value - encoding.lower) / (encoding.upper - encoding.lower))
    }

    func color(_ value: Double, alpha: Double = 1) -> Color {
        let c = rgb(value)
        return Color(red: c.r, green: c.g, blue: c.b, alpha: alpha)
    }
}
