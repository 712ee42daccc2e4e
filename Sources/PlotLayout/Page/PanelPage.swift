import PlotSampling
import PlotScene
import PlotSpec

/// Lays out a page of panels (a facet or `panels:`): a grid of plots below the title block, each with its
/// title above its frame, sharing axes with neighbours that draw the same axis and, when the page says
/// so, one colour bar right of the rightmost column.
///
/// Frames are laid on the grid first, all of one size (matplotlib's `subplots`): each column takes the
/// widest left and right margin of its panels, each row the tallest top and bottom margin (and the room
/// of a panel title), and what is left is split equally. Each panel's kind is then given the region that
/// puts its frame there, from the margins measured by laying the panel out once in its share of the
/// page. So no kind needs a "frame size" parameter, and panels of different kinds line up.
struct PanelPage {
    let composer: PageComposer
    let grid: PanelGrid
    let tables: [SampleTable]
    let theme: Theme
    let text: TextPlacement

    /// The page, its panels' regions and what each laid out.
    func compose() -> PageComposer.Composed {
        let panels = grid.panels
        let bar = sharedColorBar
        let top = composer.titleBlock.height
        let barRoom = bar?.extent ?? 0
        // Each panel's share of the page: what its kind sizes ticks from.
        let share = (
            width: (composer.pageWidth - barRoom) / Double(grid.columns),
            height: (composer.pageHeight - top) / Double(grid.rows)
        )
        let roles = panels.indices.map(role)
        // A heatmap's or scatter's margins follow from its plot and role alone (axes from parameter ranges,
        // no data): a facet's panels measure once, not once each.
        var measured: [MarginKey: Margins] = [:]
        let margins = panels.indices.map { index -> Margins in
            let panel = panels[index]
            let key = MarginKey(panel.spec.plot, role: roles[index])
            if let key, let known = measured[key] { return known }
            let cell = Rect(
                x: Double(panel.column) * share.width, y: top + Double(panel.row) * share.height, width: share.width,
                height: share.height)
            let frame = kind(index, role: roles[index]).layout(in: PlotRegion(cell: cell, rect: cell)).titleAnchor
            let margin = Margins(
                left: frame.minX - cell.minX, top: frame.minY - cell.minY, right: cell.maxX - frame.maxX,
                bottom: cell.maxY - frame.maxY)
            if let key { measured[key] = margin }
            return margin
        }
        var left = [Double](repeating: 0, count: grid.columns)
        var right = left
        var above = [Double](repeating: 0, count: grid.rows)
        var below = above
        for (panel, margin) in zip(panels, margins) {
            left[panel.column] = max(left[panel.column], margin.left)
            right[panel.column] = max(right[panel.column], margin.right)
            let title = panel.title == nil ? 0 : theme.gap + panelTitleHeight
            above[panel.row] = max(above[panel.row], margin.top + title)
            below[panel.row] = max(below[panel.row], margin.bottom)
        }
        let frameWidth = max(
            10, (composer.pageWidth - barRoom - left.reduce(0, +) - right.reduce(0, +)) / Double(grid.columns))
        let frameHeight = max(
            10, (composer.pageHeight - top - above.reduce(0, +) - below.reduce(0, +)) / Double(grid.rows))
        var regions: [PlotRegion] = []
        var areas: [PlotArea] = []
        for (index, panel) in panels.enumerated() {
            let x = (0..<panel.column).reduce(0.0) { $0 + left[$1] + frameWidth + right[$1] } + left[panel.column]
            let y = top + (0..<panel.row).reduce(0.0) { $0 + above[$1] + frameHeight + below[$1] } + above[panel.row]
            let margin = margins[index]
            let region = PlotRegion(
                cell: Rect(
                    x: Double(panel.column) * share.width, y: top + Double(panel.row) * share.height,
                    width: share.width, height: share.height),
                rect: Rect(
                    x: x - margin.left, y: y - margin.top, width: frameWidth + margin.left + margin.right,
                    height: frameHeight + margin.top + margin.bottom))
            regions.append(region)
            areas.append(kind(index, role: roles[index]).layout(in: region))
        }
        var nodes = areas.flatMap(\.content)
        nodes += areas.flatMap(\.colorBars).flatMap { $0.drawing.nodes(beside: $0.beside) }
        for (panel, area) in zip(panels, areas) {
            if let title = panel.title { nodes += panelTitle(title, over: area.titleAnchor) }
        }
        // The shared bar stands right of the rightmost place any panel would put its own, as tall as the
        // rows of panels that colour by value.
        if let bar {
            let sites = panels.indices.filter { !roles[$0].drawsColorBar }.compactMap { areas[$0].colorBarSite }
            if let beside = sites.reduce(nil as Rect?, { $0?.union($1) ?? $1 }) {
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

    /// The page's one colour bar: the first panel's that colours by value, when the panels share a scale
    /// (the decoder made sure they all colour alike). A parallel-coordinates panel keeps its own colour
    /// key: it is part of that plot's side panel, as its buckets are.
    private var sharedColorBar: ColorBarDrawing? {
        guard grid.sharesColorScale else { return nil }
        var bar = grid.panels.lazy.compactMap { panel -> ColorBarDrawing? in
            guard Self.sharesColorBar(panel.spec.plot), let encoding = panel.spec.plot.colorEncoding else { return nil }
            return ColorBarDrawing.ifShown(theme: theme, text: text, scale: ColorScale(encoding))
        }.first
        bar?.explainsMissing = zip(grid.panels, tables).contains { MissingCells.hatched(by: $0.spec.plot, table: $1) }
        return bar
    }

    /// Kinds whose colour bar the page can draw for them.
    private static func sharesColorBar(_ plot: Plot) -> Bool {
        switch plot {
        case .heatmap, .surface, .scatter: true
        case .parallelCoordinates, .slice, .history, .importance: false
        }
    }

    /// What panel `index` shares: it labels an axis unless the panel just below (for x) or just left (for
    /// y) draws the same axis and the page shares axes; it leaves its colour bar to the page's.
    private func role(_ index: Int) -> PanelRole {
        let panel = grid.panels[index]
        let neighbour = { (row: Int, column: Int) in
            grid.panels.first { $0.row == row && $0.column == column }
        }
        var role = PanelRole.onPage
        if grid.sharesAxes {
            if let below = neighbour(panel.row + 1, panel.column), let axis = AxisIdentity.x(panel.spec.plot),
                axis == AxisIdentity.x(below.spec.plot)
            {
                role.labelledAxes.labelsX = false
            }
            if let before = neighbour(panel.row, panel.column - 1), let axis = AxisIdentity.y(panel.spec.plot),
                axis == AxisIdentity.y(before.spec.plot)
            {
                role.labelledAxes.labelsY = false
            }
        }
        role.drawsColorBar = !(grid.sharesColorScale && Self.sharesColorBar(panel.spec.plot))
        if grid.sharesAxes, case .history = panel.spec.plot { role.sharedHistory = sharedHistory }
        return role
    }

    /// The ranges every history panel shares, so their trial and value axes are one axis.
    private var sharedHistory: HistoryRanges? {
        HistoryRanges.shared(grid.panels, tables: tables)
    }

    /// Panel `index`'s plot kind in `role`.
    private func kind(_ index: Int, role: PanelRole) -> any PlotKindLayout {
        FigureLayout.kind(grid.panels[index].spec, table: tables[index], theme: theme, text: text, role: role)
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

/// How far a panel's frame sits inside the region its kind is given.
private struct Margins {
    var left: Double
    var top: Double
    var right: Double
    var bottom: Double
}

/// What a panel's margins depend on when its data cannot change them; nil for kinds whose axes follow
/// their data (a slice's value axis, a surface's fit) or that draw side panels (parallel coordinates).
private struct MarginKey: Hashable {
    let plot: Plot
    let labelsX: Bool
    let labelsY: Bool
    let drawsColorBar: Bool

    init?(_ plot: Plot, role: PanelRole) {
        switch plot {
        case .heatmap, .scatter: break
        case .surface, .slice, .parallelCoordinates, .importance: return nil
        case .history: return nil
        }
        self.plot = plot
        labelsX = role.labelledAxes.labelsX
        labelsY = role.labelledAxes.labelsY
        drawsColorBar = role.drawsColorBar
    }
}

/// What makes two panels' axes the same axis, so that one set of tick labels serves both: the same kind
/// (heatmaps and scatters pad their axes differently), parameter and axis options. Nil for an axis
/// that is not a shared cartesian one (a slice's value axis follows its curves; surfaces and parallel
/// coordinates have no such axes). A history's axes are no parameter (-1 and, for a loss, -2 stand in):
/// its panels share one trial range and one value range (`HistoryRanges.shared`), so equal options make
/// equal axes.
private struct AxisIdentity: Equatable {
    let kind: String
    let parameter: Int
    let options: AxisOptions

    static func x(_ plot: Plot) -> AxisIdentity? {
        switch plot {
        case .heatmap(let p): AxisIdentity(kind: plot.kindName, parameter: p.x, options: p.xAxis)
        case .scatter(let p): AxisIdentity(kind: plot.kindName, parameter: p.x, options: p.xAxis)
        case .slice(let p): AxisIdentity(kind: plot.kindName, parameter: p.x, options: p.xAxis)
        case .surface, .parallelCoordinates, .importance: nil
        case .history(let p): AxisIdentity(kind: plot.kindName, parameter: -1, options: p.xAxis)
        }
    }

    static func y(_ plot: Plot) -> AxisIdentity? {
        switch plot {
        case .heatmap(let p): AxisIdentity(kind: plot.kindName, parameter: p.y, options: p.yAxis)
        case .scatter(let p): AxisIdentity(kind: plot.kindName, parameter: p.y, options: p.yAxis)
        case .slice, .surface, .parallelCoordinates, .importance: nil
        case .history(let p):
            AxisIdentity(
                kind: "\(plot.kindName) \(p.valueScale.rawValue)", parameter: p.shown == .loss ? -2 : -1,
                options: p.yAxis)
        }
    }
}
