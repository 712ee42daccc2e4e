import PlotDiagnostics
import PlotScales

/// What is drawn, and how the data is encoded.
public enum Plot: Hashable, Sendable {
    case heatmap(HeatmapPlot)
    case surface(SurfacePlot)
    case parallelCoordinates(ParallelPlot)
    case scatter(ScatterPlot)
    case slice(SlicePlot)
    case history(HistoryPlot)
    case importance(ImportancePlot)

    /// The estimate a heatmap or surface draws from scattered trials; nil for every other plot.
    public var estimate: TrialEstimate? {
        switch self {
        case .heatmap(let plot): plot.estimate
        case .surface(let plot): plot.estimate
        default: nil
        }
    }

    /// The spec keyword of the plot kind.
    public var kindName: String {
        switch self {
        case .heatmap: "heatmap"
        case .surface: "surface3d"
        case .parallelCoordinates: "parallel_coordinates"
        case .scatter: "scatter"
        case .slice: "slice"
        case .history: "history"
        case .importance: "importance"
        }
    }

    /// The colour encoding of a kind that colours by value (what a colour bar shows); nil for a kind
    /// that colours by series (a slice's curves and a history's trials have a legend, not a colour scale).
    public var colorEncoding: ColorEncoding? {
        switch self {
        case .heatmap(let plot): plot.color
        case .surface(let plot): plot.color
        case .scatter(let plot): plot.color
        case .parallelCoordinates(let plot): plot.color
        case .slice, .history, .importance: nil
        }
    }

    /// Which quantity the plot shows: the score or the loss.
    public var shown: ShownValue {
        switch self {
        case .heatmap(let plot): plot.shown
        case .surface(let plot): plot.shown
        case .scatter(let plot): plot.shown
        case .parallelCoordinates(let plot): plot.shown
        case .slice(let plot): plot.shown
        case .history(let plot): plot.shown
        // Shares of variance are the same for the score and the loss (1 − score).
        case .importance: .score
        }
    }
}

/// Per-axis presentation: label, tick labels and grid lines.
public struct AxisOptions: Hashable, Sendable {
    /// Overrides the parameter's label.
    public let label: String?
    /// Overrides the parameter's tick format.
    public let tickFormat: TickFormat?
    public let grid: Bool

    init(label: String? = nil, tickFormat: TickFormat? = nil, grid: Bool = false) {
        self.label = label
        self.tickFormat = tickFormat
        self.grid = grid
    }

    /// No overrides: the parameter's own label and tick format, no grid lines (an axis the spec does not
    /// configure, such as each axis of a parallel-coordinates plot).
    public static let automatic = AxisOptions()
}

/// Which quantity a plot shows: the score itself or `1 − score` (a loss).
public enum ShownValue: String, Hashable, Sendable, CaseIterable {
    case score
    case loss

    public func apply(_ score: Double) -> Double {
        switch self {
        case .score: score
        case .loss: 1 - score
        }
    }
}

/// How the score becomes colour: a colormap over a range, or discrete buckets.
public struct ColorEncoding: Hashable, Sendable {
    /// The colormap, resolved from its name by the decoder, as drawn: a `_r` name gives the reversed map
    /// (`colormap.isReversed`). Unused when `buckets` are present.
    public let colormap: Colormap
    /// The value range mapped onto the colormap's ends.
    public let lower: Double
    public let upper: Double
    /// Colour-bar (or legend) title.
    public let label: String?
    /// Discrete performance buckets; when present they replace the continuous colormap.
    public let buckets: [Bucket]

    init(colormap: Colormap, lower: Double, upper: Double, label: String?, buckets: [Bucket] = []) {
        self.colormap = colormap
        self.lower = lower
        self.upper = upper
        self.label = label
        self.buckets = buckets
    }

    /// A bucket holds the values below `upper` and at or above the previous bucket's bound.
    public struct Bucket: Hashable, Sendable {
        public let upper: Double
        public let label: String
        public let color: ColorValue

        init(upper: Double, label: String, color: ColorValue) {
            self.upper = upper
            self.label = label
            self.color = color
        }
    }
}

