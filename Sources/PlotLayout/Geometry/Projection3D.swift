import Foundation
import PlotScene

/// A point in the normalised 3-D plot box: x, y and z each run over [0, 1].
struct Point3: Hashable {
    var x: Double
    var y: Double
    var z: Double

    init(_ x: Double, _ y: Double, _ z: Double) {
        self.x = x
        self.y = y
        self.z = z
    }
}

/// An orthographic camera looking at the normalised box [0, 1]³, with matplotlib's `view_init`
/// conventions.
///
/// - `elevation` (degrees) is the angle of the viewer above the x–y plane: 0 looks at the box from the
///   side, 90 from straight above, negative values from below.
/// - `azimuth` (degrees) is the direction of the viewer around the vertical axis, measured in the x–y
///   plane from the +x axis towards +y (counter-clockwise seen from above). At azimuth −90 the viewer
///   stands on the −y side looking towards +y, so +x points right on screen; increasing the azimuth
///   walks the viewer counter-clockwise, which turns the box clockwise on screen (seen from above).
///   matplotlib's default view is elevation 30, azimuth −60.
/// - The box is drawn with aspect `1 : 1 : zAspect` (matplotlib uses 4 : 4 : 3), centred on its middle,
///   and the view is orthographic: parallel edges stay parallel, so grid lines read like a drawing.
///
/// `project` gives screen coordinates in box units (x right, y **up**, origin at the box centre);
/// `ScreenFit` maps those onto the page. `depth` grows towards the viewer.
struct Projection3D {
    let elevation: Double
    let azimuth: Double
    let zAspect: Double
    /// Unit vectors in world space: towards the viewer, screen right, screen up.
    let eye: (Double, Double, Double)
    let right: (Double, Double, Double)
    let up: (Double, Double, Double)

    init(elevation: Double, azimuth: Double, zAspect: Double = 0.75) {
        self.elevation = elevation
        self.azimuth = azimuth
        self.zAspect = zAspect
        let el = elevation * .pi / 180
        let az = azimuth * .pi / 180
        eye = (cos(el) * cos(az), cos(el) * sin(az), sin(el))
        right = (-sin(az), cos(az), 0)
        up = (-sin(el) * cos(az), -sin(el) * sin(az), cos(el))
    }

    /// World coordinates: centred on the box middle, z scaled by the box aspect.
    private func world(_ p: Point3) -> (Double, Double, Double) {
        (p.x - 0.5, p.y - 0.5, (p.z - 0.5) * zAspect)
    }

    /// Screen position in box units, y up.
    func project(_ p: Point3) -> (x: Double, y: Double) {
        let w = world(p)
        return (w.0 * right.0 + w.1 * right.1 + w.2 * right.2, w.0 * up.0 + w.1 * up.1 + w.2 * up.2)
    }

    /// Distance towards the viewer along the viewing direction: larger is nearer.
    func depth(_ p: Point3) -> Double {
        let w = world(p)
        return w.0 * eye.0 + w.1 * eye.1 + w.2 * eye.2
    }

    /// Cosine between a world-space direction (in box units, before the z aspect) and the view
    /// direction: positive when a surface with that normal faces the viewer.
    func facing(_ normal: (Double, Double, Double)) -> Double {
        let n = (normal.0, normal.1, normal.2 / zAspect)
        let length = (n.0 * n.0 + n.1 * n.1 + n.2 * n.2).squareRoot()
        guard length > 0 else { return 0 }
        return (n.0 * eye.0 + n.1 * eye.1 + n.2 * eye.2) / length
    }

    /// The eight corners of the box.
    static let corners: [Point3] = [0.0, 1.0].flatMap { z in
        [0.0, 1.0].flatMap { y in [0.0, 1.0].map { x in Point3(x, y, z) } }
    }
}

/// Places a projection on the page: a uniform scale and an offset (page y points down).
struct ScreenFit {
    let projection: Projection3D
    let scale: Double
    /// Page position of the box centre.
    let center: Point

    /// The largest fit of the box's projection into `rect`, centred there.
    static func fitting(_ projection: Projection3D, into rect: Rect) -> ScreenFit {
        let points = Projection3D.corners.map(projection.project)
        let xs = points.map(\.x)
        let ys = points.map(\.y)
        let spanX = max((xs.max() ?? 1) - (xs.min() ?? 0), 1e-9)
        let spanY = max((ys.max() ?? 1) - (ys.min() ?? 0), 1e-9)
        let scale = min(rect.width / spanX, rect.height / spanY)
        let midX = ((xs.max() ?? 0) + (xs.min() ?? 0)) / 2
        let midY = ((ys.max() ?? 0) + (ys.min() ?? 0)) / 2
        return ScreenFit(
            projection: projection, scale: scale,
            center: Point(rect.midX - midX * scale, rect.midY + midY * scale))
    }

    func page(_ p: Point3) -> Point {
        let s = projection.project(p)
        return Point(center.x + s.x * scale, center.y - s.y * scale)
    }

    /// The page-space bounding box of the projected box.
    var boxBounds: Rect {
        let points = Projection3D.corners.map(page)
        let xs = points.map(\.x)
        let ys = points.map(\.y)
        let x0 = xs.min() ?? 0
        let y0 = ys.min() ?? 0
        return Rect(x: x0, y: y0, width: (xs.max() ?? 0) - x0, height: (ys.max() ?? 0) - y0)
    }
}
