import Foundation
import PlotScene
import PlotSpec

/// Text annotations: a boxed block of text, optionally with an arrow to the point it describes.
extension AnnotationDrawing {
    func drawLabel(_ label: LabelAnnotation, placed: inout [Rect], into out: inout Output) {
        let font = label.fontSize.map { Font(size: $0) } ?? theme.annotationFont
        let dark = label.style == .dark
        let ink = dark ? Color.white : theme.ink
        let content = label.target.map { substitute(label.text, at: $0) } ?? label.text
        let target = label.target.map { pagePoint($0, axis: label.axis) }
        var center: Point
        if let position = label.position {
            center = pagePoint(position, axis: label.axis)
        } else if let target {
            let offset = label.offset ?? Offset(dx: 40, dy: 34)
            center = Point(target.x + offset.dx, target.y - offset.dy)
        } else {
            center = bounds.center
        }
        if let offset = label.offset, label.position != nil {
            center = Point(center.x + offset.dx, center.y - offset.dy)
        }
        let padding = font.size * 0.4
        let measured = text.block(content, font: font, color: ink, at: center, anchor: TextAnchor(.center, .middle))
        let box = freeBox(measured.box.insetBy(dx: -padding, dy: -padding), avoiding: obstacles + placed)
        let block = text.block(content, font: font, color: ink, at: box.center, anchor: TextAnchor(.center, .middle))
        placed.append(box)
        let fill = dark ? Color(gray: 0, alpha: 0.62) : Color(gray: 1, alpha: 0.9)
        let edge: Stroke? = dark ? nil : Stroke(color: Color(gray: 0.6), width: 0.7)
        if label.arrow, let target, !box.insetBy(dx: -2, dy: -2).contains(target) {
            out.overlay += arrow(from: box, to: target, color: dark ? .white : theme.ink)
        }
        out.overlay.append(.path(Path(roundedRect: box, radius: min(4, padding)), fill: fill, stroke: edge))
        out.overlay += block.runs.map(SceneNode.text)
    }

    /// `box` moved inside the plot bounds and, if it covers other text, shifted up or down by the
    /// smallest step that clears it (the spec's placement wins when nothing nearby is free).
    private func freeBox(_ box: Rect, avoiding others: [Rect]) -> Rect {
        let inner = bounds.insetBy(dx: 3, dy: 3)
        let start = clamped(box, to: inner)
        let step = max(2, box.height / 4)
        for k in 0..<80 {
            let dy = Double((k + 1) / 2) * step * (k % 2 == 0 ? 1 : -1)
            let candidate = Rect(x: start.x, y: start.y + dy, width: start.width, height: start.height)
            guard inner.contains(candidate) || k == 0 else { continue }
            if !others.contains(where: { $0.intersects(candidate) }) { return candidate }
        }
        return start
    }

    private func clamped(_ box: Rect, to inner: Rect) -> Rect {
        var r = box
        if r.maxX > inner.maxX { r.x -= r.maxX - inner.maxX }
        if r.minX < inner.minX { r.x += inner.minX - r.minX }
        if r.maxY > inner.maxY { r.y -= r.maxY - inner.maxY }
        if r.minY < inner.minY { r.y += inner.minY - r.minY }
        return r
    }

    /// A straight arrow from the edge of `box` to `tip`, with a filled head.
    private func arrow(from box: Rect, to tip: Point, color: Color) -> [SceneNode] {
        let c = box.center
        let dx = tip.x - c.x, dy = tip.y - c.y
        // Leave the box where the centre-to-tip segment crosses its edge.
        let tx = dx == 0 ? Double.infinity : (box.width / 2) / abs(dx)
        let ty = dy == 0 ? Double.infinity : (box.height / 2) / abs(dy)
        let t = min(tx, ty, 1)
        let start = Point(c.x + dx * t, c.y + dy * t)
        let length = hypot(tip.x - start.x, tip.y - start.y)
        guard length > 4 else { return [] }
        let ux = (tip.x - start.x) / length, uy = (tip.y - start.y) / length
        let headLength = min(9, length * 0.5), headWidth = headLength * 0.45
        let end = Point(tip.x - ux * 1.5, tip.y - uy * 1.5)
        let base = Point(end.x - ux * headLength, end.y - uy * headLength)
        let head = Path(polyline: [end, Point(base.x - uy * headWidth, base.y + ux * headWidth),
                                   Point(base.x + uy * headWidth, base.y - ux * headWidth)], closed: true)
        let shaft = Path(polyline: [start, base])
        return [.path(shaft, fill: nil, stroke: Stroke(color: color, width: 1.4, cap: .round)),
                .path(head, fill: color, stroke: nil)]
    }
}
