import PlotSampling
import PlotScene
import PlotSpec

/// The projected 3-D box of a surface plot as annotations see it.
///
/// A target is a point on the surface: its x and y from the anchor (the argmin/argmax cell's centre, or
/// data coordinates), its height the shown value of the nearest grid cell. A label's `label_at` is read
/// as a point on the floor of the box (z = 0). Labels may go anywhere in `labelBounds` clear of the axis
/// text and colour bar, found on rings around their wish, and their targets get a dot. Reference lines,
/// regions and curves have no meaning on a surface (the decoder refuses them) and are not drawn.
struct ProjectedCoordinates: CoordinateSystem {
    let spec: FigureSpec
    let x: Int
    let y: Int
    let field: GridField
    let mesh: SurfaceMesh
    let fit: ScreenFit
    let labelBounds: Rect

    var labelPlacement: LabelPlacement {
        LabelPlacement(
            search: .rings(clearance: 4), marksTargets: true, lightArrowInk: Color(gray: 0.1),
            arrowsUnderMarks: true)
    }

    /// The surface point an anchor names, in the normalised box.
    func target(_ anchor: AnchorPoint, values: AnchorValues) -> Point3 {
        let xScale = spec.parameters[x].continuousScale
        let yScale = spec.parameters[y].continuousScale
        let u = xScale.normalize(values.value(of: x, at: anchor) ?? xScale.value(atNormalized: 0.5))
        let v = yScale.normalize(values.value(of: y, at: anchor) ?? yScale.value(atNormalized: 0.5))
        return Point3(u, v, mesh.height(field.nearest(u: u, v: v)))
    }

    func point(_ anchor: AnchorPoint, axis: Int?, values: AnchorValues) -> Point {
        fit.page(target(anchor, values: values))
    }

    func labelPoint(_ anchor: AnchorPoint, axis: Int?, values: AnchorValues) -> Point {
        let t = target(anchor, values: values)
        return fit.page(Point3(t.x, t.y, 0))
    }

    func regionRects(_ region: RegionAnnotation) -> [Rect]? { nil }
    func linePath(_ line: ReferenceLine) -> Path? { nil }
    func curvePieces(_ curve: CurveAnnotation, trace: CurveTrace?) -> [[Point]]? { nil }
}
