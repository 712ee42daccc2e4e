import PlotSampling
import PlotScales
import PlotScene
import PlotSpec

/// Lays out an optimisation history (Optuna's `plot_optimization_history`): every trial as a marker at
/// (trial number, shown value), the best value so far as a step line over them, a legend in the top corner
/// that covers the least ink, with room kept above the data for it, and annotations at trials. The run order
/// and the running best come computed (`SampleTable.history`); layout only maps them onto the frame.
struct HistoryLayout: PlotKindLayout {
    let spec: FigureSpec
    let plot: HistoryPlot
    let table: SampleTable
    let theme: Theme
    let text: TextPlacement
    /// Which axes carry tick labels and a title on a page of panels.
    var labelledAxes = SharedAxes.both
    /// The ranges the page's history panels share; nil for the plot's own.
    var shared: HistoryRanges?

    func layout(in region: PlotRegion) -> PlotArea {
        let history = self.history
        let ranges = shared ?? HistoryRanges(spec: spec, plot: plot, table: table)
        let trials = ranges?.trials ?? 0...1
        let values = ranges?.values ?? 0...1
        let xAxis = labelledAxes.x(trialAxis(trials, length: region.cell.width * 0.7))
        let frameLayout = CartesianFrameLayout(theme: theme, text: text)
        func framed(headroom: Double) -> (PlotFrame, CartesianAxis) {
            let yAxis = labelledAxes.y(valueAxis(values, length: region.cell.height * 0.7, headroom: headroom))
            let rect = frameLayout.frameRect(in: region.rect, x: xAxis, y: yAxis, rightExtent: theme.base * 0.2)
            return (PlotFrame(rect: rect, x: xAxis.scale, y: yAxis.scale), yAxis)
        }
        var (frame, yAxis) = framed(headroom: 0)
        // The legend stands above the data: the value axis keeps room for it (as `set_ylim` would in
        // matplotlib), sized for the page's tallest history legend so shared axes stay one axis.
        let legend = LegendDrawing(theme: theme, text: text)
        let entries = legendEntries + annotationDrawing(frame: frame, history: history).draw().legend
        let rows = max(entries.count, ranges?.legendRows ?? 0)
        let measured = entries + Array(repeating: entries.last ?? legendEntries[0], count: rows - entries.count)
        if let box = legend.box(measured, in: frame.rect, corner: .topRight) {
            (frame, yAxis) = framed(
                headroom: min(0.5, (box.maxY - frame.rect.minY + theme.base * 0.4) / frame.rect.height))
        }
        let centers = table.score.indices.map { frame.point(history.trial[$0], shown($0)) }
        let step = bestLine(history, frame: frame)
        let corner =
            SliceLegendPlacement.best(
                entries, in: frame.rect, ink: centers + Self.densified(step, spacing: 3), legend: legend,
                corners: [.topRight, .topLeft, .bottomRight, .bottomLeft]
            ).corner

        let axes = AxisDrawing(theme: theme, text: text)
        var clipped = axes.gridLines(frame: frame, x: xAxis, y: yAxis)
        clipped.append(markers(centers, order: history.runOrder))
        clipped.append(
            .path(
                Path(polyline: step), fill: nil,
                stroke: Stroke(color: plot.bestColor.sceneColor, width: plot.lineWidth, cap: .round, join: .round)))
        let annotations = annotationDrawing(frame: frame, history: history)
            .drawAround(legendCorner: corner, leading: legendEntries)
        clipped += annotations.underlay
        let content: [SceneNode] =
            [.group(clip: frame.rect, clipped)] + axes.decorations(frame: frame, x: xAxis, y: yAxis)
        let legendNodes = legend.nodes(legendEntries + annotations.legend, in: frame.rect, corner: corner)
        return PlotArea(
            content: content, overlay: [.group(clip: frame.rect, annotations.overlay + legendNodes)],
            titleAnchor: frame.rect, obstacles: content.compactMap(\.extent),
            frameMap: { FrameMap.history(rect: frame.rect, points: centers) })
    }

    /// The run order and running best: the evaluated ones, else computed here (a table built by hand).
    var history: OptimizationHistory {
        table.history ?? OptimizationHistory(table: table, sampling: spec.sampling)
    }

    /// Row `row`'s shown value (the score, or the loss).
    func shown(_ row: Int) -> Double { plot.shown.apply(table.score[row]) }

    /// The trials' key and the best line's.
    var legendEntries: [LegendEntry] {
        [
            LegendEntry(
                label: "Trial",
                symbol: .dot(markerFill, diameter: max(plot.markerSize, theme.base * 0.5), outline: markerEdge)),
            LegendEntry(label: "Best so far", symbol: .line(bestStroke))
        ]
    }

    private var bestStroke: Stroke {
        Stroke(color: plot.bestColor.sceneColor, width: plot.lineWidth, cap: .round, join: .round)
    }

