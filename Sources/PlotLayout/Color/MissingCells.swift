import PlotSampling
import PlotScene
import PlotSpec

/// How a missing estimate cell looks (too few trials, or too far from every trial): not a colour of the
/// colormap but a light grey with thin diagonal hatching, drawn under the cell raster (whose missing
/// pixels are transparent) and repeated as the "no data" swatch under the colour bar, as matplotlib
/// marks bad values apart from the colormap.
struct MissingCells {
    let theme: Theme

    /// The words beside the colour bar's swatch.
    static let label = "no data"

    var fill: Color { Color(gray: 0.9) }
    var hatch: Stroke { Stroke(color: Color(gray: 0.62), width: 0.5) }

    /// Whether `plot` draws hatched missing cells from `table`: a heatmap whose estimate has missing cells
    /// in the value it shows (a surface leaves its missing quads out instead).
    static func hatched(by plot: Plot, table: SampleTable) -> Bool {
        guard case .heatmap(let heatmap) = plot, let estimate = heatmap.estimate, let grid = table.estimate else {
            return false
        }
        return grid.hasMissing(estimate.shown)
    }

    /// The grey fill and hatching of `rect`, clipped to it.
    func nodes(in rect: Rect) -> [SceneNode] {
        let spacing = theme.base * 0.45
        var lines: [SceneNode] = []
        // Lines at 45° from the bottom-left corner's diagonal family, spaced evenly across the rect.
        var offset = -rect.height
        while offset < rect.width {
            let start = Point(rect.minX + offset, rect.maxY)
            let end = Point(rect.minX + offset + rect.height, rect.minY)
            lines.append(.path(Path(polyline: [start, end]), fill: nil, stroke: hatch))
            offset += spacing
        }
        return [.group(clip: rect, [.path(Path(rect: rect), fill: fill, stroke: nil)] + lines)]
    }
}
