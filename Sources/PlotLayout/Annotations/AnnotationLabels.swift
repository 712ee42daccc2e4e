import Foundation
import PlotScene
import PlotSpec

/// Text annotations: a boxed block of text, optionally with an arrow to the point it describes, placed
/// where the coordinate system's `LabelPlacement` finds room.
extension AnnotationDrawing {
    func drawLabels(into out: inout Output) {
        let placement = space.labelPlacement
        let labels = spec.annotations.compactMap { annotation -> LabelAnnotation? in
            if case .label(let label) = annotation.kind { return label }
            return nil
        }
        // Targets that get a dot stay visible: no box may cover them.
        let tips = placement.marksTargets ? labels.compactMap { $0.target.map { pagePoint($0, axis: nil) } } : []
        let tipRects = tips.map { Rect(x: $0.x - 5, y: $0.y - 5, width: 10, height: 10) }
        var placed: [Rect] = []
        var arrows: [SceneNode] = []
        var dots: [SceneNode] = []
        var boxes: [SceneNode] = []
        for label in labels {
            let target = label.target.map { pagePoint($0, axis: label.axis) }
            guard let labelBox = placedBox(label, target: target, avoiding: obstacles + placed + tipRects)
            else { continue }
            placed.append(labelBox.box)
            let ink = label.style == .dark ? Color.white : placement.lightArrowInk
            let arrow = label.arrow ? target.map { labelBox.arrow(to: $0, color: ink) } ?? [] : []
            if placement.arrowsUnderMarks {
                arrows += arrow
                boxes += labelBox.nodes
            } else {
                out.overlay += arrow + labelBox.nodes
            }
            if placement.marksTargets, let target {
                dots.append(
                    .path(
                        Path(circleAt: target, radius: 2.6), fill: Color(gray: 0.05),
                        stroke: Stroke(color: .white, width: 0.8)))
            }
        }
        if placement.arrowsUnderMarks {
            // Markers were drawn into the overlay already; arrows go under them, label boxes over them.
            out.overlay = arrows + out.overlay + dots + boxes
        }
    }

    /// The label's box at the nearest free spot to where it would like to be, in its font or shrunk (to
    /// 70 %) until it fits the bounds; nil when it never fits or nothing nearby is clear (a tiny plot
    /// drops the label rather than spill it over the axes or overprint).
    private func placedBox(_ label: LabelAnnotation, target: Point?, avoiding others: [Rect]) -> LabelBox? {
        let placement = space.labelPlacement
        let font = label.fontSize.map { theme.font(size: $0) } ?? theme.annotationFont
        let content = label.target.map { substitute(label.text, at: $0) } ?? label.text.written
        let center = wish(for: label, target: target)
        let box = { (font: Font) in
            LabelBox(content, font: font, style: label.style, center: center, text: text, theme: theme)
        }
        let fits = { (font: Font) in placement.fits(box(font).box, in: bounds) }
        guard let fitted = FontFit.largest(font, smallest: font.size * 0.7, fits: fits) else { return nil }
        var labelBox = box(fitted)
        guard let spot = placement.spot(for: labelBox.box, in: bounds, avoiding: others) else { return nil }
        labelBox.move(to: spot)
        return labelBox
    }

    /// Where a label's box would like to be: at `label_at` (moved by `offset`), else `offset` (default
    /// 40 pt right, 34 pt up) from its target, else the middle of the bounds.
    private func wish(for label: LabelAnnotation, target: Point?) -> Point {
        let offset = label.offset
        if let position = label.position {
            let p = space.labelPoint(position, axis: label.axis, values: anchors)
            return Point(p.x + (offset?.dx ?? 0), p.y - (offset?.dy ?? 0))
        }
        if let target {
            let o = offset ?? Offset(dx: 40, dy: 34)
            return Point(target.x + o.dx, target.y - o.dy)
        }
        return bounds.center
    }
}
