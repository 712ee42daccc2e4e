import Foundation
import PlotScene

/// The one free-spot search of the layout: the first rectangle of a candidate sequence that overlaps no
/// obstacle. Two candidate orders serve the layout's needs:
///
/// - `rings`: centres on rings of growing radius around a wish, so the first free one is (nearly) the
///   closest in any direction (labels on a surface, where the page around the box is open);
/// - `column`: the box clamped inside bounds, then moved up and down (up first) in growing steps (labels in a 2-D
///   frame, where sideways moves would pull a label off the point it describes).
///
/// Both orders are fixed, so the answer is deterministic. Nil when no candidate is clear: callers leave
/// the rectangle out rather than overprint.
enum FreeSpot {
    /// The first candidate clear of every obstacle.
    static func first(_ candidates: some Sequence<Rect>, avoiding obstacles: [Rect]) -> Rect? {
        candidates.first { candidate in !obstacles.contains { $0.intersects(candidate) } }
    }

    /// A free centre for a `width` × `height` rectangle near `wish`, inside `bounds`, searched on rings.
    static func center(
        near wish: Point, width: Double, height: Double, bounds: Rect, obstacles: [Rect],
        step: Double = 5, maxRadius: Double = 260
    ) -> Point? {
        first(
            rings(near: wish, width: width, height: height, bounds: bounds, step: step, maxRadius: maxRadius),
            avoiding: obstacles)?.center
    }

    /// Rectangles centred on rings of growing radius around `wish` (radius 0 first), each moved inside
    /// `bounds`.
    static func rings(
        near wish: Point, width: Double, height: Double, bounds: Rect, step: Double = 5,
        maxRadius: Double = 260
    ) -> [Rect] {
        var out: [Rect] = []
        var radius = 0.0
        while radius <= maxRadius {
            let count = radius == 0 ? 1 : max(8, Int(2 * Double.pi * radius / step))
            for k in 0..<count {
                let angle = Double(k) / Double(count) * 2 * Double.pi
                let c = clamped(
                    Point(wish.x + radius * cos(angle), wish.y + radius * sin(angle)),
                    width: width, height: height, bounds: bounds)
                out.append(Rect(x: c.x - width / 2, y: c.y - height / 2, width: width, height: height))
            }
            radius += step
        }
        return out
    }

    /// `box` moved inside `inner`, then shifted alternately up and down by growing multiples of a quarter
    /// of its height (at least 2 pt), up to 40 steps each way; shifts that leave `inner` are skipped.
    static func column(_ box: Rect, inside inner: Rect) -> [Rect] {
        let start = clamped(box, to: inner)
        let step = max(2, box.height / 4)
        return (0..<80).compactMap { k in
            let dy = Double((k + 1) / 2) * step * (k % 2 == 0 ? 1 : -1)
            let candidate = Rect(x: start.x, y: start.y + dy, width: start.width, height: start.height)
            return inner.contains(candidate) || k == 0 ? candidate : nil
        }
    }

    /// Moves a centre so that the rectangle around it stays inside `bounds` (when it fits at all).
    static func clamped(_ c: Point, width: Double, height: Double, bounds: Rect) -> Point {
        let x = min(max(c.x, bounds.minX + width / 2), bounds.maxX - width / 2)
        let y = min(max(c.y, bounds.minY + height / 2), bounds.maxY - height / 2)
        return Point(width > bounds.width ? bounds.midX : x, height > bounds.height ? bounds.midY : y)
    }

    /// Moves `box` inside `inner` (its right and bottom edges first, so a box too big stays at the left
    /// and top).
    static func clamped(_ box: Rect, to inner: Rect) -> Rect {
        var r = box
        if r.maxX > inner.maxX { r.x -= r.maxX - inner.maxX }
        if r.minX < inner.minX { r.x += inner.minX - r.minX }
        if r.maxY > inner.maxY { r.y -= r.maxY - inner.maxY }
        if r.minY < inner.minY { r.y += inner.minY - r.minY }
        return r
    }
}
