import PlotScales
import PlotScene
import PlotSpec

/// Chooses ticks for a parameter axis from the spec's format settings.
enum AxisTicks {
    /// `domain` widens the axis beyond the parameter's range (scatter plots pad theirs).
    static func axis(
        for parameter: Parameter, options: AxisOptions, length: Double,
        domain: ClosedRange<Double>? = nil
    ) -> CartesianAxis {
        let scale =
            domain.map { ContinuousScale(kind: parameter.scale, lower: $0.lowerBound, upper: $0.upperBound) }
            ?? parameter.continuousScale
        let style = labelStyle(options.tickFormat ?? parameter.tickFormat)
        let target = max(3, min(10, Int(length / 60)))
        var ticks = scale.ticks(targetCount: target, labelStyle: style, integerOnly: parameter.integer)
        if let categories = parameter.categories {
            // One tick per category at its index, labelled with its name; crowded labels are thinned later.
            ticks = categories.enumerated().map { Tick(value: Double($0.offset), label: $0.element, isMajor: true) }
        } else if let values = parameter.values, values.count <= 12 {
            ticks = values.map { Tick(value: $0, label: formatTickValue($0, style: style), isMajor: true) }
        }
        return CartesianAxis(scale: scale, ticks: ticks, label: options.label ?? parameter.label, grid: options.grid)
    }

    static func labelStyle(_ format: TickFormat) -> TickLabelStyle {
        switch format {
        case .auto: .auto
        case .plain: .plain
        case .scientific: .scientific
        case .power: .power
        case .percent: .percent
        case .pattern(let p): .format(p)
        }
    }
}

/// Draws the bottom and left axes of a frame: spines, ticks, tick labels, axis labels, grid lines.
struct AxisDrawing {
    let theme: Theme
    let text: TextPlacement

    /// Width needed left of the frame for the y tick labels, ticks and the rotated axis label.
    func leftExtent(_ axis: CartesianAxis) -> Double {
        let widest =
            axis.labelledTicks.compactMap { $0.label }.map { text.size($0, font: theme.tickFont).width }.max() ?? 0
        let labelHeight =
            axis.label.isEmpty ? 0 : text.size(axis.label, font: theme.axisLabelFont).height + theme.gap * 2
        return theme.majorTickLength + theme.gap + widest + labelHeight
    }

    /// Height needed under the frame for x tick labels, ticks and the axis label.
    func bottomExtent(_ axis: CartesianAxis) -> Double {
        let tickHeight = text.size("0", font: theme.tickFont).height
        let labelHeight =
            axis.label.isEmpty ? 0 : text.size(axis.label, font: theme.axisLabelFont).height + theme.gap * 2
        return theme.majorTickLength + theme.gap + tickHeight + labelHeight
    }

    /// How far the first and last x tick labels reach past the frame's left and right edges.
    func horizontalOverhang(_ axis: CartesianAxis, frameWidth: Double) -> (left: Double, right: Double) {
        var left = 0.0
        var right = 0.0
        for tick in axis.labelledTicks {
            guard let label = tick.label else { continue }
            let half = text.size(label, font: theme.tickFont).width / 2
            let position = axis.scale.normalize(tick.value) * frameWidth
            left = max(left, half - position)
            right = max(right, position + half - frameWidth)
        }
        return (left, right)
    }

    func gridLines(frame: PlotFrame, x: CartesianAxis, y: CartesianAxis) -> [SceneNode] {
        var nodes: [SceneNode] = []
        if x.grid {
            for tick in x.ticks where tick.isMajor {
                let px = frame.pageX(tick.value)
                nodes.append(
                    .path(
                        Path(polyline: [Point(px, frame.rect.minY), Point(px, frame.rect.maxY)]),
                        fill: nil, stroke: theme.gridLine))
            }
        }
        if y.grid {
            for tick in y.ticks where tick.isMajor {
                let py = frame.pageY(tick.value)
                nodes.append(
                    .path(
                        Path(polyline: [Point(frame.rect.minX, py), Point(frame.rect.maxX, py)]),
                        fill: nil, stroke: theme.gridLine))
            }
        }
        return nodes
    }

