import Foundation
import PlotScene
import PlotSpec

/// Marker symbols as paths centred on a point.
enum MarkerShapes {
    static func path(_ shape: MarkerAnnotation.Shape, at c: Point, size: Double) -> Path {
        let r = size / 2
        switch shape {
        case .circle:
            return Path(circleAt: c, radius: r)
        case .square:
            return Path(rect: Rect(x: c.x - r * 0.85, y: c.y - r * 0.85, width: r * 1.7, height: r * 1.7))
        case .diamond:
            return Path(
                polyline: [
                    Point(c.x, c.y - r), Point(c.x + r * 0.75, c.y), Point(c.x, c.y + r),
                    Point(c.x - r * 0.75, c.y)
                ], closed: true)
        case .cross:
            let w = r * 0.3
            let arms: [(Double, Double)] = [
                (-w, -r), (w, -r), (w, -w), (r, -w), (r, w), (w, w), (w, r), (-w, r),
                (-w, w), (-r, w), (-r, -w), (-w, -w)
            ]
            return Path(polyline: arms.map { Point(c.x + $0.0, c.y + $0.1) }, closed: true)
        case .star:
            var points: [Point] = []
            for k in 0..<10 {
                let radius = k % 2 == 0 ? r : r * 0.42
                let angle = -Double.pi / 2 + Double(k) * Double.pi / 5
                points.append(Point(c.x + radius * cos(angle), c.y + radius * sin(angle)))
            }
            return Path(polyline: points, closed: true)
        }
    }
}
