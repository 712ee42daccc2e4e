import PlotSampling
import PlotScene
import PlotSpec

/// A history's frame: trial numbers across, the shown value up. Neither axis is a parameter, so the only
/// anchors are trials (`argmax`, `argmin`, `true_argmax`, `true_argmin`), placed where their marker is;
/// lines, regions, curves and written points are refused by the decoder (`checkDrawnOnHistory`).
struct HistoryCoordinates: CoordinateSystem {
    let frame: PlotFrame
    let history: OptimizationHistory
    let shown: (Int) -> Double
    let theme: Theme

    var labelBounds: Rect { frame.rect }
    var labelPlacement: LabelPlacement { LabelPlacement(search: .column(margin: 3), lightArrowInk: theme.ink) }

    func point(_ anchor: AnchorPoint, axis: Int?, values: AnchorValues) -> Point {
        guard let row = values.row(for: anchor), row < history.trial.count else {
            return Point(frame.rect.midX, frame.rect.midY)
        }
        return frame.point(history.trial[row], shown(row))
    }

    func regionRects(_ region: RegionAnnotation) -> [Rect]? { nil }

    func linePath(_ line: ReferenceLine) -> Path? { nil }

    func curvePieces(_ curve: CurveAnnotation, trace: CurveTrace?) -> [[Point]]? { nil }
}
