import PlotDiagnostics
import PlotSampling
import PlotScene
import PlotSpec

/// The layout stage's entry point: an evaluated spec in, a device-unit display list out.
public enum FigureLayout {
    public static func layout(_ spec: FigureSpec, table: SampleTable, measurer: any TextMeasurer)
        throws(DiagnosticError) -> Scene
    {
        try composed(spec, table: table, measurer: measurer).scene
    }

    /// The page and what each plot laid out (`FrameMap` reads the frames from it).
    static func composed(_ spec: FigureSpec, table: SampleTable, measurer: any TextMeasurer)
        throws(DiagnosticError) -> PageComposer.Composed
    {
        let theme = Theme(fontSize: spec.figure.fontSize, fontFamilies: spec.figure.fontFamilies)
        let text = TextPlacement(measurer: measurer)
        let page = PageComposer(figure: spec.figure, theme: theme, text: text)
        if let grid = spec.panels, table.panels.count == grid.panels.count {
            return PanelPage(composer: page, grid: grid, tables: table.panels, theme: theme, text: text).compose()
        }
        return page.single(kind(spec, table: table, theme: theme, text: text))
    }

    /// The layout of the spec's plot kind, in its `role` on the page (alone, or one of a page's panels:
    /// which axes it labels, whether it draws its own colour bar).
    static func kind(
        _ spec: FigureSpec, table: SampleTable, theme: Theme, text: TextPlacement, role: PanelRole = .alone
    ) -> any PlotKindLayout {
        switch spec.plot {
        case .heatmap(let plot):
            var layout = HeatmapLayout(spec: spec, plot: plot, table: table, theme: theme, text: text)
            layout.role = role
            return layout
        case .surface(let plot):
            var layout = SurfaceLayout(spec: spec, plot: plot, table: table, theme: theme, text: text)
            layout.drawsColorBar = role.drawsColorBar
            return layout
        case .scatter(let plot):
            var layout = ScatterLayout(spec: spec, plot: plot, table: table, theme: theme, text: text)
            layout.role = role
            return layout
        case .parallelCoordinates(let plot):
            return ParallelLayout(spec: spec, plot: plot, table: table, theme: theme, text: text)
        case .slice(let plot):
            var layout = SliceLayout(spec: spec, plot: plot, table: table, theme: theme, text: text)
            layout.labelledX = role.labelledAxes.labelsX
            // On a page the frames are sized from a first layout; a legend moving out would take the width.
            layout.allowsOutsideLegend = role.isAlone
            return layout
        case .history(let plot):
            var layout = HistoryLayout(spec: spec, plot: plot, table: table, theme: theme, text: text)
            layout.labelledAxes = role.labelledAxes
            layout.shared = role.sharedHistory
            return layout
        case .importance(let plot):
            return ImportanceLayout(spec: spec, plot: plot, table: table, theme: theme, text: text)
        }
    }
}
