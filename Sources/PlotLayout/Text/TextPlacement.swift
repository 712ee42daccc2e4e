import Foundation
import PlotScene

/// Turns strings into measured, placed `TextRun`s.
struct TextPlacement {
    let measurer: any TextMeasurer

    /// One line of text whose `anchor` point lands on `point`, optionally rotated (Cairo angle).
    func run(
        _ text: String, font: Font, color: Color, at point: Point, anchor: TextAnchor,
        rotation: Double = 0
    ) -> TextRun {
        let e = measurer.measure(text, font: font)
        let ax: Double =
            switch anchor.horizontal {
            case .left: 0
            case .center: e.width / 2
            case .right: e.width
            }
        let ay: Double =
            switch anchor.vertical {
            case .top: -e.ascent
            case .middle: -(e.ascent - e.descent) / 2
            case .baseline: 0
            case .bottom: e.descent
            }
        let c = cos(rotation)
        let s = sin(rotation)
        func rotate(_ x: Double, _ y: Double) -> Point { Point(x * c - y * s, x * s + y * c) }
        let offset = rotate(ax, ay)
        let origin = Point(point.x - offset.x, point.y - offset.y)
        let corners = [
            rotate(0, -e.ascent), rotate(e.width, -e.ascent), rotate(0, e.descent), rotate(e.width, e.descent)
        ]
        let xs = corners.map { $0.x + origin.x }
        let ys = corners.map { $0.y + origin.y }
        let bounds = Rect(
            x: xs.min() ?? origin.x, y: ys.min() ?? origin.y,
            width: (xs.max() ?? 0) - (xs.min() ?? 0), height: (ys.max() ?? 0) - (ys.min() ?? 0))
        return TextRun(text: text, font: font, color: color, origin: origin, rotation: rotation, bounds: bounds)
    }

    /// Size of a single unrotated line.
    func size(_ text: String, font: Font) -> TextExtents {
        measurer.measure(text, font: font)
    }

    /// A block of lines (split at `\n`), left-aligned or centred, whose box has its `anchor` on `point`.
    func block(
        _ text: String, font: Font, color: Color, at point: Point, anchor: TextAnchor,
        alignment: TextAnchor.Horizontal = .left
    ) -> (runs: [TextRun], box: Rect) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let metrics = lines.map { measurer.measure($0, font: font) }
        let lineHeight = font.size * 1.22
        let ascent = metrics.first?.ascent ?? font.size * 0.76
        let descent = metrics.last?.descent ?? font.size * 0.24
        let width = metrics.map(\.width).max() ?? 0
        let height = ascent + descent + lineHeight * Double(lines.count - 1)
        let left: Double =
            switch anchor.horizontal {
            case .left: point.x
            case .center: point.x - width / 2
            case .right: point.x - width
            }
        let top: Double =
            switch anchor.vertical {
            case .top: point.y
            case .middle: point.y - height / 2
            case .baseline: point.y - ascent
            case .bottom: point.y - height
            }
        var runs: [TextRun] = []
        for (index, (line, m)) in zip(lines, metrics).enumerated() {
            let x: Double =
                switch alignment {
                case .left: left
                case .center: left + (width - m.width) / 2
                case .right: left + width - m.width
                }
            let baseline = top + ascent + lineHeight * Double(index)
            runs.append(
                TextRun(
                    text: line, font: font, color: color, origin: Point(x, baseline), rotation: 0,
                    bounds: Rect(x: x, y: baseline - m.ascent, width: m.width, height: m.ascent + m.descent)))
        }
        return (runs, Rect(x: left, y: top, width: width, height: height))
    }
}
