import PlotConcurrency
import PlotSampling
import PlotScales
import PlotScene
import PlotSpec

/// Lays out a heatmap: cells as one raster image stretched over the frame (cells are equal in the axis
/// scale, so the raster maps exactly), optional labelled contour lines, axes, colour bar and annotations.
struct HeatmapLayout: PlotKindLayout {
    let spec: FigureSpec
    let plot: HeatmapPlot
    let table: SampleTable
    let theme: Theme
    let text: TextPlacement
    /// What the plot shares with its neighbours on a page of panels.
    var role = PanelRole.alone

    func layout(in region: PlotRegion) -> PlotArea {
        let colors = ColorScale(plot.color)
        let field = GridField(
            table: table, x: plot.x, y: plot.y, shown: plot.shown, landscape: plot.landscape,
            estimateShown: plot.estimate?.shown ?? .mean)
        let hasMissing = MissingCells.hatched(by: .heatmap(plot), table: table)
        var colorBar = role.drawsColorBar ? ColorBarDrawing.ifShown(theme: theme, text: text, scale: colors) : nil
        colorBar?.explainsMissing = hasMissing
        let xParameter = spec.parameters[plot.x]
        let yParameter = spec.parameters[plot.y]
        let approxWidth = region.cell.width * 0.7
        let approxHeight = region.cell.height * 0.7
        let xAxis = role.labelledAxes.x(AxisTicks.axis(for: xParameter, options: plot.xAxis, length: approxWidth))
        let yAxis = role.labelledAxes.y(AxisTicks.axis(for: yParameter, options: plot.yAxis, length: approxHeight))
        let rightExtent = (colorBar?.extent ?? 0) + theme.base * 0.2
        let frameRect = CartesianFrameLayout(theme: theme, text: text)
            .frameRect(in: region.rect, x: xAxis, y: yAxis, rightExtent: rightExtent)
        let frame = PlotFrame(
            rect: frameRect,
            x: xAxis.scale, y: yAxis.scale)

        let annotations = AnnotationDrawing(
            spec: spec, table: table, theme: theme, text: text,
            space: CartesianCoordinates(spec: spec, frame: frame, x: plot.x, y: plot.y, theme: theme),
            shown: { plot.shown.apply(table.score[$0]) }
        ).drawAround(legendCorner: .topRight)
        let legend = LegendDrawing(theme: theme, text: text).nodes(annotations.legend, in: frame.rect)
        // Contour labels keep clear of everything drawn over the data: boxes and text, the trials an
        // estimate shows, and the lines of arrows, curves and reference lines, which would otherwise run
        // through a label.
        let overlays = annotations.overlay + legend
        let trials =
            plot.drawsTrials
            ? TrialMarkers(table: table, x: plot.x, y: plot.y, direction: spec.sampling.direction) : nil
        let contours = contourNodes(
            field: field, frame: frame,
            avoiding: overlays.compactMap(Self.solidBounds) + (trials?.bounds(frame: frame) ?? []),
            crossing: (overlays + annotations.underlay).flatMap(Self.strokedSegments))

        // Missing cells are transparent in the raster, so the hatching under it shows through them.
        var clipped: [SceneNode] = hasMissing ? MissingCells(theme: theme).nodes(in: frame.rect) : []
        clipped.append(.image(cells(field, colors), rect: frame.rect))
        clipped += contours
        if let trials {
            clipped.append(
                trials.node(frame: frame, colors: colors, shown: plot.estimate?.shown == .std ? nil : plot.shown))
        }
        let axes = AxisDrawing(theme: theme, text: text)
        clipped += axes.gridLines(frame: frame, x: xAxis, y: yAxis)
        clipped += annotations.underlay

        let content: [SceneNode] =
            [.group(clip: frame.rect, clipped)]
            + axes.decorations(frame: frame, x: xAxis, y: yAxis)
        let bars = colorBar.map { [ColorBarPlacement(drawing: $0, beside: frame.rect)] } ?? []
        return PlotArea(
            content: content, overlay: [.group(clip: frame.rect, annotations.overlay + legend)],
            titleAnchor: frame.rect, colorBars: bars, colorBarSite: frame.rect,
            obstacles: content.compactMap(\.extent) + bars.flatMap(\.obstacles),
            frameMap: { FrameMap.heatmap(frame: frame, table: table, x: plot.x, y: plot.y) })
    }

    /// The page area of text and filled shapes (boxes, markers, arrow heads); unfilled strokes such as
    /// arrow shafts are thin enough for a label to sit beside.
    private static func solidBounds(_ node: SceneNode) -> Rect? {
        switch node {
        case .text(let run): run.bounds
        case .path(let path, let fill, _) where fill != nil: path.bounds
        default: nil
        }
    }

