import PlotScales
import PlotScene
import PlotSampling
import PlotSpec

/// Lays out a heatmap: cells as one raster image stretched over the frame (cells are equal in the axis
/// scale, so the raster maps exactly), optional contour lines, axes, colour bar and annotations.
struct HeatmapLayout {
    let spec: FigureSpec
    let plot: HeatmapPlot
    let table: SampleTable
    let theme: Theme
    let text: TextPlacement

    func scene() -> Scene {
        let page = CartesianPage(figure: spec.figure, theme: theme, text: text)
        let colors = ColorScale(plot.color)
        let colorBar = plot.color.label == nil && plot.color.buckets.isEmpty ? nil
            : ColorBarDrawing(theme: theme, text: text, scale: colors)
        let xParameter = spec.parameters[plot.x], yParameter = spec.parameters[plot.y]
        let approxWidth = page.pageWidth * 0.7, approxHeight = page.pageHeight * 0.7
        let xAxis = AxisTicks.axis(for: xParameter, options: plot.xAxis, length: approxWidth)
        let yAxis = AxisTicks.axis(for: yParameter, options: plot.yAxis, length: approxHeight)
        let rightExtent = (colorBar?.extent ?? 0) + theme.base * 0.2
        let frame = PlotFrame(rect: page.frameRect(x: xAxis, y: yAxis, rightExtent: rightExtent),
                              x: xAxis.scale, y: yAxis.scale)

        var clipped: [SceneNode] = [.image(cells(colors), rect: frame.rect)]
        clipped += contours(frame: frame)
        let axes = AxisDrawing(theme: theme, text: text)
        clipped += axes.gridLines(frame: frame, x: xAxis, y: yAxis)
        let annotations = AnnotationDrawing(
            spec: spec, table: table, theme: theme, text: text, frame: frame, xParameter: plot.x,
            yParameter: plot.y, shown: { plot.shown.apply(table.score[$0]) }
        ).draw()
        clipped += annotations.underlay

        var nodes: [SceneNode] = [.group(clip: frame.rect, clipped)]
        nodes += axes.decorations(frame: frame, x: xAxis, y: yAxis)
        nodes += colorBar?.nodes(beside: frame.rect) ?? []
        nodes += page.titleNodes(over: frame.rect)
        nodes.append(.group(clip: frame.rect, annotations.overlay
            + LegendDrawing(theme: theme, text: text).nodes(annotations.legend, in: frame.rect)))
        return Scene(width: page.pageWidth, height: page.pageHeight, pixelScale: spec.figure.dpi / 72,
                     background: spec.figure.background.sceneColor, nodes: nodes)
    }

    /// Shown values on the (nx, ny) grid, x fastest, y from the bottom.
    private func field() -> (values: [Double], nx: Int, ny: Int) {
        guard let grid = table.grid,
              let xAxis = grid.axes.firstIndex(where: { $0.parameter == plot.x }),
              let yAxis = grid.axes.firstIndex(where: { $0.parameter == plot.y })
        else { return ([], 0, 0) }
        let nx = grid.axes[xAxis].count, ny = grid.axes[yAxis].count
        let xStride = xAxis == 0 ? 1 : grid.axes[0].count
        let yStride = yAxis == 0 ? 1 : grid.axes[0].count
        var values = [Double](repeating: 0, count: nx * ny)
        for j in 0..<ny {
            for i in 0..<nx {
                values[j * nx + i] = plot.shown.apply(table.score[i * xStride + j * yStride])
            }
        }
        return (values, nx, ny)
    }

    private func cells(_ colors: ColorScale) -> RasterImage {
        let (values, nx, ny) = field()
        var pixels = [UInt8](repeating: 255, count: nx * ny * 4)
        // A 256-entry lookup keeps colouring cheap for millions of cells.
        let lut: [RGB] = (0..<256).map { colors.rgb(plot.color.lower + (Double($0) + 0.5) / 256 * (plot.color.upper - plot.color.lower)) }
        for j in 0..<ny {
            let row = ny - 1 - j
            for i in 0..<nx {
                let t = colors.normalized(values[j * nx + i])
                let c = lut[min(255, max(0, Int(t * 256)))]
                let o = (row * nx + i) * 4
                pixels[o] = UInt8((c.r * 255).rounded())
                pixels[o + 1] = UInt8((c.g * 255).rounded())
                pixels[o + 2] = UInt8((c.b * 255).rounded())
            }
        }
        return RasterImage(width: nx, height: ny, pixels: pixels, smooth: false)
    }

    private func contours(frame: PlotFrame) -> [SceneNode] {
        guard !plot.contours.isEmpty else { return [] }
        let (values, nx, ny) = field()
        let stroke = Stroke(color: plot.contourColor.sceneColor.withAlpha(0.8), width: 0.9, join: .round)
        var nodes: [SceneNode] = []
        for level in plot.contours {
            let lines = MarchingSquares.polylines(MarchingSquares.segments(values, nx: nx, ny: ny, level: level))
            for line in lines where line.count > 1 {
                // Grid index i sits at the centre of cell i.
                let points = line.map { p in
                    Point(frame.rect.minX + (p.x + 0.5) / Double(nx) * frame.rect.width,
                          frame.rect.maxY - (p.y + 0.5) / Double(ny) * frame.rect.height)
                }
                nodes.append(.path(Path(polyline: points), fill: nil, stroke: stroke))
            }
        }
        return nodes
    }
}
