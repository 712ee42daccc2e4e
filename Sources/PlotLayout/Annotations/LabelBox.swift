import Foundation
import PlotScene
import PlotSpec

/// The rounded, translucent text box and straight arrow of every annotation label (2-D plots and
/// surfaces), as a value that can be measured, moved and drawn (dark: white text on translucent black;
/// light: dark text on translucent white with a grey edge).
struct LabelBox {
    let content: String
    let font: Font
    let style: LabelStyle
    let ink: Color
    /// The box including padding.
    private(set) var box: Rect
    private(set) var runs: [TextRun]
    private let text: TextPlacement

    init(_ content: String, font: Font, style: LabelStyle, center: Point, text: TextPlacement, theme: Theme) {
        self.content = content
        self.font = font
        self.style = style
        self.ink = style == .dark ? .white : theme.ink
        self.text = text
        (box, runs) = (Rect(x: 0, y: 0, width: 0, height: 0), [])
        move(to: center)
    }

    var padding: Double { font.size * 0.4 }

    /// Re-places the box so that its centre is `center`.
    mutating func move(to center: Point) {
        let block = text.block(content, font: font, color: ink, at: center, anchor: TextAnchor(.center, .middle))
        runs = block.runs
        box = block.box.insetBy(dx: -padding, dy: -padding)
    }

    /// The arrow colour that reads against the box and a typical background.
    var arrowColor: Color { style == .dark ? .white : Color(gray: 0.1) }

    /// Box, then text.
    var nodes: [SceneNode] {
        let fill = style == .dark ? Color(gray: 0, alpha: 0.62) : Color(gray: 1, alpha: 0.9)
        let edge: Stroke? = style == .dark ? nil : Stroke(color: Color(gray: 0.6), width: 0.7)
        return [.path(Path(roundedRect: box, radius: min(4, padding)), fill: fill, stroke: edge)]
            + runs.map(SceneNode.text)
    }

    /// A straight arrow from the edge of the box to `tip` with a filled head; nothing when the tip is
    /// inside or right next to the box.
    func arrow(to tip: Point, color: Color? = nil, width: Double = 1.4) -> [SceneNode] {
        let color = color ?? arrowColor
        guard !box.insetBy(dx: -2, dy: -2).contains(tip) else { return [] }
        let c = box.center
        let dx = tip.x - c.x
        let dy = tip.y - c.y
        // Leave the box where the centre-to-tip segment crosses its edge.
        let tx = dx == 0 ? Double.infinity : (box.width / 2) / abs(dx)
        let ty = dy == 0 ? Double.infinity : (box.height / 2) / abs(dy)
        let t = min(tx, ty, 1)
        let start = Point(c.x + dx * t, c.y + dy * t)
        let length = hypot(tip.x - start.x, tip.y - start.y)
        guard length > 4 else { return [] }
        let ux = (tip.x - start.x) / length
        let uy = (tip.y - start.y) / length
        let headLength = min(9, length * 0.5)
        let headWidth = headLength * 0.45
        let end = Point(tip.x - ux * 1.5, tip.y - uy * 1.5)
        let base = Point(end.x - ux * headLength, end.y - uy * headLength)
        let head = Path(
            polyline: [
                end, Point(base.x - uy * headWidth, base.y + ux * headWidth),
                Point(base.x + uy * headWidth, base.y - ux * headWidth)
            ], closed: true)
        return [
            .path(Path(polyline: [start, base]), fill: nil, stroke: Stroke(color: color, width: width, cap: .round)),
            .path(head, fill: color, stroke: nil)
        ]
    }
}