/// Cells of a 2-D grid slice, coloured by score.
public struct HeatmapPlot: Hashable, Sendable {
    public let x: Int
    public let y: Int
    public let shown: ShownValue
    /// The sampled scores or the noise-free score.
    public let landscape: Landscape
    public let color: ColorEncoding
    /// Score levels to draw as labelled contour lines.
    public let contours: [Double]
    public let contourColor: ColorValue
    public let xAxis: AxisOptions
    public let yAxis: AxisOptions
    /// The estimate over scattered trials (`estimate:`); nil for a grid.
    public let estimate: TrialEstimate?
    /// Whether the trials an estimate comes from are drawn on top as markers (`trials: true`).
    public let drawsTrials: Bool

    init(
        x: Int, y: Int, shown: ShownValue, landscape: Landscape = .sampled, color: ColorEncoding, contours: [Double],
        contourColor: ColorValue,
        xAxis: AxisOptions, yAxis: AxisOptions, estimate: TrialEstimate? = nil, drawsTrials: Bool = false
    ) {
        self.x = x
        self.y = y
        self.shown = shown
        self.landscape = landscape
        self.color = color
        self.contours = contours
        self.contourColor = contourColor
        self.xAxis = xAxis
        self.yAxis = yAxis
        self.estimate = estimate
        self.drawsTrials = drawsTrials
    }
}

/// A 3-D surface over a 2-D grid slice, seen from a camera.
public struct SurfacePlot: Hashable, Sendable {
    public let x: Int
    public let y: Int
    public let shown: ShownValue
    /// The sampled scores or the noise-free score.
    public let landscape: Landscape
    public let color: ColorEncoding
    /// Camera angles in degrees.
    public let elevation: Double
    public let azimuth: Double
    public let xAxis: AxisOptions
    public let yAxis: AxisOptions
    public let zAxis: AxisOptions
    /// The estimate over scattered trials (`estimate:`); nil for a grid.
    public let estimate: TrialEstimate?

    init(
        x: Int, y: Int, shown: ShownValue, landscape: Landscape = .sampled, color: ColorEncoding, elevation: Double,
        azimuth: Double,
        xAxis: AxisOptions, yAxis: AxisOptions, zAxis: AxisOptions, estimate: TrialEstimate? = nil
    ) {
        self.x = x
        self.y = y
        self.shown = shown
        self.landscape = landscape
        self.color = color
        self.elevation = elevation
        self.azimuth = azimuth
        self.xAxis = xAxis
        self.yAxis = yAxis
        self.zAxis = zAxis
        self.estimate = estimate
    }
}

/// One vertical axis per parameter plus the score; one polyline per trial.
public struct ParallelPlot: Hashable, Sendable {
    public let axes: [Int]
    public let shown: ShownValue
    public let color: ColorEncoding
    public let lineWidth: Double
    public let opacity: Double

    init(axes: [Int], shown: ShownValue, color: ColorEncoding, lineWidth: Double, opacity: Double) {
        self.axes = axes
        self.shown = shown
        self.color = color
        self.lineWidth = lineWidth
        self.opacity = opacity
    }
}

/// Trials as points, coloured by score.
public struct ScatterPlot: Hashable, Sendable {
    public let x: Int
    public let y: Int
    public let shown: ShownValue
    public let color: ColorEncoding
    /// Marker diameter in points.
    public let markerSize: Double
    public let opacity: Double
    public let edgeColor: ColorValue?
    public let xAxis: AxisOptions
    public let yAxis: AxisOptions

    init(
        x: Int, y: Int, shown: ShownValue, color: ColorEncoding, markerSize: Double, opacity: Double,
        edgeColor: ColorValue?, xAxis: AxisOptions, yAxis: AxisOptions
    ) {
        self.x = x
        self.y = y
        self.shown = shown
        self.color = color
        self.markerSize = markerSize
        self.opacity = opacity
        self.edgeColor = edgeColor
        self.xAxis = xAxis
        self.yAxis = yAxis
    }
}
