import PlotConcurrency
import PlotScene

/// Rasterises a `polylines` node into one RGBA image on the output's pixel grid, for parallel
/// coordinates with too many trials to stroke one by one (a Cairo stroke with alpha per line costs ~15 s
/// for 100k lines).
///
/// Every polyline must have its vertices on the same columns (the axes) and run left to right, so each
/// segment is drawn column by column: at each pixel column the line covers a vertical span of
/// `width × √(1 + slope²)` pixels, with fractional coverage at the span's ends (anti-aliasing). Pixels
/// are composited "over" in the order the lines are given, in premultiplied floats, so the output is
/// deterministic and dense regions build up the way stacked translucent strokes would. Lines thinner
/// than a pixel are drawn one pixel wide with their alpha scaled down by the width; caps and joins are
/// not drawn (at the widths where this technique is used they are smaller than a pixel).
struct PolylineRaster {
    /// Image size in device pixels.
    let width: Int
    let height: Int
    /// Pixel x of every polyline's vertices (the axes), increasing.
    let columns: [Double]
    /// Line width in pixels (at least 1; thinner lines lower their alpha instead).
    let lineWidth: Double

    /// `polylines` as an image on the pixel grid of an output with `pixelScale` pixels per point, and the
    /// page rectangle it covers (whole pixels, so the image maps one to one onto device pixels); nil when
    /// the lines do not share increasing vertex x positions, which this technique needs, or there are none.
    static func image(_ polylines: Polylines, pixelScale scale: Double) -> (image: RasterImage, rect: Rect)? {
        guard let xs = sharedColumns(polylines), let bounds = polylines.bounds, scale > 0 else { return nil }
        // The lines' span plus a line width above and below, widened to whole pixels.
        let px0 = (bounds.minX * scale).rounded(.down)
        let px1 = (bounds.maxX * scale).rounded(.up) + 1
        let py0 = ((bounds.minY - polylines.width) * scale).rounded(.down)
        let py1 = ((bounds.maxY + polylines.width) * scale).rounded(.up)
        let width = Int(px1 - px0)
        let height = Int(py1 - py0)
        guard width > 0, height > 0 else { return nil }
        let k = xs.count
        var ys = [Float](repeating: 0, count: polylines.lines.count * k)
        for (index, line) in polylines.lines.enumerated() {
            for (column, point) in line.points.enumerated() {
                ys[index * k + column] = Float(point.y * scale - py0)
            }
        }
        let raster = PolylineRaster(
            width: width, height: height, columns: xs.map { $0 * scale - px0 },
            lineWidth: polylines.width * scale)
        let image = raster.render(ys: ys, colors: polylines.lines.map(\.color))
        let rect = Rect(x: px0 / scale, y: py0 / scale, width: Double(width) / scale, height: Double(height) / scale)
        return (image, rect)
    }

    /// The vertex x positions every line shares, when there are at least two and they increase; else nil.
    static func sharedColumns(_ polylines: Polylines) -> [Double]? {
        guard let xs = polylines.lines.first?.points.map(\.x), xs.count >= 2,
            zip(xs, xs.dropFirst()).allSatisfy({ $0 < $1 }),
            polylines.lines.allSatisfy({ line in
                line.points.count == xs.count && zip(line.points, xs).allSatisfy { $0.x == $1 }
            })
        else { return nil }
        return xs
    }

