import PlotScene
import PlotSpec

/// The page furniture of a 2-D plot: title block, axes, optional colour bar; it sizes the frame so that
/// every piece of text fits on the page without overlapping.
struct CartesianPage {
    let figure: FigureSettings
    let theme: Theme
    let text: TextPlacement

    var pageWidth: Double { figure.widthInches * 72 }
    var pageHeight: Double { figure.heightInches * 72 }

    /// Height of the title and subtitle block at the top of the page.
    func titleBlockHeight() -> Double {
        var h = theme.pad
        if let title = figure.title { h += text.block(title, font: theme.titleFont, color: theme.ink, at: Point(0, 0), anchor: TextAnchor(.left, .top)).box.height + theme.gap * 2 }
        if let subtitle = figure.subtitle { h += text.block(subtitle, font: theme.subtitleFont, color: theme.subtleInk, at: Point(0, 0), anchor: TextAnchor(.left, .top)).box.height + theme.gap }
        return h + theme.gap
    }

    /// The frame rectangle left after the margins each decoration needs.
    func frameRect(x: CartesianAxis, y: CartesianAxis, rightExtent: Double) -> Rect {
        let axes = AxisDrawing(theme: theme, text: text)
        let top = titleBlockHeight() + theme.base * 0.3
        let left = theme.pad + axes.leftExtent(y)
        let bottom = theme.pad + axes.bottomExtent(x)
        var width = pageWidth - left - rightExtent - theme.pad
        let overhang = axes.horizontalOverhang(x, frameWidth: max(width, 1))
        let extraLeft = max(0, overhang.left - (left - theme.pad))
        let extraRight = max(0, overhang.right - rightExtent)
        width -= extraLeft + extraRight
        return Rect(x: left + extraLeft, y: top, width: max(width, 10), height: max(pageHeight - top - bottom, 10))
    }

    /// Title and subtitle, centred over the frame.
    func titleNodes(over frame: Rect) -> [SceneNode] {
        var nodes: [SceneNode] = []
        var y = theme.pad
        let centerX = min(max(frame.midX, pageWidth * 0.3), pageWidth * 0.7)
        if let title = figure.title {
            let block = text.block(title, font: theme.titleFont, color: theme.ink, at: Point(centerX, y),
                                   anchor: TextAnchor(.center, .top), alignment: .center)
            nodes += block.runs.map(SceneNode.text)
            y = block.box.maxY + theme.gap * 2
        }
        if let subtitle = figure.subtitle {
            let block = text.block(subtitle, font: theme.subtitleFont, color: theme.subtleInk, at: Point(centerX, y),
                                   anchor: TextAnchor(.center, .top), alignment: .center)
            nodes += block.runs.map(SceneNode.text)
        }
        return nodes
    }
}
