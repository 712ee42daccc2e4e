import Foundation
import PlotScene

/// The surface of a grid field as shaded quads in painter's order, plus contour lines on the floor.
///
/// Grid point (i, j) sits at the normalised cell centre ((i + ½)/nx, (j + ½)/ny), so the surface lines
/// up with the axis ticks; its height is the shown value normalised over the colour range.
struct SurfaceMesh {
    let field: GridField
    let colors: ColorScale
    let projection: Projection3D

    func u(_ i: Int) -> Double { (Double(i) + 0.5) / Double(field.nx) }
    func v(_ j: Int) -> Double { (Double(j) + 0.5) / Double(field.ny) }

    /// Height in the box: the value's position in the colour range, clamped to the box.
    func height(_ value: Double) -> Double {
        let t = colors.normalized(value)
        return t.isFinite ? min(max(t, 0), 1) : 0
    }

    func vertex(_ i: Int, _ j: Int) -> Point3 { Point3(u(i), v(j), height(field[i, j])) }

    /// One quad between grid points (i, j) and (i + 1, j + 1).
    struct Face {
        var i: Int
        var j: Int
        var depth: Double
    }

    /// Every quad whose four corners have values (a missing estimate cell, NaN, leaves its quads out), far
    /// first. Ties (equal mean depth) fall back to row-major grid order so the scene is
    /// the same on every run.
    func facesInPaintOrder() -> [Face] {
        guard field.nx >= 2, field.ny >= 2 else { return [] }
        var faces: [Face] = []
        faces.reserveCapacity((field.nx - 1) * (field.ny - 1))
        for j in 0..<(field.ny - 1) {
            for i in 0..<(field.nx - 1) {
                guard field[i, j].isFinite, field[i + 1, j].isFinite, field[i + 1, j + 1].isFinite,
                    field[i, j + 1].isFinite
                else { continue }
                let d =
                    [vertex(i, j), vertex(i + 1, j), vertex(i + 1, j + 1), vertex(i, j + 1)]
                    .reduce(0) { $0 + projection.depth($1) } / 4
                faces.append(Face(i: i, j: j, depth: d))
            }
        }
        return faces.sorted { a, b in
            a.depth != b.depth ? a.depth < b.depth : (a.j, a.i) < (b.j, b.i)
        }
    }

    /// Filled quads, coloured by the face's mean value and shaded by a fixed light.
    func nodes(fit: ScreenFit) -> [SceneNode] {
        let faces = facesInPaintOrder()
        // Thin darker edges show the mesh on small grids; on big grids they would be a grey blur, so the
        // edge takes the face colour and only hides the anti-aliasing seams between neighbours.
        let showEdges = faces.count <= 3600
        return faces.map { face in
            let (i, j) = (face.i, face.j)
            let corners = [vertex(i, j), vertex(i + 1, j), vertex(i + 1, j + 1), vertex(i, j + 1)]
            let mean = (field[i, j] + field[i + 1, j] + field[i + 1, j + 1] + field[i, j + 1]) / 4
            let base = colors.rgb(mean)
            let k = shade(corners)
            let fill = Color(red: min(1, base.r * k), green: min(1, base.g * k), blue: min(1, base.b * k))
            let edge =
                showEdges
                ? Stroke(
                    color: Color(red: fill.red * 0.72, green: fill.green * 0.72, blue: fill.blue * 0.72, alpha: 0.45),
                    width: 0.3, join: .round)
                : Stroke(color: fill, width: 0.35, join: .round)
            return .path(Path(polyline: corners.map(fit.page), closed: true), fill: fill, stroke: edge)
        }
    }

    /// Lambert shading from a light above and to the upper left of the viewer, fixed to the camera so
    /// every view is lit alike; 0.62 in full shadow, 1.08 facing the light.
    func shade(_ c: [Point3]) -> Double {
        let z = projection.zAspect
        let d1 = (c[2].x - c[0].x, c[2].y - c[0].y, (c[2].z - c[0].z) * z)
        let d2 = (c[3].x - c[1].x, c[3].y - c[1].y, (c[3].z - c[1].z) * z)
        var n = (d1.1 * d2.2 - d1.2 * d2.1, d1.2 * d2.0 - d1.0 * d2.2, d1.0 * d2.1 - d1.1 * d2.0)
        if n.2 < 0 { n = (-n.0, -n.1, -n.2) }
        let length = (n.0 * n.0 + n.1 * n.1 + n.2 * n.2).squareRoot()
        guard length > 0 else { return 1 }
        let e = projection.eye
        let up = projection.up
        let r = projection.right
        var light = (e.0 + up.0 * 0.9 - r.0 * 0.5, e.1 + up.1 * 0.9 - r.1 * 0.5, e.2 + up.2 * 0.9 - r.2 * 0.5)
        let ll = (light.0 * light.0 + light.1 * light.1 + light.2 * light.2).squareRoot()
        light = (light.0 / ll, light.1 / ll, light.2 / ll)
        let lambert = max(0, (n.0 * light.0 + n.1 * light.1 + n.2 * light.2) / length)
        return 0.62 + 0.46 * lambert
    }

    /// Contour lines of the field drawn on the floor pane at `floorZ`, coloured like the levels they mark.
    func floorContours(fit: ScreenFit, floorZ: Double, levels count: Int = 8) -> [SceneNode] {
        let finite = field.values.filter(\.isFinite)
        guard let lo = finite.min(), let hi = finite.max(), hi > lo else { return [] }
        var nodes: [SceneNode] = []
        for k in 1...count {
            let level = lo + (hi - lo) * Double(k) / Double(count + 1)
            let c = colors.rgb(level)
            let stroke = Stroke(
                color: Color(red: c.r * 0.85, green: c.g * 0.85, blue: c.b * 0.85, alpha: 0.9),
                width: 0.8, join: .round)
            let lines = MarchingSquares.polylines(
                MarchingSquares.segments(field.values, nx: field.nx, ny: field.ny, level: level))
            for line in lines where line.count > 1 {
                let points = line.map {
                    fit.page(Point3(($0.x + 0.5) / Double(field.nx), ($0.y + 0.5) / Double(field.ny), floorZ))
                }
                nodes.append(.path(Path(polyline: points), fill: nil, stroke: stroke))
            }
        }
        return nodes
    }
}
