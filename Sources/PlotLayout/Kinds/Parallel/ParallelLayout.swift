import PlotSampling
import PlotScales
import PlotScene
import PlotSpec

/// Lays out parallel coordinates: one vertical axis per plotted parameter plus the shown value, one
/// polyline per trial coloured by bucket (or colormap), best trials on top, a legend (or colour bar) on
/// the right and the annotations on the axes.
///
/// The lines are one `polylines` node in page points; whether they become strokes or a raster is the
/// renderer's choice per output format (`PolylineTechnique` in PlotRender).
struct ParallelLayout: PlotKindLayout {
    let spec: FigureSpec
    let plot: ParallelPlot
    let table: SampleTable
    let theme: Theme
    let text: TextPlacement

    func layout(in region: PlotRegion) -> PlotArea {
        let r = region.rect
        let cell = region.cell
        let colors = ColorScale(plot.color)
        let side = ParallelSidePanel(theme: theme, text: text, colors: colors)
        let drawing = ParallelAxisDrawing(theme: theme, text: text)
        let models = axisModels(length: cell.height * 0.6)
        let (geometry, titles) = place(models, region: r, drawing: drawing, rightExtent: side.extent)
        let order = drawOrder()

        var nodes: [SceneNode] = [.polylines(lines(geometry, order: order, colors: colors))]
        // Axis text gives way to the side panel and the region's edge when it is too narrow for both.
        let panelArea = side.nodes(
            right: r.maxX - theme.pad, top: geometry.rect.minY, bottom: r.maxY - theme.pad,
            plotRect: geometry.rect,
            extra: []
        ).compactMap(\.extent).reduce(nil) { $0?.union($1) ?? $1 }
        let axes = drawing.nodes(
            geometry, axes: models, titles: titles,
            keepOut: panelArea.map { [$0] } ?? [],
            page: cell)
        let annotations = AnnotationDrawing(
            spec: spec, table: table, theme: theme, text: text,
            space: ParallelCoordinates(geometry: geometry, theme: theme),
            shown: { plot.shown.apply(table.score[$0]) }, obstacles: axes.textBoxes
        ).draw()
        nodes += annotations.underlay
        nodes += axes.nodes
        nodes += annotations.overlay
        nodes += side.nodes(
            right: r.maxX - theme.pad, top: geometry.rect.minY,
            bottom: r.maxY - theme.pad, plotRect: geometry.rect, extra: annotations.legend)
        let span = Rect(
            x: geometry.slots[0].x, y: geometry.rect.minY,
            width: geometry.slots[geometry.valueSlot].x - geometry.slots[0].x, height: geometry.rect.height)
        return PlotArea(
            content: nodes, titleAnchor: span, obstacles: [geometry.rect] + nodes.compactMap(\.extent),
            frameMap: {
                FrameMap.parallel(
                    rect: geometry.rect, slots: geometry.slots.map(\.x),
                    lines: (0..<table.count).map { row in
                        geometry.slots.enumerated().map { k, slot in geometry.y(k, value(slot, row: row)) }
                    })
            })
    }

    /// The plotted parameters in spec order, then the shown value over the colour range.
    func axisModels(length: Double) -> [ParallelAxisModel] {
        var models = plot.axes.map { index in
            let axis = AxisTicks.axis(for: spec.parameters[index], options: .automatic, length: length)
            return ParallelAxisModel(parameter: index, scale: axis.scale, ticks: axis.ticks, title: axis.label)
        }
        let scale = ContinuousScale(kind: .linear, lower: plot.color.lower, upper: plot.color.upper)
        let title = plot.color.label ?? (plot.shown == .loss ? "Loss" : "Score")
        models.append(ParallelAxisModel(parameter: nil, scale: scale, ticks: scale.ticks(targetCount: 6), title: title))
        return models
    }

    /// Axis positions: the first axis leaves room for its tick labels and half its title; the rest are
    /// evenly spaced up to the side panel. Titles are wrapped to the spacing, which may change the margins,
    /// so the placement runs twice; on a narrow page they alternate between two rows.
    private func place(
        _ models: [ParallelAxisModel], region: Rect, drawing: ParallelAxisDrawing,
        rightExtent: Double
    ) -> (ParallelGeometry, [ParallelTitle]) {
        let tickHalf = text.size("0", font: theme.tickFont).height / 2
        let top = region.minY + theme.base * 0.4 + tickHalf
        let right = region.maxX - theme.pad - rightExtent
        var spacing = (right - region.minX - theme.pad * 4) / Double(max(1, models.count - 1))
        var rows = ParallelTitleRows(models.map(\.title), spacing: spacing, drawing: drawing)
        var left = region.minX + theme.pad
        for _ in 0..<3 {
            let firstTitle = drawing.titleBox(rows.titles[0]).width
            let lastTitle = drawing.titleBox(rows.titles[models.count - 1]).width
            left = region.minX + theme.pad + max(drawing.labelRoom(models[0]), firstTitle / 2)
            let last = right - lastTitle / 2
            spacing = max(10, (last - left) / Double(max(1, models.count - 1)))
            rows = ParallelTitleRows(models.map(\.title), spacing: spacing, drawing: drawing)
        }
        let bottom = region.maxY - theme.pad - rows.height - theme.gap * 2.5
        let titles = rows.titles
        let rect = Rect(x: left, y: top, width: spacing * Double(models.count - 1), height: max(10, bottom - top))
        let slots = models.enumerated().map { k, model in
            ParallelGeometry.Slot(parameter: model.parameter, scale: model.scale, x: left + spacing * Double(k))
        }
        return (ParallelGeometry(rect: rect, slots: slots), titles)
    }

    /// Row indices, worst first, so the best trials are drawn on top (best in the sampling's direction).
    func drawOrder() -> [Int] { table.worstFirst(spec.sampling.direction) }

    /// A trial's value on a slot: its parameter value, or the shown value on the last axis.
    private func value(_ slot: ParallelGeometry.Slot, row: Int) -> Double {
        slot.parameter.map { table.columns[$0][row] } ?? plot.shown.apply(table.score[row])
    }

    /// One polyline per trial in drawing order, coloured by its shown value at the plot's opacity.
    private func lines(_ geometry: ParallelGeometry, order: [Int], colors: ColorScale) -> Polylines {
        let lines = order.map { row in
            let points = geometry.slots.enumerated().map { k, slot in
                Point(slot.x, geometry.y(k, value(slot, row: row)))
            }
            let color = colors.color(plot.shown.apply(table.score[row]), alpha: plot.opacity)
            return Polylines.Line(points: points, color: color)
        }
        return Polylines(lines: lines, width: plot.lineWidth, cap: .round, join: .round)
    }
}
