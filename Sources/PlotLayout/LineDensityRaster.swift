import PlotScene

/// Rasterises many translucent polylines into one RGBA image, for parallel coordinates with too many
/// trials to stroke one by one (a Cairo stroke with alpha per line costs ~15 s for 100k lines).
///
/// Every polyline has its vertices on the same columns (the axes) and runs left to right, so each
/// segment is drawn column by column: at each pixel column the line covers a vertical span of
/// `width × √(1 + slope²)` pixels, with fractional coverage at the span's ends (anti-aliasing). Pixels
/// are composited "over" in the order the lines are given, in premultiplied floats, so the output is
/// deterministic and dense regions build up the way stacked translucent strokes would.
struct LineDensityRaster {
    /// Image size in device pixels.
    let width: Int
    let height: Int
    /// Pixel x of every polyline's vertices (the axes), increasing.
    let columns: [Double]
    /// Line width in pixels (at least 1; thinner lines lower their alpha instead).
    let lineWidth: Double
    /// Opacity of each line.
    let alpha: Double

    /// Draws `count` polylines; `ys[line * columns.count + k]` is line's pixel y at column k, and
    /// `palette[colorIndex[line]]` its colour. Returns straight-alpha RGBA8.
    func render(count: Int, ys: [Float], colorIndex: [UInt8], palette: [Color]) -> RasterImage {
        let k = columns.count
        var buffer = [SIMD4<Float>](repeating: .zero, count: width * height)
        let effectiveAlpha = Float(alpha * min(1, lineWidth))
        let halfWidth = Float(max(1, lineWidth) / 2)
        let colors = palette.map { SIMD4<Float>(Float($0.red), Float($0.green), Float($0.blue), 1) }
        let xs = columns.map { Float($0) }
        buffer.withUnsafeMutableBufferPointer { pixels in
            ys.withUnsafeBufferPointer { ys in
                for line in 0..<count {
                    let color = colors[Int(colorIndex[line])]
                    let base = line * k
                    for s in 0..<(k - 1) {
                        let last = s == k - 2
                        drawSegment(into: pixels, x0: xs[s], y0: ys[base + s], x1: xs[s + 1], y1: ys[base + s + 1],
                                    includeEnd: last, halfWidth: halfWidth, color: color, alpha: effectiveAlpha)
                    }
                }
            }
        }
        return RasterImage(width: width, height: height, pixels: Self.straightRGBA(buffer), smooth: false)
    }

    /// One segment, column by column over [floor(x0), floor(x1)) (plus the end column for the last
    /// segment), so joints are never painted twice.
    @inline(__always)
    private func drawSegment(into pixels: UnsafeMutableBufferPointer<SIMD4<Float>>, x0: Float, y0: Float,
                             x1: Float, y1: Float, includeEnd: Bool, halfWidth: Float, color: SIMD4<Float>,
                             alpha: Float)
    {
        let c0 = max(0, Int(x0.rounded(.down)))
        let c1 = min(width - 1, Int(x1.rounded(.down)) - (includeEnd ? 0 : 1))
        guard c1 >= c0 else { return }
        let slope = x1 > x0 ? (y1 - y0) / (x1 - x0) : 0
        let half = halfWidth * (1 + slope * slope).squareRoot()
        let maxRow = height - 1
        for column in c0...c1 {
            let y = y0 + (Float(column) + 0.5 - x0) * slope
            let top = y - half, bottom = y + half
            let r0 = max(0, Int(top.rounded(.down))), r1 = min(maxRow, Int(bottom.rounded(.down)))
            guard r1 >= r0 else { continue }
            for row in r0...r1 {
                let coverage = min(bottom, Float(row + 1)) - max(top, Float(row))
                let a = alpha * min(max(coverage, 0), 1)
                let index = row * width + column
                pixels[index] = pixels[index] * (1 - a) + color * a
            }
        }
    }

    /// Premultiplied float pixels to straight-alpha bytes.
    private static func straightRGBA(_ buffer: [SIMD4<Float>]) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: buffer.count * 4)
        bytes.withUnsafeMutableBufferPointer { out in
            for (i, p) in buffer.enumerated() where p.w > 0 {
                let inverse = 1 / p.w
                out[i * 4] = UInt8(min(255, (p.x * inverse * 255).rounded()))
                out[i * 4 + 1] = UInt8(min(255, (p.y * inverse * 255).rounded()))
                out[i * 4 + 2] = UInt8(min(255, (p.z * inverse * 255).rounded()))
                out[i * 4 + 3] = UInt8(min(255, (p.w * 255).rounded()))
            }
        }
        return bytes
    }
}
