import PlotSampling
import PlotScene
import PlotSpec

/// A slice's frame: one parameter across, the shown value up. Unlike `CartesianCoordinates` the vertical
/// axis is not a parameter, so an anchor's height is its shown value: a sampled row's (`argmax`, `argmin`,
/// `{top: f}`, like the trial points) or, for a written point, the first curve's value at its x — a label
/// written at `{learning_rate: 1e-3}` points at the curve there. Lines and regions lie across x only;
/// curve annotations need two parameters and are refused by the decoder.
struct SliceCoordinates: CoordinateSystem {
    let spec: FigureSpec
    let frame: PlotFrame
    let x: Int
    /// The first curve, which written points sit on.
    let curve: SliceCurves.Curve?
    let theme: Theme

    var labelBounds: Rect { frame.rect }
    var labelPlacement: LabelPlacement { LabelPlacement(search: .column(margin: 3), lightArrowInk: theme.ink) }

    func point(_ anchor: AnchorPoint, axis: Int?, values: AnchorValues) -> Point {
        let xValue = values.value(of: x, at: anchor) ?? spec.parameters[x].continuousScale.value(atNormalized: 0.5)
        let yValue =
            values.quality(at: anchor, shownValue: true) ?? curveValue(at: xValue)
            ?? frame.y.value(atNormalized: 0.5)
        return frame.point(xValue, yValue)
    }

    /// The first curve's value at the point nearest `xValue` (the curve is dense: `resolution` points).
    func curveValue(at xValue: Double) -> Double? {
        guard let curve, curve.x.count > 1 else { return nil }
        let position = spec.parameters[x].continuousScale.normalize(xValue) * Double(curve.x.count - 1)
        let index = Int(min(max(position.rounded(), 0), Double(curve.x.count - 1)))
        return curve.value[index]
    }

    func regionRects(_ region: RegionAnnotation) -> [Rect]? {
        let p = spec.parameters[x]
        let xr = region.bounds[x] ?? p.lower...p.upper
        let a = frame.pageX(xr.lowerBound)
        let b = frame.pageX(xr.upperBound)
        return [Rect(x: min(a, b), y: frame.rect.minY, width: abs(b - a), height: frame.rect.height)]
    }

    func linePath(_ line: ReferenceLine) -> Path? {
        guard line.parameter == x else { return nil }
        let px = frame.pageX(line.value)
        return Path(polyline: [Point(px, frame.rect.minY), Point(px, frame.rect.maxY)])
    }

    func curvePieces(_ curve: CurveAnnotation, trace: CurveTrace?) -> [[Point]]? { nil }
}
