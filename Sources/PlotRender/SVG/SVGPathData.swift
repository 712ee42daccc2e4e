import PlotScene

/// The `d` attribute of a scene path: absolute commands, fixed-decimal numbers, one space between numbers.
///
/// Absolute coordinates keep a diff local: moving one point changes that point's numbers only. A line that
/// keeps its rounded x or y is written as `V` or `H`, which is exact (the comparison is on the printed
/// numbers) and saves a third of the bytes of axis-aligned grids and frames.
enum SVGPathData {
    /// `path` shifted by `offset`, e.g. `M10 20H30V40Z`; empty for an empty path.
    static func make(_ path: Path, offset: Point = Point(0, 0)) -> String {
        var d = ""
        // The pen as printed: H/V are only correct against the numbers a reader actually sees.
        var penX = ""
        var penY = ""
        var startX = ""
        var startY = ""
        for element in path.elements {
            switch element {
            case .move(let p):
                let x = SVGNumber.format(p.x + offset.x)
                let y = SVGNumber.format(p.y + offset.y)
                d += "M" + x + " " + y
                (penX, penY, startX, startY) = (x, y, x, y)
            case .line(let p):
                let x = SVGNumber.format(p.x + offset.x)
                let y = SVGNumber.format(p.y + offset.y)
                if penX.isEmpty {
                    // Cairo treats a line with no current point as a move; SVG requires the M.
                    d += "M" + x + " " + y
                    (startX, startY) = (x, y)
                } else if y == penY {
                    d += "H" + x
                } else if x == penX {
                    d += "V" + y
                } else {
                    d += "L" + x + " " + y
                }
                (penX, penY) = (x, y)
            case .curve(let a, let b, let c):
                if penX.isEmpty {
                    // As Cairo does: a curve with no current point starts at its first control point.
                    (startX, startY) = (SVGNumber.format(a.x + offset.x), SVGNumber.format(a.y + offset.y))
                    d += "M" + startX + " " + startY
                }
                d += "C"
                for (index, point) in [a, b, c].enumerated() {
                    if index > 0 { d += " " }
                    SVGNumber.append(point.x + offset.x, to: &d)
                    d += " "
                    SVGNumber.append(point.y + offset.y, to: &d)
                }
                (penX, penY) = (SVGNumber.format(c.x + offset.x), SVGNumber.format(c.y + offset.y))
            case .close:
                d += "Z"
                // After Z the pen is back at the subpath's start.
                (penX, penY) = (startX, startY)
            }
        }
        return d
    }
}
