import PlotSampling
import PlotScene
import PlotSpec

/// Lays out a faceted spec: one panel per facet value in a grid below the title block, each titled
/// ("depth = 4"), all sharing the spec's one colour scale and drawing one colour bar for the page,
/// right of the last column.
///
/// Every panel reserves the colour bar's width to its right (the plot kinds always do); the grid's
/// columns are spaced so that this reserve overlaps the next column's left margin and only the last
/// column's reserve is seen, where the page's bar goes. Panels therefore have equal frames.
struct FacetPage {
    let composer: PageComposer
    let spec: FigureSpec
    let facet: Facet
    let panels: [FacetPanel]
    let tables: [SampleTable]
    let theme: Theme
    let text: TextPlacement

    /// The page, its panels' regions and what each laid out.
    func compose() -> PageComposer.Composed {
        let columns = facet.columns
        let rows = facet.rows
        let bar = ColorBarDrawing.ifShown(theme: theme, text: text, scale: ColorScale(spec.plot.colorEncoding))
        let reserve = (bar?.extent ?? 0) + theme.base * 0.2
        let top = composer.titleBlock.height
        let titleHeight = panelTitleHeight
        let width = (composer.pageWidth - reserve) / Double(columns)
        let height = (composer.pageHeight - top) / Double(rows)
        var regions: [PlotRegion] = []
        var areas: [PlotArea] = []
        for (index, panel) in panels.enumerated() {
            let cell = Rect(
                x: Double(index % columns) * width, y: top + Double(index / columns) * height,
                width: width, height: height)
            let rect = Rect(
                x: cell.x, y: cell.y + theme.gap + titleHeight,
                width: width + reserve, height: height - theme.gap - titleHeight)
            let region = PlotRegion(cell: cell, rect: rect)
            let kind = FigureLayout.kind(panel.spec, table: tables[index], theme: theme, text: text)
            regions.append(region)
            areas.append(kind.layout(in: region))
        }
        var nodes = areas.flatMap(\.content)
        nodes += zip(panels, areas).flatMap { panelTitle($0.title, over: $1.titleAnchor) }
        if let bar {
            let lastColumn = areas.indices.filter { $0 % columns == columns - 1 || $0 == areas.count - 1 }
            let besides = lastColumn.compactMap { areas[$0].colorBars.first?.beside }
            if let beside = besides.reduce(nil as Rect?, { $0?.union($1) ?? $1 }) {
                nodes += bar.nodes(beside: beside)
            }
        }
        if let anchor = areas.map(\.titleAnchor).reduce(nil as Rect?, { $0?.union($1) ?? $1 }) {
            nodes += composer.titleNodes(over: anchor)
        }
        nodes += areas.flatMap(\.overlay)
        let scene = Scene(
            width: composer.pageWidth, height: composer.pageHeight,
            background: composer.figure.background.sceneColor, nodes: nodes)
        return PageComposer.Composed(scene: scene, regions: regions, areas: areas)
    }

    /// Room a panel title takes above its plot.
    private var panelTitleHeight: Double {
        text.block("depth = 4", font: theme.axisLabelFont, color: theme.ink, at: Point(0, 0), anchor: anchor).box
            .height + theme.gap
    }

    private var anchor: TextAnchor { TextAnchor(.center, .bottom) }

    /// A panel's title, centred a gap above what the panel's kind centres titles over.
    private func panelTitle(_ title: String, over rect: Rect) -> [SceneNode] {
        text.block(
            title, font: theme.axisLabelFont, color: theme.ink, at: Point(rect.midX, rect.minY - theme.gap),
            anchor: anchor, alignment: .center
        ).runs.map(SceneNode.text)
    }
}

extension Plot {
    /// The colour encoding every plot kind has.
    var colorEncoding: ColorEncoding {
        switch self {
        case .heatmap(let plot): plot.color
        case .surface(let plot): plot.color
        case .scatter(let plot): plot.color
        case .parallelCoordinates(let plot): plot.color
        }
    }
}
