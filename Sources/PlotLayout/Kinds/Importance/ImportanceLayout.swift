import Foundation
import PlotSampling
import PlotScales
import PlotScene
import PlotSpec

/// Lays out an importance plot: one horizontal bar per measured parameter, its length the share of the
/// noise-free score's variance the parameter explains alone, largest on top, then a grey hatched bar for
/// the interactions, so the bars sum to 100 %. Each bar's value is printed at its end, and a note under
/// the axis says how the shares were computed. The shares come evaluated (`SampleTable.importance`);
/// layout only maps them onto the frame.
struct ImportanceLayout: PlotKindLayout {
    let spec: FigureSpec
    let plot: ImportancePlot
    let table: SampleTable
    let theme: Theme
    let text: TextPlacement

    /// One bar: its label, share (0…1) and whether it is the interactions bar.
    struct Bar: Equatable {
        var label: String
        var share: Double
        var isInteractions: Bool
    }

    static let interactionsLabel = "Interactions"
    static let axisLabel = "Share of the score's variance"
    /// Bar thickness as a share of the space per bar.
    static let barThickness = 0.62

    /// The bars top to bottom: parameters by share (largest first), then the interactions.
    var bars: [Bar] {
        guard let importance = table.importance else { return [] }
        return importance.ranked.map {
            Bar(label: spec.parameters[$0.parameter].label, share: $0.share, isInteractions: false)
        }
            + [Bar(label: Self.interactionsLabel, share: importance.interactionShare, isInteractions: true)]
    }

    /// The note under the axis: what was decomposed, and how much of the box the clip would change.
    var note: String {
        if let trials = table.importance?.estimatedFrom {
            return "Functional ANOVA of a Gaussian-process fit to \(trials) trials: an estimate, not exact"
        }
        var note = "Exact functional ANOVA of the noise-free score"
        let share = table.importance?.clippedShare ?? 0
        if let clip = spec.score.clip {
            let bounds = "[\(Self.number(clip.lowerBound)), \(Self.number(clip.upperBound))]"
            note += plot.clipped ? " clipped to \(bounds)" : " before its clip to \(bounds)"
            if share > 0 {
                note +=
                    " (no sampling); the clip \(plot.clipped ? "binds" : "would bind") on \(Self.percent(share)) of the box"
                return note
            }
        }
        return note + " (no sampling)"
    }

    func layout(in region: PlotRegion) -> PlotArea {
        let bars = bars
        let noteFont = theme.font(size: theme.base * 0.8)
        let fit = TextWrapper(text: text)
        let noteWidth = region.rect.width - theme.pad * 2
        let shownNoteFont = fit.shrunk(note, font: noteFont, maxWidth: noteWidth)
        let noteHeight = shownNoteFont.map { text.size(note, font: $0).height + theme.gap * 2 } ?? 0
        var plotRect = region.rect
        plotRect.height = max(region.rect.height - noteHeight, 10)

        let yAxis = barAxis(bars)
        let valueWidth = bars.map { text.size(Self.percent($0.share), font: theme.tickFont).width }.max() ?? 0
        let largest = max(bars.map(\.share).max() ?? 0, 1e-9)
        let frameLayout = CartesianFrameLayout(theme: theme, text: text)
        // The share axis must leave room right of the longest bar for its printed value: find the frame
        // with a first guess, then the axis end that fits, then the frame for that axis.
        var xAxis = shareAxis(upper: largest * 1.2, length: region.cell.width * 0.7)
        var rect = frameLayout.frameRect(in: plotRect, x: xAxis, y: yAxis, rightExtent: theme.base * 0.2)
        for _ in 0..<2 {
            let room = max(rect.width - valueWidth - theme.gap * 2, rect.width * 0.3)
            xAxis = shareAxis(upper: largest * rect.width / room, length: region.cell.width * 0.7)
            rect = frameLayout.frameRect(in: plotRect, x: xAxis, y: yAxis, rightExtent: theme.base * 0.2)
        }
        let frame = PlotFrame(rect: rect, x: xAxis.scale, y: yAxis.scale)
        let axes = AxisDrawing(theme: theme, text: text)

        var clipped = axes.gridLines(frame: frame, x: xAxis, y: yAxis)
        var labels: [SceneNode] = []
        for (index, bar) in bars.enumerated() {
            let box = barRect(index, of: bars.count, frame: frame, share: bar.share)
            clipped += barNodes(bar, box: box)
            labels.append(
                .text(
                    text.run(
                        Self.percent(bar.share), font: theme.tickFont, color: theme.ink,
                        at: Point(box.maxX + theme.gap, box.midY), anchor: TextAnchor(.left, .middle))))
        }
        var content: [SceneNode] =
            [.group(clip: frame.rect, clipped)] + axes.decorations(frame: frame, x: xAxis, y: yAxis)
        content += labels
        if let font = shownNoteFont {
            content.append(
                .text(
                    text.run(
                        note, font: font, color: theme.subtleInk,
                        at: Point(region.rect.midX, region.rect.maxY - theme.gap), anchor: TextAnchor(.center, .bottom))
                )
            )
        }
        // Each bar's row across the frame, so a pointer anywhere beside a short bar still reads it.
        let step = abs(frame.pageY(0) - frame.pageY(1))
        let bands = bars.indices.map { index in
            let box = barRect(index, of: bars.count, frame: frame, share: 0)
            return Rect(x: frame.rect.minX, y: box.midY - step / 2, width: frame.rect.width, height: step)
        }
        return PlotArea(
            content: content, titleAnchor: frame.rect, obstacles: content.compactMap(\.extent),
            frameMap: { FrameMap.bars(rect: frame.rect, bands: bands) })
    }

