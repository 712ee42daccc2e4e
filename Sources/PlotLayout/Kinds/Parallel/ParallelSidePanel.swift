import PlotScene
import PlotSpec

/// The key right of a parallel-coordinates plot: a titled legend of the buckets (best first) plus any
/// annotation legend entries, or a colour bar when lines are coloured through a colormap.
struct ParallelSidePanel {
    let theme: Theme
    let text: TextPlacement
    let colors: ColorScale

    private var buckets: [ColorEncoding.Bucket] { colors.encoding.buckets }

    /// Width the panel takes from the right of the page, gap to the last axis included.
    var extent: Double {
        guard !buckets.isEmpty else {
            return ColorBarDrawing(theme: theme, text: text, scale: colors).extent
        }
        return theme.base * 1.2 + max(legendWidth(buckets.map(\.label)), titleWidth)
    }

    private var titleWidth: Double {
        colors.encoding.label.map { text.size($0, font: theme.legendFont.bold).width } ?? 0
    }

    /// The legend box width `LegendDrawing` will draw for these labels.
    private func legendWidth(_ labels: [String]) -> Double {
        let font = theme.legendFont
        let widest = labels.map { text.size($0, font: font).width }.max() ?? 0
        return font.size * 0.6 * 2.6 + font.size * 2.2 + widest
    }

    /// The panel's nodes, right-aligned to `right`, starting at `top`; the legend may reach down to
    /// `bottom` when the axes are too short for it (a short plot keeps its key).
    func nodes(right: Double, top: Double, bottom: Double, plotRect: Rect, extra: [LegendEntry]) -> [SceneNode] {
        let legend = LegendDrawing(theme: theme, text: text)
        let inset = theme.base * 0.7
        guard !buckets.isEmpty else {
            let bar = ColorBarDrawing(theme: theme, text: text, scale: colors)
            let frame = Rect(
                x: plotRect.minX, y: plotRect.minY, width: right - bar.extent - plotRect.minX,
                height: plotRect.height)
            return bar.nodes(beside: frame) + legend.nodes(extra, in: plotRect, corner: .topRight)
        }
        let entries =
            buckets.reversed().map {
                LegendEntry(label: $0.label, symbol: .line(Stroke(color: $0.color.sceneColor.withAlpha(1), width: 2.5)))
            } + extra
        let width = max(legendWidth(entries.map(\.label)), titleWidth)
        let left = right - width
        var nodes: [SceneNode] = []
        var y = top
        if let title = colors.encoding.label {
            let run = text.run(
                title, font: theme.legendFont.bold, color: theme.ink, at: Point(left, y),
                anchor: TextAnchor(.left, .top))
            nodes.append(.text(run))
            y = run.bounds.maxY + theme.gap
        }
        let area = Rect(
            x: left - inset, y: y - inset, width: width + inset * 2, height: max(plotRect.maxY, bottom) - y + inset)
        return nodes + legend.nodes(entries, in: area, corner: .topLeft)
    }
}

extension Font {
    var bold: Font { Font(families: families, size: size, weight: .bold, slant: slant) }
}
