import PlotFormula
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
        let a = frame.point(xr.lowerBound, yr.lowerBound), b = frame.point(xr.upperBound, yr.upperBound)
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

    func curvePieces(_ curve: CurveAnnotation) -> [[Point]]? {
        let sweep = curve.parameter == x ? y : x
        guard curve.parameter == x || curve.parameter == y,
              let program = try? CompiledFormula(curve.formula.expression, variables: spec.parameterNames,
                                                 definitions: spec.definitions)
        else { return nil }
        var point = spec.parameters.map(\.heldValue)
        let scale = spec.parameters[sweep].continuousScale
        var pieces: [[Point]] = [[]]
        for k in 0...240 {
            let v = scale.value(atNormalized: Double(k) / 240)
            point[sweep] = v
            let computed = program.evaluate(point: point)
            guard computed.isFinite, !spec.parameters[curve.parameter].scale.isLogarithmic || computed > 0 else {
                if !(pieces.last?.isEmpty ?? true) { pieces.append([]) }
                continue
            }
            let p = curve.parameter == x ? frame.point(computed, v) : frame.point(v, computed)
            pieces[pieces.count - 1].append(p)
        }
        return pieces.filter { $0.count > 1 }
    }
}
