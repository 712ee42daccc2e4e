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

    /// The title and subtitle, wrapped or shrunk to the page.
    var titleBlock: TitleBlock {
        TitleBlock(figure: figure, theme: theme, text: text, pageWidth: pageWidth, pageHeight: pageHeight)
    }

    /// Height of the title and subtitle block at the top of the page.
    func titleBlockHeight() -> Double {
        titleBlock.height
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

    /// Title and subtitle, centred over the frame (kept near the page's middle, and on the page).
    func titleNodes(over frame: Rect) -> [SceneNode] {
        let centerX = min(max(frame.midX, pageWidth * 0.3), pageWidth * 0.7)
        return titleBlock.nodes(centerX: centerX, pageWidth: pageWidth)
    }
}
