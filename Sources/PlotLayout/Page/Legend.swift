import PlotScene
import PlotSpec

/// One row of a legend.
struct LegendEntry {
    enum Symbol {
        case line(Stroke)
        case marker(MarkerAnnotation.Shape, Color)
        case swatch(Color)
        /// A data point as the plot draws it: a disc of this fill, diameter (points) and outline.
        case dot(Color, diameter: Double, outline: Stroke?)
    }

    var label: String
    var symbol: Symbol
}

/// A boxed legend in a corner of the plot frame, or just outside it, right of its top.
struct LegendDrawing {
    enum Corner {
        case topRight, topLeft, bottomRight, bottomLeft
        /// Outside the frame, right of its top edge (matplotlib's `bbox_to_anchor=(1.02, 1)`): for a plot
        /// whose data leaves no corner free. The kind must leave the room (`box(…).width` + `gap`).
        case outsideRight
    }

    let theme: Theme
    let text: TextPlacement

    private var inset: Double { theme.base * 0.7 }

    /// Space between the frame and a legend outside it.
    var outsideGap: Double { theme.base * 0.6 }

    /// Box size for `entries` in `font`.
    private func size(_ entries: [LegendEntry], font: Font) -> (width: Double, height: Double) {
        let widest = entries.map { text.size($0.label, font: font).width }.max() ?? 0
        let rowHeight = font.size * 1.55
        let padding = font.size * 0.6
        return (
            padding * 2 + font.size * 2.2 + padding * 0.6 + widest,
            padding * 2 + rowHeight * Double(entries.count) - (rowHeight - font.size * 1.1)
        )
    }

    /// The theme's legend font, shrunk (to 70 %) when the box would not fit inside `frame`; nil when
    /// even that does not fit: a small plot keeps its data visible rather than hide it under a key.
    private func font(for entries: [LegendEntry], in frame: Rect) -> Font? {
        FontFit.largest(theme.legendFont, smallest: theme.legendFont.size * 0.7) { font in
            let s = size(entries, font: font)
            // A hair of slack: the parallel side panel sizes its area to exactly this width.
            return s.width <= frame.width - 2 * inset + 0.01 && s.height <= frame.height - 2 * inset + 0.01
        }
    }

    /// Where the legend box goes in `frame`, or nil when there is nothing to show or no room for it.
    func box(_ entries: [LegendEntry], in frame: Rect, corner: Corner = .topRight) -> Rect? {
        guard !entries.isEmpty, let font = font(for: entries, in: frame) else { return nil }
        let size = size(entries, font: font)
        if corner == .outsideRight {
            return Rect(x: frame.maxX + outsideGap, y: frame.minY, width: size.width, height: size.height)
        }
        let x = corner == .topRight || corner == .bottomRight ? frame.maxX - inset - size.width : frame.minX + inset
        let y = corner == .topRight || corner == .topLeft ? frame.minY + inset : frame.maxY - inset - size.height
        return Rect(x: x, y: y, width: size.width, height: size.height)
    }

    func nodes(_ entries: [LegendEntry], in frame: Rect, corner: Corner = .topRight) -> [SceneNode] {
        guard let box = box(entries, in: frame, corner: corner), let font = font(for: entries, in: frame) else {
            return []
        }
        let symbolWidth = font.size * 2.2
        let rowHeight = font.size * 1.55
        let padding = font.size * 0.6
        var nodes: [SceneNode] = [
            .path(
                Path(roundedRect: box, radius: 3), fill: Color(gray: 1, alpha: 0.9),
                stroke: Stroke(color: Color(gray: 0.7), width: 0.7))
        ]
        for (index, entry) in entries.enumerated() {
            let midY = box.minY + padding + font.size * 0.55 + rowHeight * Double(index)
            let symbolCenter = Point(box.minX + padding + symbolWidth / 2, midY)
            switch entry.symbol {
            case .line(let stroke):
                nodes.append(
                    .path(
                        Path(polyline: [
                            Point(symbolCenter.x - symbolWidth / 2, midY),
                            Point(symbolCenter.x + symbolWidth / 2, midY)
                        ]),
                        fill: nil, stroke: visible(stroke)))
            case .marker(let shape, let color):
                nodes.append(
                    .path(
                        MarkerShapes.path(shape, at: symbolCenter, size: font.size * 1.3), fill: color,
                        stroke: Stroke(color: Color(gray: 0.05), width: 0.8)))
            case .dot(let color, let diameter, let outline):
                nodes.append(
                    .path(
                        Path(circleAt: symbolCenter, radius: min(diameter, font.size * 1.3) / 2), fill: color,
                        stroke: outline))
            case .swatch(let color):
                let r = Rect(
                    x: symbolCenter.x - symbolWidth / 2, y: midY - font.size * 0.4, width: symbolWidth,
                    height: font.size * 0.8)
                nodes.append(
                    .path(
                        Path(rect: r), fill: color.withAlpha(max(color.alpha, 0.5)),
                        stroke: Stroke(color: Color(gray: 0.4), width: 0.5)))
            }
            nodes.append(
                .text(
                    text.run(
                        entry.label, font: font, color: theme.ink,
                        at: Point(symbolCenter.x + symbolWidth / 2 + padding * 0.6, midY),
                        anchor: TextAnchor(.left, .middle))))
        }
        return nodes
    }

    /// White lines would vanish on the legend's white box; draw them dark there.
    private func visible(_ stroke: Stroke) -> Stroke {
        var s = stroke
        if s.color.red > 0.85, s.color.green > 0.85, s.color.blue > 0.85 { s.color = Color(gray: 0.3) }
        return s
    }
}
