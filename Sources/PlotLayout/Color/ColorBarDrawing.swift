import PlotScales
import PlotScene
import PlotSpec

/// A vertical colour bar right of the plot, with ticks, tick labels and a rotated title.
struct ColorBarDrawing {
    let theme: Theme
    let text: TextPlacement
    let scale: ColorScale
    /// Whether the plot has missing cells, explained by a "no data" swatch under the bar (`MissingCells`).
    var explainsMissing = false

    /// The bar for `scale`, or nil when the spec hides it (`colorbar: false` and no buckets to explain).
    static func ifShown(theme: Theme, text: TextPlacement, scale: ColorScale) -> ColorBarDrawing? {
        scale.encoding.label == nil && scale.encoding.buckets.isEmpty
            ? nil : ColorBarDrawing(theme: theme, text: text, scale: scale)
    }

    private var ticks: [Tick] {
        if !scale.encoding.buckets.isEmpty { return [] }
        return ContinuousScale(kind: .linear, lower: scale.encoding.lower, upper: scale.encoding.upper)
            .ticks(targetCount: 6)
            .filter(\.isMajor)
    }

    private var labels: [String] {
        scale.encoding.buckets.isEmpty ? ticks.compactMap(\.label) : scale.encoding.buckets.map(\.label)
    }

    /// Width the bar needs right of the plot frame, title included.
    var extent: Double {
        let words = labels + (explainsMissing ? [MissingCells.label] : [])
        let widest = words.map { text.size($0, font: theme.tickFont).width }.max() ?? 0
        let title = scale.encoding.label.map { text.size($0, font: theme.axisLabelFont).height + theme.gap * 2 } ?? 0
        return theme.colorBarGap + theme.colorBarWidth + theme.majorTickLength + theme.gap + widest + title
    }

    func nodes(beside frame: Rect) -> [SceneNode] {
        var bar = Rect(
            x: frame.maxX + theme.colorBarGap, y: frame.minY, width: theme.colorBarWidth, height: frame.height)
        var nodes: [SceneNode] = []
        if explainsMissing {
            // The swatch takes the bar's bottom; the bar keeps the rest, so ticks still match its colours.
            let side = theme.colorBarWidth
            let swatch = Rect(x: bar.minX, y: bar.maxY - side, width: side, height: side)
            bar = Rect(x: bar.minX, y: bar.minY, width: bar.width, height: max(side, bar.height - side * 1.6))
            nodes += MissingCells(theme: theme).nodes(in: swatch)
            nodes.append(.path(Path(rect: swatch), fill: nil, stroke: theme.spine))
            nodes.append(
                .text(
                    text.run(
                        MissingCells.label, font: theme.tickFont, color: theme.ink,
                        at: Point(bar.maxX + theme.majorTickLength + theme.gap, swatch.midY),
                        anchor: TextAnchor(.left, .middle))))
        }
        var labelRuns: [TextRun] = []
        let labelX = bar.maxX + theme.majorTickLength + theme.gap
        if scale.encoding.buckets.isEmpty {
            nodes.append(.image(gradient(), rect: bar))
            for tick in ticks {
                let y = bar.maxY - scale.normalized(tick.value) * bar.height
                nodes.append(
                    .path(
                        Path(polyline: [Point(bar.maxX, y), Point(bar.maxX + theme.majorTickLength, y)]),
                        fill: nil, stroke: theme.tickStroke))
                if let label = tick.label {
                    labelRuns.append(
                        text.run(
                            label, font: theme.tickFont, color: theme.ink, at: Point(labelX, y),
                            anchor: TextAnchor(.left, .middle)))
                }
            }
        } else {
            let buckets = scale.encoding.buckets
            let step = bar.height / Double(buckets.count)
            for (index, bucket) in buckets.enumerated() {
                let cell = Rect(x: bar.minX, y: bar.maxY - step * Double(index + 1), width: bar.width, height: step)
                nodes.append(.path(Path(rect: cell), fill: bucket.color.sceneColor, stroke: nil))
                nodes.append(
                    .path(
                        Path(polyline: [
                            Point(bar.maxX, cell.midY),
                            Point(bar.maxX + theme.majorTickLength, cell.midY)
                        ]),
                        fill: nil, stroke: theme.tickStroke))
                labelRuns.append(
                    text.run(
                        bucket.label, font: theme.tickFont, color: theme.ink,
                        at: Point(labelX, cell.midY), anchor: TextAnchor(.left, .middle)))
            }
        }
        nodes.append(.path(Path(rect: bar), fill: nil, stroke: theme.spine))
        // On a short bar, every other label gives way rather than overprint its neighbour.
        let kept = AxisDrawing.thinned(labelRuns, minimumGap: theme.base * 0.15)
        nodes += kept.map(SceneNode.text)
        if let title = scale.encoding.label,
            let font = TextWrapper(text: text).shrunk(title, font: theme.axisLabelFont, maxWidth: bar.height)
        {
            let widest = kept.map(\.bounds.width).max() ?? 0
            nodes.append(
                .text(
                    text.run(
                        title, font: font, color: theme.ink,
                        at: Point(labelX + widest + theme.gap * 1.5, bar.midY),
                        anchor: TextAnchor(.center, .top), rotation: -Double.pi / 2)))
        }
        return nodes
    }

    /// A 1 × 256 strip of the scale's colour table, top row the upper end of the range.
    private func gradient() -> RasterImage {
        let rows = scale.table.count
        var pixels = [UInt8](repeating: 255, count: rows * 4)
        for row in 0..<rows {
            let c = scale.table[rows - 1 - row]
            pixels[row * 4] = UInt8((c.r * 255).rounded())
            pixels[row * 4 + 1] = UInt8((c.g * 255).rounded())
            pixels[row * 4 + 2] = UInt8((c.b * 255).rounded())
        }
        return RasterImage(width: 1, height: rows, pixels: pixels, smooth: false)
    }
}
