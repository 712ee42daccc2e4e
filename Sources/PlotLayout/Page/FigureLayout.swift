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

    /// The layout of the spec's plot kind.
    static func kind(_ spec: FigureSpec, table: SampleTable, theme: Theme, text: TextPlacement) -> any PlotKindLayout {
        switch spec.plot {
        case .heatmap(let plot):
            HeatmapLayout(spec: spec, plot: plot, table: table, theme: theme, text: text)
        case .surface(let plot):
            SurfaceLayout(spec: spec, plot: plot, table: table, theme: theme, text: text)
        case .scatter(let plot):
            ScatterLayout(spec: spec, plot: plot, table: table, theme: theme, text: text)
        case .parallelCoordinates(let plot):
            ParallelLayout(spec: spec, plot: plot, table: table, theme: theme, text: text)
        case .slice(let plot):
            SliceLayout(spec: spec, plot: plot, table: table, theme: theme, text: text)
        }
    }
}
