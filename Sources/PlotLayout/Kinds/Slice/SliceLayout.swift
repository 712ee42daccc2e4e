import PlotSampling
import PlotScales
import PlotScene
import PlotSpec

/// Lays out a slice: the shown value against one parameter, one curve per held value (colours from a
/// qualitative palette, a legend when there are several), translucent ± 1 σ and ± 2 σ noise bands, the
/// sampled trials as grey points, and a dot on each curve's best point. The curves come evaluated
/// (`SampleTable.slice`); layout only maps them onto the frame.
struct SliceLayout: PlotKindLayout {
    let spec: FigureSpec
    let plot: SlicePlot
    let table: SampleTable
    let theme: Theme
    let text: TextPlacement
    /// Which axes carry tick labels and a title on a page of panels (a slice shares only its x axis: its
    /// value axis follows each panel's curves).
    var labelledX = true
    /// Whether the legend may move outside the frame when no corner is free. Not on a page of panels: the
    /// page sizes each panel's frame from a first layout, and a legend that moves out on the second would
    /// take the frame's width.
    var allowsOutsideLegend = true

    /// matplotlib's `tab10`, the qualitative palette readers know from it and Optuna.
    static let palette: [Color] = [
        0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf
    ].map(rgb)

    private static func rgb(_ hex: Int) -> Color {
        let channel = { (shift: Int) -> Double in Double((hex >> shift) & 0xff) / 255 }
        return Color(red: channel(16), green: channel(8), blue: channel(0))
    }

    /// Opacity of the ± 1 σ band; the ± 2 σ band is half as opaque, so where they overlap reads darker.
    static let bandOpacity = 0.22

    func layout(in region: PlotRegion) -> PlotArea {
        let curves = table.slice?.curves ?? []
        let xAxis = SharedAxes(labelsX: labelledX, labelsY: true)
            .x(AxisTicks.axis(for: spec.parameters[plot.x], options: plot.xAxis, length: region.cell.width * 0.7))
        let frameLayout = CartesianFrameLayout(theme: theme, text: text)
        let legend = LegendDrawing(theme: theme, text: text)
        func framed(headroom: Double, legendWidth: Double = 0) -> (PlotFrame, CartesianAxis) {
            let yAxis = valueAxis(curves: curves, length: region.cell.height * 0.7, headroom: headroom)
            let rect = frameLayout.frameRect(
                in: region.rect, x: xAxis, y: yAxis, rightExtent: theme.base * 0.2 + legendWidth)
            return (PlotFrame(rect: rect, x: xAxis.scale, y: yAxis.scale), yAxis)
        }
        var (frame, yAxis) = framed(headroom: 0)
        // The legend (the curves' entries, then the annotations') goes in the corner where it covers no
        // ink. When every corner covers some, the value axis makes room above the data, as one would with
        // `set_ylim` in matplotlib, but never past the value's own bound (an accuracy axis stops near 1);
        // when that is not enough, the legend moves outside the frame, right of its top.
        let entries = legendEntries(curves) + annotationDrawing(frame: frame, curves: curves).draw().legend
        var placement = SliceLegendPlacement.best(
            entries, in: frame.rect, ink: ink(curves, frame: frame), legend: legend)
        if placement.covered > 0, let height = placement.box?.height {
            let headroom = min((height + theme.base * 1.2) / frame.rect.height, headroomAllowed(curves))
            if headroom > 0.05 {
                (frame, yAxis) = framed(headroom: headroom)
                placement = SliceLegendPlacement.best(
                    entries, in: frame.rect, ink: ink(curves, frame: frame), legend: legend)
            }
            if placement.covered > 0, allowsOutsideLegend,
                let width = legend.box(entries, in: frame.rect, corner: .outsideRight)?.width
            {
                (frame, yAxis) = framed(headroom: 0, legendWidth: width + legend.outsideGap)
                placement = SliceLegendPlacement(
                    corner: .outsideRight, box: legend.box(entries, in: frame.rect, corner: .outsideRight), covered: 0)
            }
        }
        let corner = placement.corner
        let axes = AxisDrawing(theme: theme, text: text)

        var clipped = axes.gridLines(frame: frame, x: xAxis, y: yAxis)
        if plot.noiseBand {
            for (index, curve) in curves.enumerated() {
                for k in [2.0, 1.0] { clipped.append(band(curve, sigmas: k, color: color(index), frame: frame)) }
            }
        }
        let trialCenters = plot.points ? trialCenters(frame: frame) : []
        if plot.points { clipped.append(trialPoints(trialCenters)) }
        for (index, curve) in curves.enumerated() {
            let line = curve.x.indices.map { frame.point(curve.x[$0], curve.value[$0]) }
            clipped.append(.path(Path(polyline: line), fill: nil, stroke: curveStroke(index)))
        }
        var overlay: [SceneNode] = []
        if plot.optimum {
            for (index, curve) in curves.enumerated() {
                let best = frame.point(curve.x[curve.best], curve.value[curve.best])
                var drop = Path()
                drop.move(to: best)
                drop.line(to: Point(best.x, frame.rect.maxY))
                clipped.append(
                    .path(drop, fill: nil, stroke: Stroke(color: color(index).withAlpha(0.7), width: 0.8, dash: [3, 2]))
                )
                overlay.append(
                    .path(
                        Path(circleAt: best, radius: theme.base * 0.32), fill: color(index),
                        stroke: Stroke(color: .white, width: 1)))
            }
        }
        let annotations = annotationDrawing(frame: frame, curves: curves)
            .drawAround(legendCorner: corner, leading: legendEntries(curves))
        clipped += annotations.underlay
        overlay += annotations.overlay
        let content: [SceneNode] =
            [.group(clip: frame.rect, clipped)] + axes.decorations(frame: frame, x: xAxis, y: yAxis)
        let legendNodes = legend.nodes(legendEntries(curves) + annotations.legend, in: frame.rect, corner: corner)
        // Inside the frame the legend is clipped with the annotations; outside, it stands on its own.
        let outside = corner == .outsideRight
        return PlotArea(
            content: content,
            overlay: [.group(clip: frame.rect, overlay + (outside ? [] : legendNodes))] + (outside ? legendNodes : []),
            titleAnchor: frame.rect,
            obstacles: content.compactMap(\.extent) + (outside ? legendNodes.compactMap(\.extent) : []),
            frameMap: {
                FrameMap.slice(
                    frame: frame, x: plot.x, points: trialCenters,
                    curves: curves.map { curve in curve.x.indices.map { frame.point(curve.x[$0], curve.value[$0]) } })
            })
    }

