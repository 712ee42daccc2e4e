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

    /// Width of the white rim.
    static let rim = 0.6

    /// The rows in drawing order (best on top) and where each marker's centre goes.
    private func placed(frame: PlotFrame) -> (order: [Int], centers: [Point]) {
        let order = table.worstFirst(direction)
        let px = PageMap(frame.x, from: frame.rect.minX, extent: frame.rect.width)
        let py = PageMap(frame.y, from: frame.rect.maxY, extent: -frame.rect.height)
        let xs = table.columns[x]
        let ys = table.columns[y]
        return (order, order.map { Point(px(xs[$0]), py(ys[$0])) })
    }

    /// The page area of every marker, rim included: what contour labels keep clear of.
    func bounds(frame: PlotFrame) -> [Rect] {
        let extent = Self.size + Self.rim
        return placed(frame: frame).centers.map {
            Rect(x: $0.x - extent / 2, y: $0.y - extent / 2, width: extent, height: extent)
        }
    }

    /// One markers node; `shown` is the value the fill encodes, nil for a plain dark fill.
    func node(frame: PlotFrame, colors: ColorScale, shown: ShownValue?) -> SceneNode {
        let (order, centers) = placed(frame: frame)
        let fills = order.map { row in
            shown.map { colors.color($0.apply(table.score[row]), alpha: 1) } ?? Color(gray: 0.15)
        }
        let marker = Path(circleAt: Point(0, 0), radius: Self.size / 2)
        return .markers(
            marker: marker, centers: centers, fills: fills,
            stroke: Stroke(color: Color(gray: 1, alpha: 0.9), width: Self.rim))
    }
}
