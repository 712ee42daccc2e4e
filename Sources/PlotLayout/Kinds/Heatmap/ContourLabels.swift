import Foundation
import PlotScales
import PlotScene

/// Inline contour labels in the manner of matplotlib's `clabel`: each level's value written on a long,
/// nearly straight stretch of one of its lines, rotated along the line (kept upright), with the line
/// cut open under the text.
///
/// Per level at most `perLevel` labels, the second only far from the first; no label comes near the
/// frame edge, and none overlaps another label or any of the `avoiding` rectangles (annotation boxes,
/// markers, the legend). A level with no fitting stretch stays unlabelled rather than crowding.
struct ContourLabeler {
    let text: TextPlacement
    let font: Font
    let color: Color
    let frame: Rect
    var perLevel = 2

    /// One contour level in page coordinates.
    struct Level {
        var value: Double
        var lines: [[Point]]
    }

    struct Output {
        /// The contour lines with gaps cut under the labels, per level in input order.
        var pieces: [[[Point]]] = []
        var runs: [TextRun] = []
    }

    /// A labelled stretch: which line, where along it (arc length), the run drawn there.
    private struct Candidate {
        var line: Int
        var start: Double
        var end: Double
        var run: TextRun
        var score: Double
    }

    func label(_ levels: [Level], avoiding obstacles: [Rect], crossing lines: [(Point, Point)] = []) -> Output {
        var out = Output()
        var taken = obstacles
        for level in levels {
            let label = formatNumber(level.value, format: "%g")
            let chosen = choose(label, lines: level.lines, taken: taken, crossing: lines)
            taken += chosen.map { $0.run.bounds.insetBy(dx: -3, dy: -3) }
            out.runs += chosen.map(\.run)
            out.pieces.append(
                level.lines.enumerated().flatMap { index, line in
                    Self.cut(line, gaps: chosen.filter { $0.line == index }.map { ($0.start, $0.end) })
                })
        }
        return out
    }

    /// The best stretch, then the best one far enough from it.
    private func choose(_ label: String, lines: [[Point]], taken: [Rect], crossing: [(Point, Point)]) -> [Candidate] {
        let size = text.size(label, font: font)
        let window = size.width + font.size * 0.8
        var candidates: [Candidate] = []
        for (index, line) in lines.enumerated() {
            candidates += stretches(label, line: line, index: index, window: window, height: size.height)
                .filter { c in
                    let clearance = c.run.bounds.insetBy(dx: -2, dy: -2)
                    return !taken.contains { $0.intersects(c.run.bounds) }
                        && !crossing.contains { Self.segment($0.0, $0.1, meets: clearance) }
                }
        }
        candidates.sort { $0.score != $1.score ? $0.score > $1.score : ($0.line, $0.start) < ($1.line, $1.start) }
        guard let first = candidates.first else { return [] }
        var chosen = [first]
        let apart = max(frame.width, frame.height) * 0.3
        if perLevel > 1,
            let second = candidates.first(where: { c in
                hypot(c.run.bounds.midX - first.run.bounds.midX, c.run.bounds.midY - first.run.bounds.midY) > apart
                    && !c.run.bounds.insetBy(dx: -3, dy: -3).intersects(first.run.bounds)
            })
        {
            chosen.append(second)
        }
        return chosen
    }

