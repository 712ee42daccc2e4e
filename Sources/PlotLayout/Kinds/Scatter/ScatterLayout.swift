import PlotSampling
import PlotScales
import PlotScene
import PlotSpec

/// Lays out a trial scatter: one `markers` node (the renderer stamps a sprite, so a million points stay
/// cheap), best trials drawn last, axes in each parameter's own scale, colour bar, annotations, legend.
struct ScatterLayout: PlotKindLayout {
    let spec: FigureSpec
    let plot: ScatterPlot
    let table: SampleTable
    let theme: Theme
    let text: TextPlacement
    /// What the plot shares with its neighbours on a page of panels.
    var role = PanelRole.alone

    /// Fraction of each axis' scaled range added at both ends, so edge markers are not cut in half.
    static let axisPadding = 0.03

    func layout(in region: PlotRegion) -> PlotArea {
        let colors = ColorScale(plot.color)
        let colorBar = role.drawsColorBar ? ColorBarDrawing.ifShown(theme: theme, text: text, scale: colors) : nil
        let xAxis = role.labelledAxes.x(
            Self.paddedAxis(spec.parameters[plot.x], options: plot.xAxis, length: region.cell.width * 0.7))
        let yAxis = role.labelledAxes.y(
            Self.paddedAxis(spec.parameters[plot.y], options: plot.yAxis, length: region.cell.height * 0.7))
        let rightExtent = (colorBar?.extent ?? 0) + theme.base * 0.2
        let frameRect = CartesianFrameLayout(theme: theme, text: text)
            .frameRect(in: region.rect, x: xAxis, y: yAxis, rightExtent: rightExtent)
        let frame = PlotFrame(
            rect: frameRect,
            x: xAxis.scale, y: yAxis.scale)

        let axes = AxisDrawing(theme: theme, text: text)
        let marks = markers(frame: frame, colors: colors)
        let corner = ScatterLegendCorner.emptiest(frame: frame, points: marks.centers)
        let annotations = AnnotationDrawing(
            spec: spec, table: table, theme: theme, text: text,
            space: CartesianCoordinates(spec: spec, frame: frame, x: plot.x, y: plot.y, theme: theme),
            shown: { plot.shown.apply(table.score[$0]) }
        ).drawAround(legendCorner: corner)
        var clipped = axes.gridLines(frame: frame, x: xAxis, y: yAxis)
        clipped.append(marks.node)
        clipped += annotations.underlay

        let content: [SceneNode] =
            [.group(clip: frame.rect, clipped)]
            + axes.decorations(frame: frame, x: xAxis, y: yAxis)
        let bars = colorBar.map { [ColorBarPlacement(drawing: $0, beside: frame.rect)] } ?? []
        let legend = LegendDrawing(theme: theme, text: text)
        let overlay: [SceneNode] = [
            .group(
                clip: frame.rect,
                annotations.overlay
                    + legend.nodes(annotations.legend, in: frame.rect, corner: corner))
        ]
        return PlotArea(
            content: content, overlay: overlay, titleAnchor: frame.rect, colorBars: bars, colorBarSite: frame.rect,
            obstacles: content.compactMap(\.extent) + bars.flatMap(\.obstacles),
            frameMap: { FrameMap.scatter(frame: frame, table: table, x: plot.x, y: plot.y) })
    }

    /// An axis whose domain is the parameter's range widened by `axisPadding` in its own scale.
    static func paddedAxis(_ parameter: Parameter, options: AxisOptions, length: Double) -> CartesianAxis {
        let kind = parameter.scale
        let a = kind.forward(parameter.lower)
        let b = kind.forward(parameter.upper)
        let pad = (b - a) * axisPadding
        let widened = kind.inverse(a - pad)...kind.inverse(b + pad)
        let axis = AxisTicks.axis(for: parameter, options: options, length: length, domain: widened)
        // Ticks stay within the parameter's own range: a tick in the padding would suggest data there.
        let ticks = axis.ticks.filter {
            $0.value >= parameter.lower * (1 - 1e-9) && $0.value <= parameter.upper * (1 + 1e-9)
        }
        return CartesianAxis(scale: axis.scale, ticks: ticks, label: axis.label, grid: axis.grid)
    }

    /// Row indices, worst first, so the best trials land on top (best in the sampling's direction,
    /// whatever is shown).
    func drawOrder() -> [Int] { table.worstFirst(spec.sampling.direction) }

    /// All trials as one markers node: circles coloured by the shown value; also returns the centres.
    private func markers(frame: PlotFrame, colors: ColorScale) -> (node: SceneNode, centers: [Point]) {
        let order = drawOrder()
        let xs = table.columns[plot.x]
        let ys = table.columns[plot.y]
        let x = PageMap(frame.x, from: frame.rect.minX, extent: frame.rect.width)
        let y = PageMap(frame.y, from: frame.rect.maxY, extent: -frame.rect.height)
        // Colours come from the scale's 256-entry table: a million colormap look-ups would dominate otherwise.
        let lut = colors.tableColors(alpha: plot.opacity)
        var centers: [Point] = []
        var fills: [Color] = []
        centers.reserveCapacity(order.count)
        fills.reserveCapacity(order.count)
        for row in order {
            centers.append(Point(x(xs[row]), y(ys[row])))
            let value = plot.shown.apply(table.score[row])
            fills.append(
                plot.color.buckets.isEmpty
                    ? lut[Int(min(max(colors.normalized(value) * 256, 0), 255))]
                    : colors.color(value, alpha: plot.opacity))
        }
        let edge = plot.edgeColor.map { Stroke(color: $0.sceneColor.withAlpha($0.alpha * plot.opacity), width: 0.5) }
        let marker = Path(circleAt: Point(0, 0), radius: plot.markerSize / 2)
        return (.markers(marker: marker, centers: centers, fills: fills, stroke: edge), centers)
    }
}
