import PlotDiagnostics
import PlotYAML

/// What every panel starts from: the spec's own sampling, plot and annotations, and where the plot and
/// annotations were written (a view that changes what they depend on reads them again).
struct PanelBase {
    var sampling: Sampling?
    var plot: Plot?
    var plotNode: YAMLNode?
    var annotations: [Annotation]
    var annotationsNode: YAMLNode?
    var score: ScoreModel?
}

extension DecodeContext {
    /// `panels: {grid: [[truth, estimate]], letters: true, views: {truth: {…}, estimate: {…}}}`: named
    /// views on a grid of cells, each a panel with its own plot and, optionally, its own sampling, held
    /// values and annotations; what a view leaves out it takes from the spec.
    func decodePanels(_ node: YAMLNode, base: PanelBase) -> PanelGridDraft? {
        let d = language.panels
        guard let map = MappingReader(node, .panels, context: self) else { return nil }
        let letters = bool(map, d.letters)
        let colorbar: PanelSharing = choice(map, d.colorbar)
        let axes: PanelSharing = choice(map, d.axes)
        let gridNode = map.required(d.grid)
        let viewsNode = map.required(d.views)
        guard let gridNode, let grid = panelGrid(gridNode) else { return nil }
        guard let viewsNode, let views = MappingReader(viewsNode, namesIn: "panels views", context: self) else {
            return nil
        }
        let viewNames = views.entries.compactMap(\.keyText)
        var panels: [PanelDraft] = []
        var failed = false
        for cell in grid.cells {
            guard let pair = views.entries.first(where: { $0.keyText == cell.name }) else {
                report(
                    Messages.Spec.panelViewUndefined(
                        cell.name, at: cell.node.span, suggestion: Suggestions.closest(to: cell.name, among: viewNames))
                )
                failed = true
                continue
            }
            guard var panel = decodeView(pair, base: base) else {
                failed = true
                continue
            }
            (panel.row, panel.column) = (cell.row, cell.column)
            panels.append(panel)
        }
        let placed = Set(grid.cells.map(\.name))
        for pair in views.entries {
            guard let name = pair.keyText, !placed.contains(name) else { continue }
            report(Messages.Spec.panelViewNotPlaced(name, at: pair.key.span))
            failed = true
        }
        guard !failed else { return nil }
        for (index, title) in Self.lettered(panels.map(\.title), letters: letters).enumerated() {
            panels[index].title = title
        }
        guard panelsWithinBudget(panels, at: gridNode.span) else { return nil }
        let sharing = map.keyNode(d.colorbar.key)
        if colorbar == .shared,
            !panelsColorAlike(panels, views: views, sharing: sharing?.span ?? gridNode.span, written: sharing != nil)
        {
            return nil
        }
        return PanelGridDraft(
            rows: grid.rows, columns: grid.columns, panels: panels, sharesColorScale: colorbar == .shared,
            sharesAxes: axes == .shared)
    }

    /// A grid's cells as written: rows of equal length, each view at most once, `.` for an empty cell.
    private struct GridCells {
        var rows: Int
        var columns: Int
        var cells: [(name: String, row: Int, column: Int, node: YAMLNode)]
    }

    private func panelGrid(_ node: YAMLNode) -> GridCells? {
        guard let rows = list(node, "panels grid") else { return nil }
        guard !rows.isEmpty, rows.count <= SpecLimits.maxPanels else {
            report(Messages.Spec.panelGridSize(rows: rows.count, limit: SpecLimits.maxPanels, at: node.span))
            return nil
        }
        var cells: [(name: String, row: Int, column: Int, node: YAMLNode)] = []
        var width: Int?
        var failed = false
        for (r, rowNode) in rows.enumerated() {
            guard let items = list(rowNode, "a row of the panels grid") else {
                failed = true
                continue
            }
            guard !items.isEmpty, items.count <= SpecLimits.maxPanels else {
                report(Messages.Spec.panelGridSize(columns: items.count, limit: SpecLimits.maxPanels, at: rowNode.span))
                failed = true
                continue
            }
            if let width, items.count != width {
                report(Messages.Spec.panelGridRagged(row: r + 1, cells: items.count, expected: width, at: rowNode.span))
                failed = true
                continue
            }
            width = items.count
            for (c, item) in items.enumerated() {
                guard let name = string(item, "a view name") else {
                    failed = true
                    continue
                }
                if name == "." { continue }
                if let earlier = cells.first(where: { $0.name == name }) {
                    report(
                        Messages.Spec.panelViewTwice(
                            name, row: earlier.row + 1, column: earlier.column + 1, at: item.span,
                            first: earlier.node.span))
                    failed = true
                    continue
                }
                cells.append((name, r, c, item))
            }
        }
        guard !failed, let width else { return nil }
        guard !cells.isEmpty else {
            report(Messages.Spec.panelGridEmpty(at: node.span))
            return nil
        }
        guard cells.count <= SpecLimits.maxPanels else {
            report(
                Messages.Spec.tooLarge("\(cells.count) panels", limit: "\(SpecLimits.maxPanels) panels", at: node.span))
            return nil
        }
        return GridCells(rows: rows.count, columns: width, cells: cells)
    }

