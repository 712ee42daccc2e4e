import PlotSampling
import PlotScene
import PlotSpec

/// The trials an estimate comes from, drawn over a heatmap (`trials: true`): small circles with a white
/// rim, best trials on top, filled with the colour of their own score so a trial that disagrees with
/// its cell stands out, or dark when the heatmap shows a standard deviation (whose colours say nothing
/// about a score).
struct TrialMarkers {
    let table: SampleTable
    let x: Int
    let y: Int
    let direction: ScoreDirection

    /// Marker diameter in points.
    static let size = 4.2

    /// One markers node; `shown` is the value the fill encodes, nil for a plain dark fill.
    func node(frame: PlotFrame, colors: ColorScale, shown: ShownValue?) -> SceneNode {
        let order = table.worstFirst(direction)
        let px = PageMap(frame.x, from: frame.rect.minX, extent: frame.rect.width)
        let py = PageMap(frame.y, from: frame.rect.maxY, extent: -frame.rect.height)
        let xs = table.columns[x]
        let ys = table.columns[y]
        let centers = order.map { Point(px(xs[$0]), py(ys[$0])) }
        let fills = order.map { row in
            shown.map { colors.color($0.apply(table.score[row]), alpha: 1) } ?? Color(gray: 0.15)
        }
        let marker = Path(circleAt: Point(0, 0), radius: Self.size / 2)
        return .markers(
            marker: marker, centers: centers, fills: fills,
            stroke: Stroke(color: Color(gray: 1, alpha: 0.9), width: 0.6))
    }
}