    /// Draws one polyline per colour; `ys[line * columns.count + k]` is the line's pixel y at column k, and
    /// `colors[line]` its colour (alpha is the line's opacity). Returns straight-alpha RGBA8.
    func render(ys: [Float], colors: [Color]) -> RasterImage {
        let k = columns.count
        // Column-major, so the inner loop (down one pixel column) walks contiguous memory. (16-bit fixed
        // point was tried to halve the memory traffic; Swift's integer SIMD conversions made it slower.)
        var buffer = [SIMD4<Float>](repeating: .zero, count: width * height)
        let coverage = min(1, lineWidth)
        let alphas = colors.map { Float($0.alpha * coverage) }
        let halfWidth = Float(max(1, lineWidth) / 2)
        let opaque = colors.map { SIMD4<Float>(Float($0.red), Float($0.green), Float($0.blue), 1) }
        let xs = columns.map { Float($0) }
        // Tile-major: segment s of every line only touches the columns between axes s and s + 1; cutting
        // those into tiles a few dozen pixels wide keeps each pass's pixels in cache (the loop is bound by
        // cache misses otherwise). Tiles are independent (a pixel still sees the lines in their given
        // order), so they run concurrently and the result stays deterministic.
        buffer.withUnsafeMutableBufferPointer { pixels in
            ys.withUnsafeBufferPointer { ys in
                let tiles = tileRanges(xs)
                ParallelLoop.run(iterations: tiles.count, sharing: (pixels, ys)) { t, shared in
                    let (pixels, ys) = shared
                    let (s, columns) = tiles[t]
                    for line in 0..<colors.count {
                        let base = line * k
                        drawSegment(
                            into: pixels, x0: xs[s], y0: ys[base + s], x1: xs[s + 1], y1: ys[base + s + 1],
                            columns: columns, halfWidth: halfWidth, color: opaque[line], alpha: alphas[line])
                    }
                }
            }
        }
        return RasterImage(width: width, height: height, pixels: straightRGBA(buffer), smooth: false)
    }

    /// Pixel-column tiles: (segment, columns), each segment owning [floor(x_s), floor(x_s+1)) and the last
    /// one its end column too, so joints are never painted twice.
    private func tileRanges(_ xs: [Float]) -> [(Int, ClosedRange<Int>)] {
        let tileWidth = 32
        var tiles: [(Int, ClosedRange<Int>)] = []
        for s in 0..<(xs.count - 1) {
            let first = max(0, Int(max(0, xs[s])))
            let last = min(width - 1, Int(max(0, xs[s + 1])) - (s == xs.count - 2 ? 0 : 1))
            var start = first
            while start <= last {
                tiles.append((s, start...min(last, start + tileWidth - 1)))
                start += tileWidth
            }
        }
        return tiles
    }

    /// One segment over the pixel columns `columns`. Rows fully inside the span blend with the line's
    /// alpha; the two end rows with alpha × coverage.
    @inline(__always)
    private func drawSegment(
        into pixels: UnsafeMutableBufferPointer<SIMD4<Float>>, x0: Float, y0: Float,
        x1: Float, y1: Float, columns: ClosedRange<Int>, halfWidth: Float, color: SIMD4<Float>,
        alpha: Float
    ) {
        let slope = x1 > x0 ? (y1 - y0) / (x1 - x0) : 0
        let half = halfWidth * (1 + slope * slope).squareRoot()
        let limit = Float(height)
        let premultiplied = color * alpha
        let keep = 1 - alpha
        for column in columns {
            let y = y0 + (Float(column) + 0.5 - x0) * slope
            let top = min(max(y - half, 0), limit)
            let bottom = min(max(y + half, 0), limit)
            guard bottom > top else { continue }
            let r0 = Int(top)
            let r1 = min(height - 1, Int(bottom))
            let columnStart = column * height
            if r0 == r1 {
                blend(pixels, columnStart + r0, color, alpha * (bottom - top))
                continue
            }
            blend(pixels, columnStart + r0, color, alpha * (Float(r0 + 1) - top))
            var row = r0 + 1
            while row < r1 {
                pixels[columnStart + row] = pixels[columnStart + row] * keep + premultiplied
                row += 1
            }
            blend(pixels, columnStart + r1, color, alpha * (bottom - Float(r1)))
        }
    }

    @inline(__always)
    private func blend(
        _ pixels: UnsafeMutableBufferPointer<SIMD4<Float>>, _ index: Int, _ color: SIMD4<Float>,
        _ a: Float
    ) {
        pixels[index] = pixels[index] * (1 - a) + color * a
    }

    /// Column-major premultiplied float pixels to row-major straight-alpha bytes.
    private func straightRGBA(_ buffer: [SIMD4<Float>]) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: buffer.count * 4)
        bytes.withUnsafeMutableBufferPointer { out in
            for (j, p) in buffer.enumerated() where p.w > 0 {
                let i = (j % height) * width + j / height
                let inverse = 255 / p.w
                out[i * 4] = UInt8(min(255, (p.x * inverse).rounded()))
                out[i * 4 + 1] = UInt8(min(255, (p.y * inverse).rounded()))
                out[i * 4 + 2] = UInt8(min(255, (p.z * inverse).rounded()))
                out[i * 4 + 3] = UInt8(min(255, (p.w * 255).rounded()))
            }
        }
        return bytes
    }
}
