import Foundation
import PlotScene

/// Finds where a rectangle can go near a wished-for centre: inside `bounds` and clear of obstacles.
///
/// Candidates lie on rings of growing radius around the wish, so the first free one is (nearly) the
/// closest; ring and angle order are fixed, so the answer is deterministic. Nil when no spot within
/// `maxRadius` is clear: callers leave the rectangle out rather than overprint.
enum FreeSpot {
    static func center(near wish: Point, width: Double, height: Double, bounds: Rect, obstacles: [Rect],
                       step: Double = 5, maxRadius: Double = 260) -> Point?
    {
        var radius = 0.0
        while radius <= maxRadius {
            let count = radius == 0 ? 1 : max(8, Int(2 * Double.pi * radius / step))
            for k in 0..<count {
                let angle = Double(k) / Double(count) * 2 * Double.pi
                let c = clamped(Point(wish.x + radius * cos(angle), wish.y + radius * sin(angle)),
                                width: width, height: height, bounds: bounds)
                let rect = Rect(x: c.x - width / 2, y: c.y - height / 2, width: width, height: height)
                if !obstacles.contains(where: { $0.intersects(rect) }) { return c }
            }
            radius += step
        }
        return nil
    }

    /// Moves a centre so that the rectangle around it stays inside `bounds` (when it fits at all).
    static func clamped(_ c: Point, width: Double, height: Double, bounds: Rect) -> Point {
        let x = min(max(c.x, bounds.minX + width / 2), bounds.maxX - width / 2)
        let y = min(max(c.y, bounds.minY + height / 2), bounds.maxY - height / 2)
        return Point(width > bounds.width ? bounds.midX : x, height > bounds.height ? bounds.midY : y)
    }
}