    /// One view: its own title, held values, sampling, plot and annotations, the spec's where it has none.
    /// Problems a view causes in what it takes from the spec (the spec's plot on the view's sampling) are
    /// reported where they are written, with a note at the view.
    private func decodeView(_ pair: YAMLPair, base: PanelBase) -> PanelDraft? {
        let d = language.view
        guard let name = pair.keyText,
            let map = MappingReader(pair.value, .view, named: "view '\(name)'", context: self)
        else { return nil }
        let title = map[d.title].flatMap { string($0, "title") }
        let savedParameters = parameters
        let savedHoldSpans = holdKeySpans
        defer {
            parameters = savedParameters
            holdKeySpans = savedHoldSpans
        }
        if let hold = map[d.hold] { decodeHold(hold) }
        let ownSampling = map[d.sampling].map { decodeSampling($0) }
        let sampling = ownSampling ?? base.sampling
        if let hold = map[d.hold], let sampling { checkHold(hold, sampling: sampling) }
        let changesContext = map.has(d.sampling) || map.has(d.hold)
        let plot: Plot?
        if let plotNode = map[d.plot] {
            plot = decodePlot(plotNode, sampling: sampling)
            checkSliceNoiseBand(plot, score: base.score, plotNode: plotNode)
        } else if let plotNode = base.plotNode {
            // The spec's plot read again against this view's sampling and held values, when they differ.
            plot =
                changesContext && base.plot != nil
                ? inView(name, at: pair.key) { decodePlot(plotNode, sampling: sampling) } : base.plot
        } else {
            report(Messages.Spec.panelViewWithoutPlot(name, at: pair.key.span))
            plot = nil
        }
        var annotations = base.annotations
        if let plot, let node = base.annotationsNode, plot != base.plot || changesContext {
            annotations = inView(name, at: pair.key) { decodeAnnotations(node, plot: plot) }
        }
        if let node = map[d.annotations] {
            let own = decodeAnnotations(node, plot: plot)
            if annotations.count + own.count > SpecLimits.maxAnnotations {
                report(
                    Messages.Spec.tooLarge(
                        "\(annotations.count + own.count) annotations in view '\(name)'",
                        limit: "\(SpecLimits.maxAnnotations)", at: node.span))
            }
            annotations += own
        }
        guard let sampling, let plot else { return nil }
        return PanelDraft(
            name: name, row: 0, column: 0, title: title, parameters: parameters, sampling: sampling, plot: plot,
            annotations: annotations)
    }

    /// Runs `read` on what a view takes from the spec. What it reports that the spec's own reading did
    /// not gets a note naming the view; what the spec's reading already reported is not repeated.
    private func inView<T>(_ name: String, at key: YAMLNode, _ read: () -> T) -> T {
        let outer = bag
        bag = DiagnosticBag()
        let result = read()
        let found = bag.diagnostics
        bag = outer
        for var diagnostic in found where !bag.diagnostics.contains(diagnostic) {
            diagnostic.notes.append(Messages.Spec.inView(name, at: key.span))
            report(diagnostic)
        }
        return result
    }

    /// With one colour bar for the page, every panel that colours by value must colour alike: the same
    /// shown value, colormap, range, label and buckets. Reports the first view that differs from the
    /// first colouring view.
    private func panelsColorAlike(
        _ panels: [PanelDraft], views: MappingReader, sharing: SourceSpan, written: Bool
    ) -> Bool {
        let colouring = panels.filter { $0.plot.colorEncoding != nil }
        guard let first = colouring.first, let encoding = first.plot.colorEncoding else { return true }
        for panel in colouring.dropFirst() {
            guard let other = panel.plot.colorEncoding else { continue }
            let difference: String? =
                if panel.plot.shown != first.plot.shown {
                    "it shows the \(panel.plot.shown.rawValue) where '\(first.name ?? "")' shows the \(first.plot.shown.rawValue)"
                } else if other.lower != encoding.lower || other.upper != encoding.upper {
                    "its colour range differs"
                } else if other.colormap != encoding.colormap || other.buckets != encoding.buckets {
                    "its colormap differs"
                } else if other.label != encoding.label {
                    "its colour bar title differs"
                } else { nil }
            guard let difference else { continue }
            let viewNode = views.entries.first { $0.keyText == panel.name }
            let at = viewNode?.value.mapping?.first { $0.keyText == language.view.plot.name }?.key ?? viewNode?.key
            report(
                Messages.Spec.panelsColorDiffer(
                    panel.name ?? "", first: first.name ?? "", difference, at: at?.span ?? views.node.span,
                    sharing: sharing, sharingIsWritten: written))
            return false
        }
        return true
    }
}