    /// The bar axis: one labelled tick per bar, the first bar at the top.
    func barAxis(_ bars: [Bar]) -> CartesianAxis {
        let count = Double(bars.count)
        let scale = ContinuousScale(kind: .linear, lower: -0.5, upper: count - 0.5)
        let ticks = bars.enumerated().map {
            Tick(value: count - 1 - Double($0.offset), label: $0.element.label, isMajor: true)
        }
        return CartesianAxis(scale: scale, ticks: ticks.reversed(), label: "", grid: false)
    }

    /// The share axis from 0 to `upper` (a fraction), labelled in per cent, with grid lines.
    func shareAxis(upper: Double, length: Double) -> CartesianAxis {
        let scale = ContinuousScale(kind: .linear, lower: 0, upper: min(max(upper, 1e-9), 1.5))
        let ticks = scale.ticks(targetCount: max(3, min(8, Int(length / 60))), labelStyle: .percent)
        return CartesianAxis(scale: scale, ticks: ticks, label: Self.axisLabel, grid: true)
    }

    /// Bar `index` (0 at the top) of `count`, from 0 to `share`.
    func barRect(_ index: Int, of count: Int, frame: PlotFrame, share: Double) -> Rect {
        let center = frame.pageY(Double(count - 1 - index))
        let thickness = abs(frame.pageY(0) - frame.pageY(1)) * Self.barThickness
        let left = frame.pageX(0)
        return Rect(x: left, y: center - thickness / 2, width: max(frame.pageX(share) - left, 0), height: thickness)
    }

    /// A parameter's bar is filled with the plot's colour; the interactions bar is light grey with dark
    /// grey hatching, so it reads as "not one parameter" in print and to colour-blind readers.
    private func barNodes(_ bar: Bar, box: Rect) -> [SceneNode] {
        guard bar.isInteractions else { return [.path(Path(rect: box), fill: plot.color.sceneColor, stroke: nil)] }
        let hatchColor = Color(gray: 0.45)
        var hatch = Path()
        let step = theme.base * 0.45
        var x = box.minX - box.height
        while x < box.maxX {
            hatch.move(to: Point(x, box.maxY))
            hatch.line(to: Point(x + box.height, box.minY))
            x += step
        }
        return [
            .path(Path(rect: box), fill: Color(gray: 0.86), stroke: nil),
            .group(clip: box, [.path(hatch, fill: nil, stroke: Stroke(color: hatchColor, width: 0.7))]),
            .path(Path(rect: box), fill: nil, stroke: Stroke(color: hatchColor, width: 0.7))
        ]
    }

    /// A share as printed at a bar's end: one decimal, `<0.1%` for a share too small to show as 0.1.
    static func percent(_ share: Double) -> String {
        let value = share * 100
        if value > 0, value < 0.05 { return "<0.1%" }
        return String(format: "%.1f%%", value)
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(format: "%g", value)
    }
}
