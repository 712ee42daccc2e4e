import PlotSampling
import PlotScales
import PlotScene
import PlotSpec

/// Lays out a 3-D surface plot: the grid slice as a shaded, depth-sorted mesh inside an axes box seen
/// from the spec's camera (see `Projection3D` for the angle conventions), with floor contours, a colour
/// bar, the title block and annotations.
///
/// The box is sized so that it and all its axis text fill the space left by the title and the colour
/// bar: the text's overhang past the projected box does not depend on the box's size, so measuring it
/// once and refitting converges in a couple of rounds.
struct SurfaceLayout: PlotKindLayout {
    let spec: FigureSpec
    let plot: SurfacePlot
    let table: SampleTable
    let theme: Theme
    let text: TextPlacement
    /// Whether the plot draws its own colour bar (not on a page whose panels share one).
    var drawsColorBar = true

    func layout(in region: PlotRegion) -> PlotArea {
        let colors = ColorScale(plot.color)
        let colorBar = drawsColorBar ? ColorBarDrawing.ifShown(theme: theme, text: text, scale: colors) : nil
        let field = GridField(
            table: table, x: plot.x, y: plot.y, shown: plot.shown, landscape: plot.landscape,
            estimateShown: plot.estimate?.shown ?? .mean)
        let projection = Projection3D(elevation: plot.elevation, azimuth: plot.azimuth)
        let mesh = SurfaceMesh(field: field, colors: colors, projection: projection)

        let r = region.rect
        let top = r.minY + theme.base * 0.3
        let area = Rect(
            x: r.minX + theme.pad, y: top, width: r.width - 2 * theme.pad - (colorBar?.extent ?? 0),
            height: r.maxY - top - theme.pad)
        let (fit, axes) = fitted(projection: projection, in: area)
        let front = axes.frontNodes()

        var content: [SceneNode] = axes.backNodes()
        content += mesh.floorContours(fit: fit, floorZ: axes.floorZ)
        content += mesh.nodes(fit: fit)
        content += front.nodes
        let box = fit.boxBounds
        let barHeight = min(area.height, max(box.height * 0.75, area.height * 0.5))
        let barRect = Rect(
            x: area.maxX, y: min(max(box.midY - barHeight / 2, area.minY), area.maxY - barHeight),
            width: 0, height: barHeight)
        let bars = colorBar.map { [ColorBarPlacement(drawing: $0, beside: barRect)] } ?? []
        let barText = bars.flatMap { $0.drawing.nodes(beside: $0.beside) }.compactMap(Self.textBounds)

        // Labels stay below the title block (their bounds start under it), so only axis text and the colour
        // bar are in their way.
        let obstacles =
            front.nodes.compactMap(Self.textBounds) + barText
            + (colorBar == nil
                ? []
                : [
                    Rect(
                        x: area.maxX, y: barRect.minY, width: r.maxX - area.maxX,
                        height: barHeight)
                ])
        let labelBounds = Rect(x: r.minX + theme.pad * 0.5, y: top, width: r.width - theme.pad, height: area.maxY - top)
        let space = ProjectedCoordinates(
            spec: spec, x: plot.x, y: plot.y, field: field, mesh: mesh, fit: fit,
            labelBounds: labelBounds)
        let annotations = AnnotationDrawing(
            spec: spec, table: table, theme: theme, text: text, space: space,
            shown: { plot.shown.apply(table.score[$0]) }, obstacles: obstacles
        ).draw()
        let overlay =
            annotations.underlay + annotations.overlay
            + LegendDrawing(theme: theme, text: text).nodes(annotations.legend, in: area, corner: .topLeft)
        return PlotArea(
            content: content, overlay: overlay, titleAnchor: box, colorBars: bars, colorBarSite: barRect,
            obstacles: (content + overlay).compactMap(\.extent) + bars.flatMap(\.obstacles),
            frameMap: { FrameMap.surface(mesh: mesh, fit: fit, table: table, x: plot.x, y: plot.y, spec: spec) })
    }

    /// The largest box whose axis text still fits in `area`.
    private func fitted(projection: Projection3D, in area: Rect) -> (ScreenFit, SurfaceAxes) {
        let start = area.insetBy(
            dx: min(theme.base * 4, area.width * 0.25), dy: min(theme.base * 3, area.height * 0.25))
        var fit = ScreenFit.fitting(projection, into: start)
        var axes = makeAxes(fit)
        for _ in 0..<3 {
            let box = fit.boxBounds
            let all = axes.frontNodes().runs.reduce(box) { $0.union($1.bounds) }
            let target = Rect(
                x: area.minX + (box.minX - all.minX), y: area.minY + (box.minY - all.minY),
                width: area.width - (box.minX - all.minX) - (all.maxX - box.maxX),
                height: area.height - (box.minY - all.minY) - (all.maxY - box.maxY))
            guard target.width > 10, target.height > 10 else { break }
            fit = ScreenFit.fitting(projection, into: target)
            axes = makeAxes(fit)
        }
        // Axis titles appear once their edge is long enough, which can push text out again: shrink
        // the box in small steps, recentred, until every label is inside the area.
        for _ in 0..<16 {
            let all = axes.frontNodes().runs.reduce(fit.boxBounds) { $0.union($1.bounds) }
            guard !area.contains(all) else { break }
            fit = ScreenFit(
                projection: projection, scale: fit.scale * 0.93,
                center: Point(fit.center.x + area.midX - all.midX, fit.center.y + area.midY - all.midY))
            axes = makeAxes(fit)
        }
        return (fit, axes)
    }

    private func makeAxes(_ fit: ScreenFit) -> SurfaceAxes {
        let xParameter = spec.parameters[plot.x]
        let yParameter = spec.parameters[plot.y]
        // Tick density follows each floor edge's length on the page; labels that still collide are
        // thinned by `SurfaceAxes`. (AxisTicks aims at one tick per 60 pt; slanted edges have room for more.)
        // Log axes get more room per page length so that every octave or decade is labelled.
        func edgeLength(_ a: Point3, _ b: Point3, log: Bool) -> Double {
            let p = fit.page(a)
            let q = fit.page(b)
            return ((q.x - p.x) * (q.x - p.x) + (q.y - p.y) * (q.y - p.y)).squareRoot() * (log ? 2.5 : 1.8)
        }
        let xAxis = AxisTicks.axis(
            for: xParameter, options: plot.xAxis,
            length: edgeLength(Point3(0, 0, 0), Point3(1, 0, 0), log: xParameter.scale.isLogarithmic))
        let yAxis = AxisTicks.axis(
            for: yParameter, options: plot.yAxis,
            length: edgeLength(Point3(0, 0, 0), Point3(0, 1, 0), log: yParameter.scale.isLogarithmic))
        let zScale = ContinuousScale(kind: .linear, lower: plot.color.lower, upper: plot.color.upper)
        let zTitle = plot.zAxis.label ?? plot.color.label ?? (plot.shown == .loss ? "Loss" : "Score")
        let zTicks = zScale.ticks(targetCount: 6, labelStyle: AxisTicks.labelStyle(plot.zAxis.tickFormat ?? .auto))
        let zAxis = CartesianAxis(scale: zScale, ticks: zTicks, label: zTitle, grid: true)
        return SurfaceAxes(theme: theme, text: text, fit: fit, x: .init(xAxis), y: .init(yAxis), z: .init(zAxis))
    }

    private static func textBounds(_ node: SceneNode) -> Rect? {
        if case .text(let run) = node { return run.bounds }
        return nil
    }
}
