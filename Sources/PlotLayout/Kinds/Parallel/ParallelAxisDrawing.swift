import PlotScales
import PlotScene
import PlotSpec

/// One vertical axis of a parallel-coordinates plot before placement: scale, ticks and title.
struct ParallelAxisModel {
    /// Nil for the shown-value axis.
    let parameter: Int?
    let scale: ContinuousScale
    let ticks: [Tick]
    let title: String

    var labels: [String] { ticks.filter(\.isMajor).compactMap(\.label) }
}

/// Draws the vertical axes of a parallel-coordinates plot: axis lines, ticks, tick labels on a light
/// halo (lines run underneath), and titles under the axes, wrapped or shrunk to fit between neighbours.
struct ParallelAxisDrawing {
    let theme: Theme
    let text: TextPlacement

    /// A title broken at spaces into at most two lines no wider than `maxWidth`, shrinking the font
    /// (down to 80 %) until they fit; more lines at the smallest size only when two never fit.
    func wrappedTitle(_ title: String, maxWidth: Double) -> ParallelTitle {
        var lines: [String] = []
        let font = FontFit.largestOrSmallest(theme.axisLabelFont, smallest: theme.axisLabelFont.size * 0.8) { font in
            lines = wrap(title, maxWidth: maxWidth, font: font)
            let widest = lines.map { text.size($0, font: font).width }.max() ?? 0
            return widest <= maxWidth && lines.count <= 2
        }
        return ParallelTitle(original: title, text: lines.joined(separator: "\n"), font: font)
    }

    /// Lines for `title`: one if it fits, else the most balanced two-line split that fits, else a greedy
    /// fill (balanced splits read better: "Width / (hidden units)" rather than "Width (hidden / units)").
    ///
    /// Splits are ranked by widths summed from word advances, and only those within rounding of the best
    /// are measured, so a long title costs a measurement per word rather than one per split and line.
    private func wrap(_ title: String, maxWidth: Double, font: Font) -> [String] {
        let words = title.split(separator: " ")
        if words.count < 2 || text.size(title, font: font).width <= maxWidth { return [title] }
        let fit = TextWrapper(text: text)
        let (advances, space) = fit.advances(words, font: font)
        let total = advances.reduce(0, +) + space * Double(words.count - 1)
        var left = 0.0
        let estimates = (1..<words.count).map { cut -> Double in
            left += advances[cut - 1] + (cut > 1 ? space : 0)
            return max(left, total - left - space)
        }
        let tolerance = TextWrapper.tolerance(maxWidth)
        let bestEstimate = estimates.min() ?? 0
        let split = { (cut: Int) in [words[..<cut].joined(separator: " "), words[cut...].joined(separator: " ")] }
        let widest = { (lines: [String]) in lines.map { text.size($0, font: font).width }.max() ?? 0 }
        let candidates = (1..<words.count).filter { estimates[$0 - 1] <= bestEstimate + 2 * tolerance }.map(split)
        if let best = candidates.min(by: { widest($0) < widest($1) }), widest(best) <= maxWidth { return best }
        return fit.filled(words, font: font, maxWidth: maxWidth)
    }

    /// The box of a title's lines, at the origin.
    func titleBox(_ title: ParallelTitle) -> Rect {
        text.block(title.text, font: title.font, color: theme.ink, at: Point(0, 0), anchor: TextAnchor(.left, .top)).box
    }

    /// Room left of an axis for its tick labels and ticks.
    func labelRoom(_ axis: ParallelAxisModel) -> Double {
        let widest = axis.labels.map { text.size($0, font: theme.tickFont).width }.max() ?? 0
        return widest + theme.majorTickLength + theme.gap * 1.5
    }

    /// Axis lines, ticks and labels, plus the boxes of all text drawn (for annotation placement).
    ///
    /// Titles are placed first; tick labels then give way, within an axis every other one and across
    /// axes to any text already placed, so on a narrow page labels thin out instead of overprinting.
    func nodes(
        _ geometry: ParallelGeometry, axes: [ParallelAxisModel], titles: [ParallelTitle], keepOut: [Rect],
        page: Rect
    ) -> (nodes: [SceneNode], textBoxes: [Rect]) {
        var lines: [SceneNode] = []
        var labels: [SceneNode] = []
        var boxes: [Rect] = []
        let blocked = { (box: Rect) in
            !page.contains(box) || keepOut.contains { $0.intersects(box) } || boxes.contains { $0.intersects(box) }
        }
        let r = geometry.rect
        for (slot, title) in titles.enumerated() {
            let block = text.block(
                title.text, font: title.font, color: theme.ink,
                at: Point(geometry.slots[slot].x, r.maxY + theme.gap * 2.5 + title.drop),
                anchor: TextAnchor(.center, .top), alignment: .center)
            // A title that still meets an earlier one (a single word wider than two spacings), the side
            // panel or the page edge is left out.
            guard !blocked(block.box) else { continue }
            labels += block.runs.map(SceneNode.text)
            boxes.append(block.box)
        }
        for (slot, axis) in axes.enumerated() {
            let x = geometry.slots[slot].x
            lines.append(
                .path(
                    Path(polyline: [Point(x, r.minY), Point(x, r.maxY)]), fill: nil,
                    stroke: Stroke(color: Color(gray: 0.1), width: 1.1)))
            var runs: [TextRun] = []
            for tick in axis.ticks where geometry.scaleContains(slot, tick.value) {
                let y = geometry.y(slot, tick.value)
                let length = tick.isMajor ? theme.majorTickLength : theme.minorTickLength
                lines.append(
                    .path(
                        Path(polyline: [Point(x - length, y), Point(x, y)]), fill: nil,
                        stroke: tick.isMajor ? theme.tickStroke : theme.minorTickStroke))
                if tick.isMajor, let label = tick.label {
                    runs.append(
                        text.run(
                            label, font: theme.tickFont, color: theme.ink,
                            at: Point(x - theme.majorTickLength - theme.gap * 0.6, y),
                            anchor: TextAnchor(.right, .middle)))
                }
            }
            for run in AxisDrawing.thinned(runs.reversed(), minimumGap: theme.base * 0.15) {
                let halo = run.bounds.insetBy(dx: -1.5, dy: -0.5)
                guard !blocked(halo) else { continue }
                labels.append(
                    .path(Path(roundedRect: halo, radius: 1.5), fill: Color(gray: 1, alpha: 0.75), stroke: nil))
                labels.append(.text(run))
                boxes.append(halo)
            }
        }
        return (lines + labels, boxes)
    }
}

extension ParallelGeometry {
    /// True when `value` lies within the slot's domain (ticks outside it are not drawn).
    func scaleContains(_ slot: Int, _ value: Double) -> Bool {
        let t = slots[slot].scale.normalize(value)
        return t >= -1e-9 && t <= 1 + 1e-9
    }
}
