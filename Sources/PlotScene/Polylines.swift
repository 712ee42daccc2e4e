/// Many open polylines stroked with one width, cap and join, each in its own colour, in drawing order.
///
/// Parallel coordinates draw their trials through this node (as scatter plots draw through `markers`), so
/// the renderer can choose how: one stroke per line, or, where thousands of translucent strokes would be
/// slow or huge, one raster at the output's own resolution. The node itself is resolution-free: points
/// in page points, like every other node.
///
/// Compositing, which every technique keeps: line `i + 1` is painted over line `i`; each line is one
/// stroke painted with its colour's alpha ("over"), so where translucent lines cross, density builds up,
/// but a line's own joints are not painted twice.
public struct Polylines: Hashable, Sendable {
    /// One line: its vertices in page points and its colour, whose alpha is the line's opacity.
    public struct Line: Hashable, Sendable {
        public var points: [Point]
        public var color: Color

        public init(points: [Point], color: Color) {
            self.points = points
            self.color = color
        }
    }

    /// The lines in drawing order (the last one ends on top).
    public var lines: [Line]
    /// Stroke width in points, shared by every line.
    public var width: Double
    public var cap: Stroke.Cap
    public var join: Stroke.Join

    public init(lines: [Line], width: Double, cap: Stroke.Cap = .round, join: Stroke.Join = .round) {
        self.lines = lines
        self.width = width
        self.cap = cap
        self.join = join
    }

    /// The stroke style `line` would carry as a single path.
    public func stroke(_ line: Line) -> Stroke {
        Stroke(color: line.color, width: width, cap: cap, join: join)
    }

    /// The bounding box of every vertex (stroke width not included); nil when there are no vertices.
    public var bounds: Rect? {
        var minX = Double.infinity
        var minY = Double.infinity
        var maxX = -Double.infinity
        var maxY = -Double.infinity
        for line in lines {
            for p in line.points {
                minX = min(minX, p.x)
                minY = min(minY, p.y)
                maxX = max(maxX, p.x)
                maxY = max(maxY, p.y)
            }
        }
        guard minX <= maxX, minY <= maxY else { return nil }
        return Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }
}