    /// Spines, ticks and labels. Tick labels that would collide are thinned, keeping every other one.
    func decorations(frame: PlotFrame, x: CartesianAxis, y: CartesianAxis) -> [SceneNode] {
        var nodes: [SceneNode] = [.path(Path(rect: frame.rect), fill: nil, stroke: theme.spine)]
        let r = frame.rect
        var xRuns: [TextRun] = []
        for tick in x.ticks {
            let px = frame.pageX(tick.value)
            guard px >= r.minX - 0.5, px <= r.maxX + 0.5 else { continue }
            let length = tick.isMajor ? theme.majorTickLength : theme.minorTickLength
            nodes.append(
                .path(
                    Path(polyline: [Point(px, r.maxY), Point(px, r.maxY + length)]), fill: nil,
                    stroke: tick.isMajor ? theme.tickStroke : theme.minorTickStroke))
            if tick.isMajor, let label = tick.label {
                xRuns.append(
                    text.run(
                        label, font: theme.tickFont, color: theme.ink,
                        at: Point(px, r.maxY + theme.majorTickLength + theme.gap),
                        anchor: TextAnchor(.center, .top)))
            }
        }
        var yRuns: [TextRun] = []
        for tick in y.ticks {
            let py = frame.pageY(tick.value)
            guard py >= r.minY - 0.5, py <= r.maxY + 0.5 else { continue }
            let length = tick.isMajor ? theme.majorTickLength : theme.minorTickLength
            nodes.append(
                .path(
                    Path(polyline: [Point(r.minX, py), Point(r.minX - length, py)]), fill: nil,
                    stroke: tick.isMajor ? theme.tickStroke : theme.minorTickStroke))
            if tick.isMajor, let label = tick.label {
                yRuns.append(
                    text.run(
                        label, font: theme.tickFont, color: theme.ink,
                        at: Point(r.minX - theme.majorTickLength - theme.gap, py),
                        anchor: TextAnchor(.right, .middle)))
            }
        }
        nodes += Self.thinned(xRuns, minimumGap: theme.base * 0.6).map(SceneNode.text)
        nodes += Self.thinned(yRuns, minimumGap: theme.base * 0.15).map(SceneNode.text)

        let tickLabelDepth = text.size("0", font: theme.tickFont).height
        let fit = TextWrapper(text: text)
        // Axis labels may not outgrow their side of the frame; a smaller font, else no label, beats
        // text running into the title or the neighbouring axis.
        if !x.label.isEmpty, let font = fit.shrunk(x.label, font: theme.axisLabelFont, maxWidth: r.width) {
            let top = r.maxY + theme.majorTickLength + theme.gap + tickLabelDepth + theme.gap * 1.5
            nodes.append(
                .text(
                    text.run(
                        x.label, font: font, color: theme.ink,
                        at: Point(r.midX, top), anchor: TextAnchor(.center, .top))))
        }
        if !y.label.isEmpty, let font = fit.shrunk(y.label, font: theme.axisLabelFont, maxWidth: r.height) {
            let widest = yRuns.map(\.bounds.width).max() ?? 0
            let right = r.minX - theme.majorTickLength - theme.gap - widest - theme.gap * 1.5
            nodes.append(
                .text(
                    text.run(
                        y.label, font: font, color: theme.ink,
                        at: Point(right, r.midY), anchor: TextAnchor(.center, .bottom),
                        rotation: -Double.pi / 2)))
        }
        return nodes
    }

    /// Drops every other label until neighbours no longer touch (runs must be in axis order).
    static func thinned(_ runs: [TextRun], minimumGap: Double) -> [TextRun] {
        var kept = runs
        var stride = 1
        while stride < runs.count, collides(kept, minimumGap: minimumGap) {
            stride *= 2
            kept = runs.enumerated().filter { $0.offset % stride == 0 }.map(\.element)
        }
        return kept
    }

    private static func collides(_ runs: [TextRun], minimumGap: Double) -> Bool {
        zip(runs, runs.dropFirst()).contains { a, b in
            a.bounds.insetBy(dx: -minimumGap / 2, dy: -minimumGap / 2).intersects(b.bounds)
        }
    }
}

extension Rect {
    var midX: Double { x + width / 2 }
    var midY: Double { y + height / 2 }
}
