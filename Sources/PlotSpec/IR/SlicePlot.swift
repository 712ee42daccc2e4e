/// The shown value against one parameter with every other parameter held: one curve, or one per value of
/// a second parameter (`hold: {batch_size: [32, 128, 512]}`). The curves are the noise-free score,
/// evaluated by PlotSampling along `resolution` points of `x`; the optional band is the noise terms' own
/// sigma around them.
public struct SlicePlot: Hashable, Sendable {
    /// The parameter across.
    public let x: Int
    /// The parameter with one curve per value, and those values (resolved, in its range); nil for one
    /// curve at every parameter's held value.
    public let series: Series?
    public let shown: ShownValue
    /// Points each curve is evaluated at, evenly spaced in `x`'s scale, ends included.
    public let resolution: Int
    /// Shade ± 1 σ and ± 2 σ of the noise around each curve.
    public let noiseBand: Bool
    /// Overlay the sampled trials (their shown value against `x`).
    public let points: Bool
    /// Mark each curve's best point (highest shown value; lowest for a loss).
    public let optimum: Bool
    public let xAxis: AxisOptions
    public let yAxis: AxisOptions

    /// One curve per value of `parameter`.
    public struct Series: Hashable, Sendable {
        public let parameter: Int
        public let values: [Double]

        init(parameter: Int, values: [Double]) {
            self.parameter = parameter
            self.values = values
        }
    }

    init(
        x: Int, series: Series?, shown: ShownValue, resolution: Int, noiseBand: Bool, points: Bool, optimum: Bool,
        xAxis: AxisOptions, yAxis: AxisOptions
    ) {
        self.x = x
        self.series = series
        self.shown = shown
        self.resolution = resolution
        self.noiseBand = noiseBand
        self.points = points
        self.optimum = optimum
        self.xAxis = xAxis
        self.yAxis = yAxis
    }
}