    func color(_ index: Int) -> Color { Self.palette[index % Self.palette.count] }

    private func curveStroke(_ index: Int) -> Stroke {
        Stroke(color: color(index), width: 1.8, cap: .round, join: .round)
    }

    /// The value axis: the span of the curves (and of the bands and points when drawn), padded 5 %.
    /// `headroom` is the share of the axis kept free above the data (for a legend), 0 for none.
    func valueAxis(curves: [SliceCurves.Curve], length: Double, headroom: Double = 0) -> CartesianAxis {
        var low = Double.infinity
        var high = -Double.infinity
        for curve in curves {
            for i in curve.x.indices {
                let span =
                    plot.noiseBand
                    ? (table.slice?.band(curve, at: i, sigmas: 2, shown: plot.shown) ?? curve.value[i]...curve.value[i])
                    : curve.value[i]...curve.value[i]
                low = min(low, span.lowerBound)
                high = max(high, span.upperBound)
            }
        }
        if plot.points {
            for score in table.score {
                low = min(low, plot.shown.apply(score))
                high = max(high, plot.shown.apply(score))
            }
        }
        // A label or marker at a sample (argmax, true_argmax, {top: f}) stands at that sample's shown
        // value, which need not lie on any curve: the axis covers it too.
        for row in annotatedRows() {
            low = min(low, plot.shown.apply(table.score[row]))
            high = max(high, plot.shown.apply(table.score[row]))
        }
        if !low.isFinite || !high.isFinite { (low, high) = (0, 1) }
        if high - low < 1e-9 { (low, high) = (low - 0.5, high + 0.5) }
        let pad = (high - low) * 0.05
        let upper = low - pad + (high + pad - (low - pad)) / (1 - min(max(headroom, 0), 0.9))
        let scale = ContinuousScale(kind: .linear, lower: low - pad, upper: upper)
        let style = AxisTicks.labelStyle(plot.yAxis.tickFormat ?? .auto)
        let ticks = scale.ticks(targetCount: max(3, min(10, Int(length / 50))), labelStyle: style)
        let label = plot.yAxis.label ?? (plot.shown == .loss ? "Loss" : "Score")
        return CartesianAxis(scale: scale, ticks: ticks, label: label, grid: plot.yAxis.grid)
    }

    /// The rows the annotations stand on: each sample anchor's row, and every row a `{top: f}` median is
    /// taken over.
    private func annotatedRows() -> [Int] {
        let geometry = table.annotations
        return spec.annotations.flatMap { annotation in
            AnnotationGeometry.anchors(of: annotation.kind).flatMap { anchor -> [Int] in
                switch anchor {
                case .argmax: geometry.argmaxRow.map { [$0] } ?? []
                case .argmin: geometry.argminRow.map { [$0] } ?? []
                case .trueArgmax: geometry.trueArgmaxRow.map { [$0] } ?? []
                case .trueArgmin: geometry.trueArgminRow.map { [$0] } ?? []
                case .topMedian(let fraction): geometry.topRows[fraction] ?? []
                case .data: []
                }
            }
        }
    }

