import PlotScene

/// The picture CI uploads when `render --check` fails: where the new render differs from the committed one.
///
/// The committed image is shown as faded grey, so the figure stays recognisable, and every pixel whose
/// colour differs is painted red over it — opaque red for a large difference, a paler red for the
/// one-level changes another rasteriser makes along edges. (matplotlib's `save_diff_image` instead shows
/// `|expected − actual| × 10` on black; red on the figure is easier to read for a whole page.)
public enum DiffImage {
    /// Same size as both inputs, opaque. Nil when the sizes differ.
    public static func make(expected: RasterImage, actual: RasterImage) -> RasterImage? {
        let width = expected.width
        let height = expected.height
        let count = width * height * 4
        guard width == actual.width, height == actual.height,
            expected.pixels.count >= count, actual.pixels.count >= count
        else { return nil }
        var pixels = [UInt8](repeating: 255, count: count)
        let e = expected.pixels
        let a = actual.pixels
        for i in stride(from: 0, to: count, by: 4) {
            // Rec. 601 luma of the committed pixel over white, faded two thirds of the way to white.
            let alpha = Double(e[i + 3]) / 255
            let luma =
                (0.299 * Double(e[i]) + 0.587 * Double(e[i + 1]) + 0.114 * Double(e[i + 2])) * alpha
                + 255 * (1 - alpha)
            let grey = 255 - (255 - luma) / 3
            var largest = 0
            for c in 0..<4 { largest = max(largest, abs(Int(e[i + c]) - Int(a[i + c]))) }
            // Any difference shows at least 35 % red; 64 levels or more is full red.
            let red = largest == 0 ? 0 : min(1, 0.35 + Double(largest) / 64 * 0.65)
            pixels[i] = UInt8((grey + (255 - grey) * red).rounded())
            pixels[i + 1] = UInt8((grey * (1 - red)).rounded())
            pixels[i + 2] = UInt8((grey * (1 - red)).rounded())
        }
        return RasterImage(width: width, height: height, pixels: pixels)
    }
}
