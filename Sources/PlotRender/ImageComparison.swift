import PlotScene

/// How far apart two decoded images are, measured the way matplotlib's `compare_images` (and so pytest-mpl)
/// does, plus the worst small block so a tiny but real change cannot hide in a large figure.
public struct ImageDifference: Sendable, Hashable {
    /// Root mean square of the channel differences over every pixel × channel, in 8-bit units (0…255).
    public var rms: Double
    /// 3 when both images are opaque (alpha is left out, as matplotlib drops it), else 4.
    public var channels: Int
    /// Pixels where any channel differs.
    public var differingPixels: Int
    /// The largest RMS of any `blockSize` × `blockSize` block (blocks tile the image from its top-left
    /// corner; edge blocks are smaller), over the same channels as `rms`.
    public var worstBlockRMS: Double
    /// The top-left pixel of that block.
    public var worstBlockX: Int, worstBlockY: Int

    public var isIdentical: Bool { differingPixels == 0 }
}

/// Pixel comparison of two straight-alpha RGBA8 images of the same size.
public enum ImageComparison {
    /// Side of the square blocks whose local RMS is reported in `ImageDifference.worstBlockRMS`.
    public static let blockSize = 8

    /// The difference between `expected` and `actual`, or nil when their sizes differ (never comparable).
    ///
    /// `rms` is matplotlib's `calculate_rms`: `sqrt(mean((expected − actual)²))` over all pixels and
    /// channels, where an image whose alpha is 255 everywhere counts as RGB (3 channels) and otherwise as
    /// RGBA (4). When only one image is opaque we keep all 4 channels, so a lost alpha channel counts.
    public static func difference(
        expected: RasterImage, actual: RasterImage, blockSize: Int = blockSize
    ) -> ImageDifference? {
        let width = expected.width
        let height = expected.height
        guard width == actual.width, height == actual.height,
            expected.pixels.count >= width * height * 4, actual.pixels.count >= width * height * 4
        else { return nil }
        let channels = isOpaque(expected) && isOpaque(actual) ? 3 : 4
        let blocksAcross = (width + blockSize - 1) / blockSize
        var blockSums = [UInt64](repeating: 0, count: blocksAcross)
        var total: UInt64 = 0
        var differing = 0
        var worst = (rms: 0.0, x: 0, y: 0)
        expected.pixels.withUnsafeBufferPointer { e in
            actual.pixels.withUnsafeBufferPointer { a in
                for y in 0..<height {
                    var i = y * width * 4
                    for x in 0..<width {
                        var pixelSum: UInt64 = 0
                        for c in 0..<channels {
                            let d = Int(e[i + c]) - Int(a[i + c])
                            pixelSum += UInt64(d * d)
                        }
                        if pixelSum > 0 {
                            differing += 1
                            blockSums[x / blockSize] += pixelSum
                        }
                        i += 4
                    }
                    // A band of blocks is complete: fold it into the worst block and start the next band.
                    if (y + 1) % blockSize == 0 || y == height - 1 {
                        let rows = y % blockSize + 1
                        for (bx, sum) in blockSums.enumerated() where sum > 0 {
                            let columns = min(blockSize, width - bx * blockSize)
                            let rms = (Double(sum) / Double(rows * columns * channels)).squareRoot()
                            if rms > worst.rms { worst = (rms, bx * blockSize, y - rows + 1) }
                            total += sum
                            blockSums[bx] = 0
                        }
                    }
                }
            }
        }
        let count = width * height * channels
        let rms = count > 0 ? (Double(total) / Double(count)).squareRoot() : 0
        return ImageDifference(
            rms: rms, channels: channels, differingPixels: differing, worstBlockRMS: worst.rms,
            worstBlockX: worst.x, worstBlockY: worst.y)
    }

    /// Whether every pixel's alpha is 255 (matplotlib's test for treating an RGBA image as RGB).
    static func isOpaque(_ image: RasterImage) -> Bool {
        image.pixels.withUnsafeBufferPointer { p in
            var i = 3
            while i < p.count {
                if p[i] != 255 { return false }
                i += 4
            }
            return true
        }
    }
}