    /// Every window along a line that is straight enough and clear of the frame edge.
    private func stretches(_ label: String, line: [Point], index: Int, window: Double, height: Double) -> [Candidate] {
        let arc = Self.arcLengths(line)
        guard let total = arc.last, total > window * 1.6 else { return [] }
        let inner = frame.insetBy(dx: window / 2 + 4, dy: window / 2 + 4)
        var out: [Candidate] = []
        var s = window / 2
        while s <= total - window / 2 {
            let a = Self.point(line, arc, at: s - window / 2)
            let b = Self.point(line, arc, at: s + window / 2)
            let c = Self.point(line, arc, at: s)
            let straightness = hypot(b.x - a.x, b.y - a.y) / window
            if straightness > 0.96, inner.contains(c),
                Self.deviation(line, arc, from: s - window / 2, to: s + window / 2) < height * 0.3
            {
                // Upright, and steep lines (beyond ±75°) read bottom to top like a y-axis title.
                var angle = atan2(b.y - a.y, b.x - a.x)
                if angle > Double.pi * 0.42 {
                    angle -= Double.pi
                } else if angle < -Double.pi * 0.58 {
                    angle += Double.pi
                }
                let run = text.run(
                    label, font: font, color: color, at: c, anchor: TextAnchor(.center, .middle), rotation: angle)
                // Prefer straight stretches near the middle of long lines.
                let score = straightness + 0.15 * min(1, total / (window * 6)) - 0.1 * abs(s / total - 0.5)
                out.append(Candidate(line: index, start: s - window / 2, end: s + window / 2, run: run, score: score))
            }
            s += max(2, window / 4)
        }
        return out
    }

    // MARK: - Polyline geometry

    /// Whether the segment from `a` to `b` touches `rect` (Liang–Barsky clipping).
    static func segment(_ a: Point, _ b: Point, meets rect: Rect) -> Bool {
        var t0 = 0.0
        var t1 = 1.0
        let dx = b.x - a.x
        let dy = b.y - a.y
        for (p, q) in [(-dx, a.x - rect.minX), (dx, rect.maxX - a.x), (-dy, a.y - rect.minY), (dy, rect.maxY - a.y)] {
            if p == 0 {
                if q < 0 { return false }
            } else {
                let r = q / p
                if p < 0 { t0 = max(t0, r) } else { t1 = min(t1, r) }
                if t0 > t1 { return false }
            }
        }
        return true
    }

    static func arcLengths(_ line: [Point]) -> [Double] {
        var arc = [0.0]
        for (p, q) in zip(line, line.dropFirst()) { arc.append((arc.last ?? 0) + hypot(q.x - p.x, q.y - p.y)) }
        return arc
    }

    /// The point at arc length `s` (clamped to the line).
    static func point(_ line: [Point], _ arc: [Double], at s: Double) -> Point {
        guard let first = line.first else { return Point(0, 0) }
        guard s > 0 else { return first }
        for k in 1..<line.count where arc[k] >= s {
            let span = arc[k] - arc[k - 1]
            let t = span > 0 ? (s - arc[k - 1]) / span : 0
            return Point(
                line[k - 1].x + (line[k].x - line[k - 1].x) * t, line[k - 1].y + (line[k].y - line[k - 1].y) * t)
        }
        return line[line.count - 1]
    }

    /// The largest distance of the line's vertices between two arc lengths from the chord joining them.
    static func deviation(_ line: [Point], _ arc: [Double], from s0: Double, to s1: Double) -> Double {
        let a = point(line, arc, at: s0)
        let b = point(line, arc, at: s1)
        let length = hypot(b.x - a.x, b.y - a.y)
        guard length > 0 else { return 0 }
        var worst = 0.0
        for (p, s) in zip(line, arc) where s > s0 && s < s1 {
            worst = max(worst, abs((b.x - a.x) * (a.y - p.y) - (a.x - p.x) * (b.y - a.y)) / length)
        }
        return worst
    }

    /// The line with the arc-length intervals in `gaps` removed, as separate pieces.
    static func cut(_ line: [Point], gaps: [(Double, Double)]) -> [[Point]] {
        guard !gaps.isEmpty else { return [line] }
        let arc = arcLengths(line)
        var pieces: [[Point]] = []
        var current: [Point] = []
        var cursor = 0.0
        for (g0, g1) in gaps.sorted(by: { $0.0 < $1.0 }) {
            current = [point(line, arc, at: cursor)] + zip(line, arc).filter { $0.1 > cursor && $0.1 < g0 }.map(\.0)
            current.append(point(line, arc, at: g0))
            if current.count > 1 { pieces.append(current) }
            cursor = g1
        }
        let total = arc.last ?? 0
        if cursor < total {
            current = [point(line, arc, at: cursor)] + zip(line, arc).filter { $0.1 > cursor }.map(\.0)
            if current.count > 1 { pieces.append(current) }
        }
        return pieces
    }
}
