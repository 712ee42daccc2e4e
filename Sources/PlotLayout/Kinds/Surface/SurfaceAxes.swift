import Foundation
import PlotScales
import PlotScene

/// The 3-D axes box of a surface plot, matplotlib-style: the three back panes lightly shaded with grid
/// lines, and the axes on the box edges nearest the viewer with ticks, tick labels and titles.
///
/// Which edges carry the axes depends only on the camera: x ticks run along the floor edge in front
/// (the `y` side nearer the viewer), y ticks along the other front floor edge, and z ticks up the
/// vertical edge furthest left on screen, which is always on the silhouette, so it never crosses the
/// surface.
struct SurfaceAxes {
    /// One axis: normalised tick positions with labels, and a title.
    struct Axis {
        var ticks: [(position: Double, label: String?)]
        var title: String

        init(_ axis: CartesianAxis) {
            ticks = axis.ticks.filter(\.isMajor).map { (axis.scale.normalize($0.value), $0.label) }
                .filter { $0.0 >= -1e-9 && $0.0 <= 1 + 1e-9 }
            title = axis.label
        }
    }

    let theme: Theme
    let text: TextPlacement
    let fit: ScreenFit
    let x: Axis
    let y: Axis
    let z: Axis

    private var projection: Projection3D { fit.projection }
    /// The floor is the pane under the surface seen from above, the top one seen from below.
    var floorZ: Double { projection.elevation >= 0 ? 0 : 1 }
    /// The y of the floor edge carrying the x axis: the side nearer the viewer.
    var frontY: Double { projection.depth(Point3(0.5, 0, floorZ)) >= projection.depth(Point3(0.5, 1, floorZ)) ? 0 : 1 }
    var frontX: Double { projection.depth(Point3(0, 0.5, floorZ)) >= projection.depth(Point3(1, 0.5, floorZ)) ? 0 : 1 }
    /// The (x, y) corner of the vertical edge carrying the z axis: leftmost on screen.
    var zCorner: (x: Double, y: Double) {
        let corners = [(0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 1.0)]
        let leftmost = corners.min {
            projection.project(Point3($0.0, $0.1, 0)).x < projection.project(Point3($1.0, $1.1, 0)).x
        }
        return leftmost ?? (0, 0)
    }

    // MARK: - Back panes

    /// Panes, their outlines and grid lines: drawn before the surface.
    func backNodes() -> [SceneNode] {
        let xb = 1 - frontX
        let yb = 1 - frontY
        let zf = floorZ
        let panes: [[Point3]] = [
            [Point3(xb, 0, 0), Point3(xb, 1, 0), Point3(xb, 1, 1), Point3(xb, 0, 1)],
            [Point3(0, yb, 0), Point3(1, yb, 0), Point3(1, yb, 1), Point3(0, yb, 1)],
            [Point3(0, 0, zf), Point3(1, 0, zf), Point3(1, 1, zf), Point3(0, 1, zf)]
        ]
        var nodes: [SceneNode] = panes.map {
            .path(
                Path(polyline: $0.map(fit.page), closed: true), fill: Color(gray: 0.95),
                stroke: Stroke(color: Color(gray: 0.72), width: 0.6, join: .round))
        }
        var lines: [(Point3, Point3)] = []
        for t in y.ticks.map(\.position) {
            lines += [(Point3(xb, t, 0), Point3(xb, t, 1)), (Point3(0, t, zf), Point3(1, t, zf))]
        }
        for t in x.ticks.map(\.position) {
            lines += [(Point3(t, yb, 0), Point3(t, yb, 1)), (Point3(t, 0, zf), Point3(t, 1, zf))]
        }
        for t in z.ticks.map(\.position) {
            lines += [(Point3(xb, 0, t), Point3(xb, 1, t)), (Point3(0, yb, t), Point3(1, yb, t))]
        }
        let grid = Stroke(color: Color(gray: 0.8), width: 0.5)
        nodes += lines.map { .path(Path(polyline: [fit.page($0.0), fit.page($0.1)]), fill: nil, stroke: grid) }
        return nodes
    }

    // MARK: - Front axes

    /// An axis edge in the box, with the outward direction its ticks and labels hang towards.
    private struct Edge {
        var start: Point3
        var end: Point3
        var outward: (Double, Double, Double)
        var vertical: Bool
    }

    private var edges: [Edge] {
        let (cx, cy) = zCorner
        let zOut = (cx - 0.5, cy - 0.5, 0.0)
        return [
            Edge(
                start: Point3(0, frontY, floorZ), end: Point3(1, frontY, floorZ), outward: (0, frontY == 0 ? -1 : 1, 0),
                vertical: false),
            Edge(
                start: Point3(frontX, 0, floorZ), end: Point3(frontX, 1, floorZ), outward: (frontX == 0 ? -1 : 1, 0, 0),
                vertical: false),
            Edge(start: Point3(cx, cy, 0), end: Point3(cx, cy, 1), outward: zOut, vertical: true)
        ]
    }

