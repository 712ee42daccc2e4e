import PlotScene
import PlotSpec

/// Composes a page: the title block at the top, one or more plots in a grid of regions below it, and
/// the colour bars the plots ask for.
///
/// Painting order: every plot's content, then the colour bars, then the title and subtitle, then every
/// plot's overlay (annotation boxes and legends stay on top of everything).
struct PageComposer {
    let figure: FigureSettings
    let theme: Theme
    let text: TextPlacement

    var pageWidth: Double { figure.widthInches * 72 }
    var pageHeight: Double { figure.heightInches * 72 }
    var page: Rect { Rect(x: 0, y: 0, width: pageWidth, height: pageHeight) }

    /// The title and subtitle, wrapped or shrunk to the page.
    var titleBlock: TitleBlock {
        TitleBlock(figure: figure, theme: theme, text: text, pageWidth: pageWidth, pageHeight: pageHeight)
    }

    /// A page, its plots' regions and what each plot laid out there.
    struct Composed {
        var scene: Scene
        var regions: [PlotRegion]
        var areas: [PlotArea]
    }

    /// A page holding one plot: its region is the whole page below the title block.
    func scene(_ plot: any PlotKindLayout) -> Scene { single(plot).scene }

    /// A page holding one plot, with what the plot laid out.
    func single(_ plot: any PlotKindLayout) -> Composed {
        let region = PlotRegion(
            cell: page,
            rect: Rect(
                x: 0, y: titleBlock.height, width: pageWidth,
                height: pageHeight - titleBlock.height))
        return compose([(plot, region)])
    }

    /// A page of plots in equal cells below the title block, `columns` to a row, filled row by row (a
    /// multi-panel page; no spec syntax reaches it yet). Each plot lays out a theme gap below its cell's
    /// top, as a single plot does below the title block.
    func grid(_ plots: [any PlotKindLayout], columns: Int) -> Composed {
        let columns = max(1, columns)
        let rows = max(1, (plots.count + columns - 1) / columns)
        let top = titleBlock.height
        let width = pageWidth / Double(columns)
        let height = (pageHeight - top) / Double(rows)
        let placed = plots.enumerated().map { index, plot in
            let cell = Rect(
                x: Double(index % columns) * width, y: top + Double(index / columns) * height,
                width: width, height: height)
            // The gap a single plot finds under the title block: half a tick label may reach above a frame.
            let rect = Rect(x: cell.x, y: cell.y + theme.gap, width: cell.width, height: cell.height - theme.gap)
            return (plot, PlotRegion(cell: cell, rect: rect))
        }
        return compose(placed)
    }

    /// Lays out each plot in its region and puts the page furniture around them.
    func compose(_ plots: [(plot: any PlotKindLayout, region: PlotRegion)]) -> Composed {
        let areas = plots.map { $0.plot.layout(in: $0.region) }
        var nodes = areas.flatMap(\.content)
        nodes += areas.flatMap(\.colorBars).flatMap { $0.drawing.nodes(beside: $0.beside) }
        if let anchor = areas.map(\.titleAnchor).reduce(nil as Rect?, { $0?.union($1) ?? $1 }) {
            nodes += titleNodes(over: anchor)
        }
        nodes += areas.flatMap(\.overlay)
        let scene = Scene(
            width: pageWidth, height: pageHeight,
            background: figure.background.sceneColor, nodes: nodes)
        return Composed(scene: scene, regions: plots.map(\.region), areas: areas)
    }

    /// Title and subtitle, centred over `anchor` (kept near the page's middle, and on the page).
    func titleNodes(over anchor: Rect) -> [SceneNode] {
        let centerX = min(max(anchor.midX, pageWidth * 0.3), pageWidth * 0.7)
        return titleBlock.nodes(centerX: centerX, pageWidth: pageWidth)
    }
}
