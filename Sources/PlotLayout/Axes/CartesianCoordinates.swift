import PlotSampling
import PlotScene
import PlotSpec

/// A 2-D frame with one parameter across and one up (heatmap, scatter).
struct CartesianCoordinates: CoordinateSystem {
    let spec: FigureSpec
    let frame: PlotFrame
    let x: Int
    let y: Int
    let theme: Theme

    var labelBounds: Rect { frame.rect }
    var labelPlacement: LabelPlacement { LabelPlacement(search: .column(margin: 3), lightArrowInk: theme.ink) }

    func point(_ anchor: AnchorPoint, axis: Int?, values: AnchorValues) -> Point {
        let p = spec.parameters
        let xValue = values.value(of: x, at: anchor) ?? p[x].continuousScale.value(atNormalized: 0.5)
        let yValue = values.value(of: y, at: anchor) ?? p[y].continuousScale.value(atNormalized: 0.5)
        return frame.point(xValue, yValue)
    }

    func regionRects(_ region: RegionAnnotation) -> [Rect]? {
        let p = spec.parameters
        let xr = region.bounds[x] ?? p[x].lower...p[x].upper
        let yr = region.bounds[y] ?? p[y].lower...p[y].upper
        let a = frame.point(xr.lowerBound, yr.lowerBound)
        let b = frame.point(xr.upperBound, yr.upperBound)
        return [Rect(x: min(a.x, b.x), y: min(a.y, b.y), width: abs(b.x - a.x), height: abs(b.y - a.y))]
    }

    func linePath(_ line: ReferenceLine) -> Path? {
        let r = frame.rect
        if line.parameter == x {
            let px = frame.pageX(line.value)
            return Path(polyline: [Point(px, r.minY), Point(px, r.maxY)])
        }
        if line.parameter == y {
            let py = frame.pageY(line.value)
            return Path(polyline: [Point(r.minX, py), Point(r.maxX, py)])
        }
        return nil
    }

    func curvePieces(_ curve: CurveAnnotation, trace: CurveTrace?) -> [[Point]]? {
        guard let trace, curve.parameter == x || curve.parameter == y else { return nil }
        return trace.pieces.map { piece in
            piece.map { curve.parameter == x ? frame.point($0.value, $0.sweep) : frame.point($0.sweep, $0.value) }
        }
    }
}
