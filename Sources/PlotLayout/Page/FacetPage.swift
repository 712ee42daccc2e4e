import PlotSampling
import PlotScene
import PlotSpec

/// Lays out a faceted spec: one panel per facet value in a grid below the title block, each titled
/// ("depth = 4"), all sharing the spec's one colour scale and drawing one colour bar for the page,
/// right of the last column.
///
/// Frames are laid on a grid first (equal sizes; the first column and the bottom row take the room of
/// their axis labels, inner gaps only that of tick marks) and each panel's kind is then given the region
/// that puts its frame there, from the insets measured by laying out the first panel once per way of
/// sharing axes. Regions may overlap a neighbour's empty margin: the colour bar room every kind reserves
/// right of its frame is only drawn into right of the last column.
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
        let bar = spec.plot.colorEncoding.flatMap {
            ColorBarDrawing.ifShown(theme: theme, text: text, scale: ColorScale($0))
        }
        let top = composer.titleBlock.height
        let titleRoom = theme.gap + panelTitleHeight
        // Each panel's share of the page: what its kind sizes ticks from, the same for every panel.
        let share = Rect(
            x: 0, y: 0, width: composer.pageWidth / Double(columns),
            height: (composer.pageHeight - top) / Double(rows))
        let insets = Insets.probe(panels.first, tables.first, cell: share, kind: kind)
        // Frames of one size on a grid: the first column and the bottom row take the room of their labels,
        // inner gaps the room of tick marks only (and of x labels hanging past a frame's edge).
        let first = insets.left(labelsY: true)
        // A kind that does not share axes may draw anywhere in its region (a surface's axis titles): its
        // panels get whole regions side by side, each with the colour bar room it reserves.
        let sharesAxes =
            panels.first.flatMap { panel in
                tables.first.map { kind(panel, table: $0, shared: .both) is HeatmapLayout }
            } ?? false
        let gapX = insets.left(labelsY: false) + (sharesAxes ? 0 : insets.right)
        let lowest = insets.bottom(labelsX: true)
        let gapY = insets.bottom(labelsX: false) + titleRoom + insets.top
        let frameWidth = max(
            10, (composer.pageWidth - first - insets.right - Double(columns - 1) * gapX) / Double(columns))
        let frameHeight = max(
            10,
            (composer.pageHeight - top - titleRoom - insets.top - lowest - Double(rows - 1) * gapY) / Double(rows))
        var regions: [PlotRegion] = []
        var areas: [PlotArea] = []
        for (index, panel) in panels.enumerated() {
            let (row, column) = (index / columns, index % columns)
            let shared = SharedAxes(labelsX: index + columns >= panels.count, labelsY: column == 0)
            let frame = Rect(
                x: first + Double(column) * (frameWidth + gapX),
                y: top + titleRoom + insets.top + Double(row) * (frameHeight + gapY),
                width: frameWidth, height: frameHeight)
            let inset = insets.of(shared)
            let rect = Rect(
                x: frame.minX - inset.left, y: frame.minY - inset.top,
                width: frame.width + inset.left + inset.right, height: frame.height + inset.top + inset.bottom)
            let cell = Rect(
                x: Double(column) * share.width, y: top + Double(row) * share.height, width: share.width,
                height: share.height)
            let region = PlotRegion(cell: cell, rect: rect)
            regions.append(region)
            areas.append(kind(panel, table: tables[index], shared: shared).layout(in: region))
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

    /// A panel's plot kind, sharing its axes with its neighbours where the kind is cartesian.
    func kind(_ panel: FacetPanel, table: SampleTable, shared: SharedAxes) -> any PlotKindLayout {
        let kind = FigureLayout.kind(panel.spec, table: table, theme: theme, text: text)
        guard var heatmap = kind as? HeatmapLayout else { return kind }
        heatmap.labelledAxes = shared
        return heatmap
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

/// How far a panel's frame sits inside the region its kind is given, for each way of sharing axes:
/// measured by laying out the first panel in its share of the page (kinds that do not share axes measure
/// the same four times).
private struct Insets {
    /// By `labelsX`, `labelsY`: left, top, right, bottom.
    var measured: [Bool: [Bool: (left: Double, top: Double, right: Double, bottom: Double)]] = [:]

    static func probe(
        _ panel: FacetPanel?, _ table: SampleTable?, cell: Rect,
        kind: (FacetPanel, SampleTable, SharedAxes) -> any PlotKindLayout
    ) -> Insets {
        var insets = Insets()
        for labelsX in [false, true] {
            for labelsY in [false, true] {
                var inset = (left: 0.0, top: 0.0, right: 0.0, bottom: 0.0)
                if let panel, let table {
                    let region = PlotRegion(cell: cell, rect: cell)
                    let shared = SharedAxes(labelsX: labelsX, labelsY: labelsY)
                    let frame = kind(panel, table, shared).layout(in: region).titleAnchor
                    inset = (
                        frame.minX - cell.minX, frame.minY - cell.minY, cell.maxX - frame.maxX, cell.maxY - frame.maxY
                    )
                }
                insets.measured[labelsX, default: [:]][labelsY] = inset
            }
        }
        return insets
    }

    func of(_ shared: SharedAxes) -> (left: Double, top: Double, right: Double, bottom: Double) {
        measured[shared.labelsX]?[shared.labelsY] ?? (0, 0, 0, 0)
    }

    /// The widest left inset of panels with (without) y labels, whether or not they label x.
    func left(labelsY: Bool) -> Double {
        max(of(SharedAxes(labelsX: true, labelsY: labelsY)).left, of(SharedAxes(labelsX: false, labelsY: labelsY)).left)
    }

    func bottom(labelsX: Bool) -> Double {
        max(
            of(SharedAxes(labelsX: labelsX, labelsY: true)).bottom,
            of(SharedAxes(labelsX: labelsX, labelsY: false)).bottom)
    }

    var top: Double { of(.both).top }
    var right: Double { of(.both).right }
}

extension Plot {
    /// The colour encoding the page's one colour bar shows; nil for a kind that colours by series (a
    /// slice's curves have a legend, not a colour scale).
    var colorEncoding: ColorEncoding? {
        switch self {
        case .heatmap(let plot): plot.color
        case .surface(let plot): plot.color
        case .scatter(let plot): plot.color
        case .parallelCoordinates(let plot): plot.color
        case .slice: nil
        }
    }
}
