import PlotSpec

/// A plot's estimate of the score on a grid over its two parameters, computed from scattered trials.
///
/// Values are x fastest, row 0 at the bottom (lowest y), the layout `GridField` reads. A missing cell
/// (too few trials, or too far from every trial for the Gaussian process) is NaN in `mean`.
public struct EstimateGrid: Sendable {
    public let method: TrialEstimate.Method
    public let nx: Int
    public let ny: Int
    /// Cell-centre data values along x and y (before integer snapping).
    public let xCenters: [Double]
    public let yCenters: [Double]
    /// The estimated score per cell; NaN where the cell is missing.
    public let mean: [Double]
    /// The posterior standard deviation per cell (Gaussian process; defined everywhere), or nil (binned).
    public let std: [Double]?
    /// The number of trials in each cell (binned; also counted for the Gaussian process).
    public let count: [Int]

    public init(
        method: TrialEstimate.Method, nx: Int, ny: Int, xCenters: [Double], yCenters: [Double], mean: [Double],
        std: [Double]?, count: [Int]
    ) {
        self.method = method
        self.nx = nx
        self.ny = ny
        self.xCenters = xCenters
        self.yCenters = yCenters
        self.mean = mean
        self.std = std
        self.count = count
    }

    /// The values a plot showing `shown` draws: the mean (NaN where missing) or the standard deviation.
    public func values(_ shown: TrialEstimate.Shown) -> [Double] {
        switch shown {
        case .mean: mean
        case .std: std ?? mean.map { _ in .nan }
        }
    }

    /// Whether any cell is missing from the drawn values.
    public func hasMissing(_ shown: TrialEstimate.Shown) -> Bool { values(shown).contains { $0.isNaN } }
}
