import PlotDiagnostics
import PlotScene
import PlotSampling
import PlotSpec

/// The layout stage's entry point: an evaluated spec in, a device-unit display list out.
public enum FigureLayout {
    public static func layout(_ spec: FigureSpec, table: SampleTable, measurer: any TextMeasurer)
        throws(DiagnosticError) -> Scene
    {
        let theme = Theme(fontSize: spec.figure.fontSize, fontFamilies: spec.figure.fontFamilies)
        let text = TextPlacement(measurer: measurer)
        switch spec.plot {
        case .heatmap(let plot):
            return HeatmapLayout(spec: spec, plot: plot, table: table, theme: theme, text: text).scene()
        case .surface(let plot):
            return SurfaceLayout(spec: spec, plot: plot, table: table, theme: theme, text: text).scene()
        case .scatter(let plot):
            return ScatterLayout(spec: spec, plot: plot, table: table, theme: theme, text: text).scene()
        case .parallelCoordinates(let plot):
            return ParallelLayout(spec: spec, plot: plot, table: table, theme: theme, text: text).scene()
        }
    }
}
