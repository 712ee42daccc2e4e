import PlotDiagnostics
import PlotScales

/// An optimisation history (Optuna's `plot_optimization_history`): each trial's shown value against its
/// place in the run, and the best value found so far as a step line. The order is the sampling order for
/// drawn trials (trial 0 first) and, for data, the Optuna trial `number` or the row's position in the
/// file (`DataSampling.order`); "best" follows the sampling's direction.
public struct HistoryPlot: Hashable, Sendable {
    public let shown: ShownValue
    /// Marker diameter of each trial, in points.
    public let markerSize: Double
    /// Opacity of the trial markers.
    public let opacity: Double
    /// Fill of the trial markers.
    public let pointColor: ColorValue
    /// Outline of the trial markers; nil for none.
    public let edgeColor: ColorValue?
    /// Colour and width (points) of the best-so-far line.
    public let bestColor: ColorValue
    public let lineWidth: Double
    /// The value axis' scale: linear, or logarithmic for values spanning decades (every shown value must
    /// then be positive, which evaluation checks: the values are known only once sampled).
    public let valueScale: ScaleKind
    /// Where `value_scale` was written, for that check's error; nil when it was not.
    public let valueScaleSpan: SourceSpan?
    /// The trial axis (across) and the value axis (up).
    public let xAxis: AxisOptions
    public let yAxis: AxisOptions

    init(
        shown: ShownValue, markerSize: Double, opacity: Double, pointColor: ColorValue, edgeColor: ColorValue?,
        bestColor: ColorValue, lineWidth: Double, valueScale: ScaleKind = .linear, valueScaleSpan: SourceSpan? = nil,
        xAxis: AxisOptions, yAxis: AxisOptions
    ) {
        self.shown = shown
        self.markerSize = markerSize
        self.opacity = opacity
        self.pointColor = pointColor
        self.edgeColor = edgeColor
        self.bestColor = bestColor
        self.lineWidth = lineWidth
        self.valueScale = valueScale
        self.valueScaleSpan = valueScaleSpan
        self.xAxis = xAxis
        self.yAxis = yAxis
    }
}