    /// Axis lines, ticks, tick labels and titles; tick labels that would collide are dropped (within an
    /// axis every other one, across axes the later axis gives way).
    func frontNodes() -> (nodes: [SceneNode], runs: [TextRun]) {
        var nodes: [SceneNode] = []
        var kept: [TextRun] = []
        var titles: [(Edge, String, [TextRun])] = []
        for (edge, axis) in zip(edges, [x, y, z]) {
            let a = fit.page(edge.start)
            let b = fit.page(edge.end)
            nodes.append(.path(Path(polyline: [a, b]), fill: nil, stroke: theme.spine))
            let d = direction(edge)
            var runs: [TextRun] = []
            for tick in axis.ticks {
                let p = point(on: edge, at: tick.position)
                let tip = Point(p.x + d.x * theme.majorTickLength, p.y + d.y * theme.majorTickLength)
                nodes.append(.path(Path(polyline: [p, tip]), fill: nil, stroke: theme.tickStroke))
                guard let label = tick.label else { continue }
                let size = text.size(label, font: theme.tickFont)
                let distance = theme.majorTickLength + theme.gap + Self.halfExtent(size.width, size.height, 0, d)
                runs.append(
                    text.run(
                        label, font: theme.tickFont, color: theme.ink,
                        at: Point(p.x + d.x * distance, p.y + d.y * distance), anchor: TextAnchor(.center, .middle)))
            }
            let thinned = AxisDrawing.thinned(runs, minimumGap: theme.base * 0.3)
                .filter { run in !kept.contains { $0.bounds.intersects(run.bounds) } }
            kept += thinned
            titles.append((edge, axis.title, thinned))
        }
        var all = kept
        for (edge, title, runs) in titles where !title.isEmpty {
            if let run = titleRun(title, edge: edge, tickRuns: runs, avoiding: all) { all.append(run) }
        }
        nodes += all.map(SceneNode.text)
        return (nodes, all)
    }

    /// An axis title beyond its tick labels, following a floor edge (kept upright) or reading upwards
    /// beside the z edge; pushed further out until it clears every other label. A title longer than its
    /// edge shrinks, and is left out when it still does not fit or cannot get clear: on a small page the
    /// box matters more than its captions.
    private func titleRun(_ title: String, edge: Edge, tickRuns: [TextRun], avoiding others: [TextRun]) -> TextRun? {
        let d = direction(edge)
        let a = fit.page(edge.start)
        let b = fit.page(edge.end)
        var angle = edge.vertical ? -Double.pi / 2 : atan2(b.y - a.y, b.x - a.x)
        if angle > Double.pi / 2 { angle -= Double.pi } else if angle < -Double.pi / 2 { angle += Double.pi }
        let room = hypot(b.x - a.x, b.y - a.y) + theme.base * 2
        guard let font = TextWrapper(text: text).shrunk(title, font: theme.axisLabelFont, maxWidth: room) else {
            return nil
        }
        let mid = point(on: edge, at: 0.5)
        let labelDepth =
            tickRuns.map { run in
                // How far the far side of each label reaches along the outward direction.
                let c = run.bounds.center
                return (c.x - mid.x) * d.x + (c.y - mid.y) * d.y
                    + Self.halfExtent(run.bounds.width, run.bounds.height, 0, d)
            }.max() ?? theme.majorTickLength
        let size = text.size(title, font: font)
        var distance =
            max(labelDepth, theme.majorTickLength) + theme.gap * 1.5
            + Self.halfExtent(size.width, size.height, angle, d)
        for _ in 0..<40 {
            let run = text.run(
                title, font: font, color: theme.ink, at: Point(mid.x + d.x * distance, mid.y + d.y * distance),
                anchor: TextAnchor(.center, .middle), rotation: angle)
            if !others.contains(where: { $0.bounds.intersects(run.bounds) }) { return run }
            distance += theme.gap
        }
        return nil
    }

    private func point(on edge: Edge, at t: Double) -> Point {
        fit.page(
            Point3(
                edge.start.x + (edge.end.x - edge.start.x) * t, edge.start.y + (edge.end.y - edge.start.y) * t,
                edge.start.z + (edge.end.z - edge.start.z) * t))
    }

    /// The page direction (unit) of an edge's outward world direction.
    private func direction(_ edge: Edge) -> Point {
        let mid = Point3(
            (edge.start.x + edge.end.x) / 2, (edge.start.y + edge.end.y) / 2, (edge.start.z + edge.end.z) / 2)
        let p = fit.page(mid)
        let q = fit.page(
            Point3(mid.x + edge.outward.0 * 0.1, mid.y + edge.outward.1 * 0.1, mid.z + edge.outward.2 * 0.1))
        let length = hypot(q.x - p.x, q.y - p.y)
        return length > 1e-9 ? Point((q.x - p.x) / length, (q.y - p.y) / length) : Point(0, 1)
    }

    /// Half the extent, along unit direction `d`, of a `width × height` box rotated by `angle`.
    static func halfExtent(_ width: Double, _ height: Double, _ angle: Double, _ d: Point) -> Double {
        let along = abs(d.x * cos(angle) + d.y * sin(angle))
        let across = abs(-d.x * sin(angle) + d.y * cos(angle))
        return along * width / 2 + across * height / 2
    }
}