    /// The band `sigmas` σ either side of the curve, as one filled polygon.
    private func band(_ curve: SliceCurves.Curve, sigmas: Double, color: Color, frame: PlotFrame) -> SceneNode {
        let spans = curve.x.indices.map { table.slice?.band(curve, at: $0, sigmas: sigmas, shown: plot.shown) }
        let upper = curve.x.indices.map { frame.point(curve.x[$0], spans[$0]?.upperBound ?? curve.value[$0]) }
        let lower = curve.x.indices.reversed().map {
            frame.point(curve.x[$0], spans[$0]?.lowerBound ?? curve.value[$0])
        }
        let opacity = sigmas > 1 ? Self.bandOpacity / 2 : Self.bandOpacity
        return .path(Path(polyline: upper + lower, closed: true), fill: color.withAlpha(opacity), stroke: nil)
    }

    /// The sampled trials' shown values against x, small grey dots under the curves.
    /// Where each sample row's marker goes: at its x and shown value.
    private func trialCenters(frame: PlotFrame) -> [Point] {
        let xs = table.columns[plot.x]
        return (0..<table.count).map { frame.point(xs[$0], plot.shown.apply(table.score[$0])) }
    }

    private func trialPoints(_ centers: [Point]) -> SceneNode {
        let fill = Color(gray: 0.45, alpha: 0.45)
        return .markers(
            marker: Path(circleAt: Point(0, 0), radius: 1.6), centers: centers,
            fills: Array(repeating: fill, count: centers.count), stroke: nil)
    }

    /// One entry per curve when there are several (named by the held value), and the bands' two widths.
    func legendEntries(_ curves: [SliceCurves.Curve]) -> [LegendEntry] {
        var entries: [LegendEntry] = []
        if let series = plot.series, curves.count > 1 || plot.noiseBand {
            let parameter = spec.parameters[series.parameter]
            for (index, curve) in curves.enumerated() {
                guard let value = curve.heldValue else { continue }
                entries.append(
                    LegendEntry(
                        label: "\(parameter.label) = \(Self.name(value, of: parameter))",
                        symbol: .line(curveStroke(index))))
            }
        }
        if plot.noiseBand {
            entries.append(LegendEntry(label: "± 1 σ noise", symbol: .swatch(Color(gray: 0.62))))
            entries.append(LegendEntry(label: "± 2 σ noise", symbol: .swatch(Color(gray: 0.84))))
        }
        return entries
    }

    /// A held value as its legend shows it: the category's name, else the parameter's tick format.
    static func name(_ value: Double, of parameter: Parameter) -> String {
        if parameter.categories != nil, let name = parameter.categoryName(of: value) { return name }
        return formatTickValue(value, style: AxisTicks.labelStyle(parameter.tickFormat))
    }

    /// How much of the value axis may be kept free above the data for the legend: none past the shown
    /// value's bound (the clip's upper bound for a score, one minus its lower bound for a loss), and at
    /// most 45 % for an unbounded score.
    private func headroomAllowed(_ curves: [SliceCurves.Curve]) -> Double {
        guard let clip = spec.score.clip else { return 0.45 }
        let bound = plot.shown == .score ? clip.upperBound : 1 - clip.lowerBound
        let axis = valueAxis(curves: curves, length: 100).scale
        let span = axis.upper - axis.lower
        guard span > 0, bound > axis.upper else { return 0 }
        return min(0.45, (bound - axis.upper) / (bound - axis.lower))
    }

    /// The annotations, drawn in `frame`.
    private func annotationDrawing(frame: PlotFrame, curves: [SliceCurves.Curve]) -> AnnotationDrawing {
        AnnotationDrawing(
            spec: spec, table: table, theme: theme, text: text,
            space: SliceCoordinates(spec: spec, frame: frame, x: plot.x, curve: curves.first, theme: theme),
            shown: { plot.shown.apply(table.score[$0]) })
    }

    /// Where the plot puts ink a legend should not cover: every point of every curve, of its bands' edges
    /// when drawn, and the trials when drawn.
    private func ink(_ curves: [SliceCurves.Curve], frame: PlotFrame) -> [Point] {
        var points: [Point] = []
        for curve in curves {
            for i in curve.x.indices {
                points.append(frame.point(curve.x[i], curve.value[i]))
                if plot.noiseBand, let span = table.slice?.band(curve, at: i, sigmas: 2, shown: plot.shown) {
                    points.append(frame.point(curve.x[i], span.upperBound))
                    points.append(frame.point(curve.x[i], span.lowerBound))
                }
            }
        }
        if plot.points {
            let xs = table.columns[plot.x]
            points += (0..<table.count).map { frame.point(xs[$0], plot.shown.apply(table.score[$0])) }
        }
        return points
    }
}