    /// The straight pieces of an unfilled stroked path (arrow shafts, curves, reference lines).
    private static func strokedSegments(_ node: SceneNode) -> [(Point, Point)] {
        guard case .path(let path, nil, _?) = node else { return [] }
        var segments: [(Point, Point)] = []
        var current: Point?
        for element in path.elements {
            switch element {
            case .move(let p): current = p
            case .line(let p), .curve(_, _, let p):
                if let c = current { segments.append((c, p)) }
                current = p
            case .close: break
            }
        }
        return segments
    }

    /// One RGBA pixel per cell, top row = highest y. Millions of cells go through a 256-entry lookup
    /// table, rows split across cores; each row writes only its own bytes, so the result is the same
    /// however the rows are scheduled.
    private func cells(_ field: GridField, _ colors: ColorScale) -> RasterImage {
        let nx = field.nx
        let ny = field.ny
        let lut = colors.table.flatMap { c in [c.r, c.g, c.b].map { UInt8(($0 * 255).rounded()) } }
        let lower = plot.color.lower
        let scale = 256 / (plot.color.upper - plot.color.lower)
        var pixels = [UInt8](repeating: 255, count: nx * ny * 4)
        let chunks = min(ny, 8)
        pixels.withUnsafeMutableBufferPointer { out in
            field.values.withUnsafeBufferPointer { values in
                lut.withUnsafeBufferPointer { table in
                    let shared = RasterBuffers(out: out, values: values, lut: table)
                    ParallelLoop.run(iterations: chunks, sharing: shared) { chunk, shared in
                        for j in (chunk * ny / chunks)..<((chunk + 1) * ny / chunks) {
                            shared.colorRow(j, nx: nx, ny: ny, lower: lower, scale: scale)
                        }
                    }
                }
            }
        }
        return RasterImage(width: nx, height: ny, pixels: pixels, smooth: false)
    }

    /// Contour polylines in the contour colour, cut open under their inline labels.
    private func contourNodes(
        field: GridField, frame: PlotFrame, avoiding: [Rect],
        crossing lines: [(Point, Point)]
    ) -> [SceneNode] {
        guard !plot.contours.isEmpty, !field.isEmpty else { return [] }
        let nx = Double(field.nx)
        let ny = Double(field.ny)
        let levels = plot.contours.map { level in
            let lines = MarchingSquares.polylines(
                MarchingSquares.segments(field.values, nx: field.nx, ny: field.ny, level: level))
            // Grid index i sits at the centre of cell i.
            return ContourLabeler.Level(
                value: level,
                lines: lines.filter { $0.count > 1 }.map { line in
                    line.map {
                        Point(
                            frame.rect.minX + ($0.x + 0.5) / nx * frame.rect.width,
                            frame.rect.maxY - ($0.y + 0.5) / ny * frame.rect.height)
                    }
                })
        }
        let color = plot.contourColor.sceneColor
        let labeled = ContourLabeler(
            text: text, font: theme.font(size: theme.base * 0.8), color: color, frame: frame.rect
        )
        .label(levels, avoiding: avoiding, crossing: lines)
        let stroke = Stroke(color: color.withAlpha(color.alpha * 0.8), width: 0.9, join: .round)
        return labeled.pieces.flatMap { $0 }.map { .path(Path(polyline: $0), fill: nil, stroke: stroke) }
            + labeled.runs.map(SceneNode.text)
    }
}

/// Raw views of the raster, the field and the colour table, shared by the row workers. Each worker
/// writes a disjoint range of rows, which is what `ParallelLoop.run` asks of its callers.
private struct RasterBuffers {
    let out: UnsafeMutableBufferPointer<UInt8>
    let values: UnsafeBufferPointer<Double>
    let lut: UnsafeBufferPointer<UInt8>

    /// Colours field row `j` (counted from the bottom) into raster row `ny − 1 − j`.
    func colorRow(_ j: Int, nx: Int, ny: Int, lower: Double, scale: Double) {
        var o = (ny - 1 - j) * nx * 4
        let row = j * nx
        for i in 0..<nx {
            let t = (values[row + i] - lower) * scale
            // A missing cell (NaN) is left transparent for the hatching under it; out-of-range values take
            // the nearest end of the table.
            if t.isNaN {
                out[o + 3] = 0
                o += 4
                continue
            }
            let k = Int(min(255, max(0, t)))
            out[o] = lut[k * 3]
            out[o + 1] = lut[k * 3 + 1]
            out[o + 2] = lut[k * 3 + 2]
            o += 4
        }
    }
}
