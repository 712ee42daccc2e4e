import PlotScene
import PlotSpec

/// The title and subtitle at the top of the page, fitted to the page width.
///
/// Lines the user wrote are kept; a line wider than the page wraps at spaces. A title that would still
/// need more than two lines per written line shrinks (down to the subtitle's size) before wrapping
/// further, and the subtitle is dropped when the block would take more than a quarter of the page's
/// height: on a small page the plot matters more than the caption.
struct TitleBlock {
    let title: (text: String, font: Font)?
    private(set) var subtitle: (text: String, font: Font)?
    let theme: Theme
    let text: TextPlacement

    init(figure: FigureSettings, theme: Theme, text: TextPlacement, pageWidth: Double, pageHeight: Double) {
        self.theme = theme
        self.text = text
        let maxWidth = max(pageWidth - 2 * theme.pad, theme.base * 4)
        let wrapper = TextWrapper(text: text)
        title = figure.title.map { title in
            let written = title.split(separator: "\n", omittingEmptySubsequences: false).count
            return wrapper.fitted(
                title, font: theme.titleFont, maxWidth: maxWidth,
                smallest: theme.subtitleFont.size, maxLines: 2 * written)
        }
        let withSubtitle = figure.subtitle.map {
            wrapper.fitted(
                $0, font: theme.subtitleFont, maxWidth: maxWidth,
                smallest: theme.subtitleFont.size * 0.85, maxLines: 2)
        }
        subtitle = withSubtitle
        if withSubtitle != nil, height > pageHeight * 0.25 { subtitle = nil }
    }

    private func measure(_ part: (text: String, font: Font)) -> Rect {
        text.block(part.text, font: part.font, color: theme.ink, at: Point(0, 0), anchor: TextAnchor(.left, .top)).box
    }

    /// Height of the block, the page's top padding and the gap under it included.
    var height: Double {
        var h = theme.pad
        if let title { h += measure(title).height + theme.gap * 2 }
        if let subtitle { h += measure(subtitle).height + theme.gap }
        return h + theme.gap
    }

    /// Width of the widest line.
    var width: Double {
        max(title.map { measure($0).width } ?? 0, subtitle.map { measure($0).width } ?? 0)
    }

    /// The lines, centred on `centerX` when the page allows, else shifted to stay inside it.
    func nodes(centerX wish: Double, pageWidth: Double) -> [SceneNode] {
        let half = width / 2
        let centerX = max(theme.pad + half, min(wish, pageWidth - theme.pad - half))
        var nodes: [SceneNode] = []
        var y = theme.pad
        if let title {
            let block = text.block(
                title.text, font: title.font, color: theme.ink, at: Point(centerX, y),
                anchor: TextAnchor(.center, .top), alignment: .center)
            nodes += block.runs.map(SceneNode.text)
            y = block.box.maxY + theme.gap * 2
        }
        if let subtitle {
            let block = text.block(
                subtitle.text, font: subtitle.font, color: theme.subtleInk, at: Point(centerX, y),
                anchor: TextAnchor(.center, .top), alignment: .center)
            nodes += block.runs.map(SceneNode.text)
        }
        return nodes
    }
}
