import Foundation
import PlotScene
import PlotSpec

/// Text annotations: a boxed block of text, optionally with an arrow to the point it describes.
extension AnnotationDrawing {
    func drawLabel(_ label: LabelAnnotation, placed: inout [Rect], into out: inout Output) {
        let font = label.fontSize.map { theme.font(size: $0) } ?? theme.annotationFont
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
        let inner = bounds.insetBy(dx: 3, dy: 3)
        guard var labelBox = fittedBox(content, font: font, style: label.style, center: center, inside: inner),
              let spot = freeBox(labelBox.box, avoiding: obstacles + placed)
        else { return }
        labelBox.move(to: spot.center)
        placed.append(labelBox.box)
        if label.arrow, let target {
            out.overlay += labelBox.arrow(to: target, color: label.style == .dark ? .white : theme.ink)
        }
        out.overlay += labelBox.nodes
    }

    /// The label's box in its font, or shrunk (to 70 %) until it fits `inner`; nil when it never fits,
    /// so a tiny plot drops the label instead of spilling it over the axes.
    private func fittedBox(_ content: String, font: Font, style: LabelStyle, center: Point, inside inner: Rect) -> LabelBox? {
        var font = font
        let smallest = font.size * 0.7
        while true {
            let box = LabelBox(content, font: font, style: style, center: center, text: text, theme: theme)
            if box.box.width <= inner.width, box.box.height <= inner.height { return box }
            guard font.size > smallest else { return nil }
            font.size = max(smallest, font.size - 0.5)
        }
    }

    /// `box` moved inside the plot bounds and, if it covers other text, shifted up or down by the
    /// smallest step that clears it; nil when nothing nearby is clear (overprinting is worse than
    /// leaving a label out).
    private func freeBox(_ box: Rect, avoiding others: [Rect]) -> Rect? {
        let inner = bounds.insetBy(dx: 3, dy: 3)
        let start = clamped(box, to: inner)
        let step = max(2, box.height / 4)
        for k in 0..<80 {
            let dy = Double((k + 1) / 2) * step * (k % 2 == 0 ? 1 : -1)
            let candidate = Rect(x: start.x, y: start.y + dy, width: start.width, height: start.height)
            guard inner.contains(candidate) || k == 0 else { continue }
            if !others.contains(where: { $0.intersects(candidate) }) { return candidate }
        }
        return nil
    }

    private func clamped(_ box: Rect, to inner: Rect) -> Rect {
        var r = box
        if r.maxX > inner.maxX { r.x -= r.maxX - inner.maxX }
        if r.minX < inner.minX { r.x += inner.minX - r.minX }
        if r.maxY > inner.maxY { r.y -= r.maxY - inner.maxY }
        if r.minY < inner.minY { r.y += inner.minY - r.minY }
        return r
    }
}
