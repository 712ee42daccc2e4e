import PlotDiagnostics

/// What is drawn, and how the data is encoded.
public enum Plot: Hashable, Sendable {
    case heatmap(HeatmapPlot)
    case surface(SurfacePlot)
    case parallelCoordinates(ParallelPlot)
    case scatter(ScatterPlot)

    /// The spec keyword of the plot kind.
    public var kindName: String {
        switch self {
        case .heatmap: "heatmap"
        case .surface: "surface3d"
        case .parallelCoordinates: "parallel_coordinates"
        case .scatter: "scatter"
        }
    }
}

/// Per-axis presentation: label, tick labels and grid lines.
public struct AxisOptions: Hashable, Sendable {
    /// Overrides the parameter's label.
    public var label: String?
    /// Overrides the parameter's tick format.
    public var tickFormat: TickFormat?
    public var grid: Bool

    public init(label: String? = nil, tickFormat: TickFormat? = nil, grid: Bool = false) {
        self.label = label
        self.tickFormat = tickFormat
        self.grid = grid
    }
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
    /// A named colormap (validated; `_r` suffix means reversed).
    public var colormap: String
    /// The value range mapped onto the colormap's ends.
    public var lower: Double
    public var upper: Double
    /// Colour-bar (or legend) title.
    public var label: String?
    /// Discrete performance buckets; when present they replace the continuous colormap.
    public var buckets: [Bucket]

    public init(colormap: String, lower: Double, upper: Double, label: String?, buckets: [Bucket] = []) {
        self.colormap = colormap
        self.lower = lower
        self.upper = upper
        self.label = label
        self.buckets = buckets
    }

    /// A bucket holds the values below `upper` and at or above the previous bucket's bound.
    public struct Bucket: Hashable, Sendable {
        public var upper: Double
        public var label: String
        public var color: ColorValue

        public init(upper: Double, label: String, color: ColorValue) {
            self.upper = upper
            self.label = label
            self.color = color
        }
    }
}

/// Cells of a 2-D grid slice, coloured by score.
public struct HeatmapPlot: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var shown: ShownValue
    public var color: ColorEncoding
    /// Score levels to draw as labelled contour lines.
    public var contours: [Double]
    public var contourColor: ColorValue
    public var xAxis: AxisOptions
    public var yAxis: AxisOptions

    public init(
        x: Int, y: Int, shown: ShownValue, color: ColorEncoding, contours: [Double], contourColor: ColorValue,
        xAxis: AxisOptions, yAxis: AxisOptions
    ) {
        self.x = x
        self.y = y
        self.shown = shown
        self.color = color
        self.contours = contours
        self.contourColor = contourColor
        self.xAxis = xAxis
        self.yAxis = yAxis
    }
}

/// A 3-D surface over a 2-D grid slice, seen from a camera.
public struct SurfacePlot: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var shown: ShownValue
    public var color: ColorEncoding
    /// Camera angles in degrees.
    public var elevation: Double
    public var azimuth: Double
    public var xAxis: AxisOptions
    public var yAxis: AxisOptions
    public var zAxis: AxisOptions

    public init(
        x: Int, y: Int, shown: ShownValue, color: ColorEncoding, elevation: Double, azimuth: Double,
        xAxis: AxisOptions, yAxis: AxisOptions, zAxis: AxisOptions
    ) {
        self.x = x
        self.y = y
        self.shown = shown
        self.color = color
        self.elevation = elevation
        self.azimuth = azimuth
        self.xAxis = xAxis
        self.yAxis = yAxis
        self.zAxis = zAxis
    }
}

/// One vertical axis per parameter plus the score; one polyline per trial.
public struct ParallelPlot: Hashable, Sendable {
    public var axes: [Int]
    public var shown: ShownValue
    public var color: ColorEncoding
    public var lineWidth: Double
    public var opacity: Double

    public init(axes: [Int], shown: ShownValue, color: ColorEncoding, lineWidth: Double, opacity: Double) {
        self.axes = axes
        self.shown = shown
        self.color = color
        self.lineWidth = lineWidth
        self.opacity = opacity
    }
}

/// Trials as points, coloured by score.
public struct ScatterPlot: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var shown: ShownValue
    public var color: ColorEncoding
    /// Marker diameter in points.
    public var markerSize: Double
    public var opacity: Double
    public var edgeColor: ColorValue?
    public var xAxis: AxisOptions
    public var yAxis: AxisOptions

    public init(
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
