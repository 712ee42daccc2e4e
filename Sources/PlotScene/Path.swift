/// A vector path in device units.
public struct Path: Hashable, Sendable {
    public enum Element: Hashable, Sendable {
        case move(Point)
        case line(Point)
        case curve(Point, Point, Point)
        case close
    }

    public private(set) var elements: [Element] = []

    public init() {}

    public init(rect: Rect) {
        move(to: Point(rect.minX, rect.minY))
        line(to: Point(rect.maxX, rect.minY))
        line(to: Point(rect.maxX, rect.maxY))
        line(to: Point(rect.minX, rect.maxY))
        close()
    }

    /// A polyline through `points` (open unless `closed`).
    public init(polyline points: [Point], closed: Bool = false) {
        guard let first = points.first else { return }
        move(to: first)
        for p in points.dropFirst() { line(to: p) }
        if closed { close() }
    }

    /// A rectangle with rounded corners.
    public init(roundedRect r: Rect, radius: Double) {
        let k = 0.5523 * radius  // cubic Bézier approximation of a quarter circle
        move(to: Point(r.minX + radius, r.minY))
        line(to: Point(r.maxX - radius, r.minY))
        curve(Point(r.maxX - radius + k, r.minY), Point(r.maxX, r.minY + radius - k), Point(r.maxX, r.minY + radius))
        line(to: Point(r.maxX, r.maxY - radius))
        curve(Point(r.maxX, r.maxY - radius + k), Point(r.maxX - radius + k, r.maxY), Point(r.maxX - radius, r.maxY))
        line(to: Point(r.minX + radius, r.maxY))
        curve(Point(r.minX + radius - k, r.maxY), Point(r.minX, r.maxY - radius + k), Point(r.minX, r.maxY - radius))
        line(to: Point(r.minX, r.minY + radius))
        curve(Point(r.minX, r.minY + radius - k), Point(r.minX + radius - k, r.minY), Point(r.minX + radius, r.minY))
        close()
    }

    /// A circle as four Bézier arcs.
    public init(circleAt c: Point, radius: Double) {
        self.init(
            roundedRect: Rect(x: c.x - radius, y: c.y - radius, width: 2 * radius, height: 2 * radius),
            radius: radius)
    }

    public mutating func move(to p: Point) { elements.append(.move(p)) }
    public mutating func line(to p: Point) { elements.append(.line(p)) }
    public mutating func curve(_ c1: Point, _ c2: Point, _ end: Point) { elements.append(.curve(c1, c2, end)) }
    public mutating func close() { elements.append(.close) }

    public var isEmpty: Bool { elements.isEmpty }

    /// The bounding box of all points, control points included.
    public var bounds: Rect? {
        var xs: [Double] = []
        var ys: [Double] = []
        for element in elements {
            switch element {
            case .move(let p), .line(let p):
                xs.append(p.x)
                ys.append(p.y)
            case .curve(let a, let b, let c):
                xs += [a.x, b.x, c.x]
                ys += [a.y, b.y, c.y]
            case .close: break
            }
        }
        guard let x0 = xs.min(), let x1 = xs.max(), let y0 = ys.min(), let y1 = ys.max() else { return nil }
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }
}