    /// The trial axis: whole trial numbers, padded half a trial (or 2 %) at each end so the first and
    /// last markers are not cut.
    func trialAxis(_ trials: ClosedRange<Double>, length: Double) -> CartesianAxis {
        let pad = max(0.5, (trials.upperBound - trials.lowerBound) * 0.02)
        let scale = ContinuousScale(kind: .linear, lower: trials.lowerBound - pad, upper: trials.upperBound + pad)
        let style = AxisTicks.labelStyle(plot.xAxis.tickFormat ?? .auto)
        let ticks = scale.ticks(targetCount: max(3, min(10, Int(length / 60))), labelStyle: style, integerOnly: true)
            .filter { $0.value >= trials.lowerBound - 1e-9 && $0.value <= trials.upperBound + 1e-9 }
        return CartesianAxis(scale: scale, ticks: ticks, label: plot.xAxis.label ?? "Trial", grid: plot.xAxis.grid)
    }

    /// The value axis: the shown values padded 5 % in the axis' scale, with `headroom` of the axis kept
    /// free above them. A log axis whose values are not all positive (only possible when a page unions it
    /// with a linear panel's range; evaluation refuses it otherwise) is drawn linear.
    func valueAxis(_ values: ClosedRange<Double>, length: Double, headroom: Double) -> CartesianAxis {
        let kind = values.lowerBound > 0 ? plot.valueScale : .linear
        var (low, high) = (kind.forward(values.lowerBound), kind.forward(values.upperBound))
        if high - low < 1e-9 { (low, high) = (low - 0.5, high + 0.5) }
        let pad = (high - low) * 0.05
        let upper = low - pad + (high - low + 2 * pad) / (1 - min(max(headroom, 0), 0.9))
        let scale = ContinuousScale(kind: kind, lower: kind.inverse(low - pad), upper: kind.inverse(upper))
        let style = AxisTicks.labelStyle(plot.yAxis.tickFormat ?? .auto)
        // Ticks only where there are values: none in the legend's room.
        let ticks = scale.ticks(targetCount: max(3, min(10, Int(length / 50))), labelStyle: style)
            .filter { kind.forward($0.value) <= high + pad + 1e-9 }
        let label = plot.yAxis.label ?? (plot.shown == .loss ? "Loss" : "Score")
        return CartesianAxis(scale: scale, ticks: ticks, label: label, grid: plot.yAxis.grid)
    }

    /// The best-so-far step line: flat from each improvement to the next trial that beats it, then up (or
    /// down) to the new best, and flat to the last trial.
    func bestLine(_ history: OptimizationHistory, frame: PlotFrame) -> [Point] {
        var points: [Point] = []
        var previous: Double?
        for row in history.improvements {
            let best = plot.shown.apply(history.bestSoFar[row])
            if let previous { points.append(frame.point(history.trial[row], previous)) }
            points.append(frame.point(history.trial[row], best))
            previous = best
        }
        if let last = history.runOrder.last, let previous {
            points.append(frame.point(history.trial[last], previous))
        }
        return points
    }

    /// All trials as one markers node, in run order (later trials on top, as they were run).
    private func markers(_ centers: [Point], order: [Int]) -> SceneNode {
        .markers(
            marker: Path(circleAt: Point(0, 0), radius: plot.markerSize / 2), centers: order.map { centers[$0] },
            fills: Array(repeating: markerFill, count: order.count), stroke: markerEdge)
    }

    private var markerFill: Color { plot.pointColor.sceneColor.withAlpha(plot.pointColor.alpha * plot.opacity) }

    private var markerEdge: Stroke? {
        plot.edgeColor.map { Stroke(color: $0.sceneColor.withAlpha($0.alpha * plot.opacity), width: 0.5) }
    }

    /// Points every `spacing` along a polyline, so a legend box over a long flat stretch counts as covering it.
    static func densified(_ line: [Point], spacing: Double) -> [Point] {
        guard var previous = line.first else { return [] }
        var points = [previous]
        for point in line.dropFirst() {
            let length =
                ((point.x - previous.x) * (point.x - previous.x) + (point.y - previous.y) * (point.y - previous.y))
                .squareRoot()
            let steps = max(1, Int(min(length / spacing, 10_000)))
            for k in 1...steps {
                let t = Double(k) / Double(steps)
                points.append(Point(previous.x + (point.x - previous.x) * t, previous.y + (point.y - previous.y) * t))
            }
            previous = point
        }
        return points
    }

    private func annotationDrawing(frame: PlotFrame, history: OptimizationHistory) -> AnnotationDrawing {
        AnnotationDrawing(
            spec: spec, table: table, theme: theme, text: text,
            space: HistoryCoordinates(frame: frame, history: history, shown: shown, theme: theme), shown: shown)
    }
}
