import PlotDiagnostics

/// How a heatmap or surface of scattered trials estimates the score on a grid over its two parameters
/// (`estimate:`): the cells are equal in each parameter's own scale, as a grid's are.
public struct TrialEstimate: Hashable, Sendable {
    /// The estimator.
    public enum Method: String, Hashable, Sendable, CaseIterable {
        /// The mean score of the trials in each cell; cells with fewer than `minCount` trials are missing.
        case binned
        /// The posterior of a Gaussian process fitted to the trials' scores over the two parameters.
        case gaussianProcess = "gp"
    }

    /// Which value of the estimate is drawn.
    public enum Shown: String, Hashable, Sendable, CaseIterable {
        /// The estimated score (binned mean, or the process's posterior mean).
        case mean
        /// The process's posterior standard deviation: how sure the estimate is.
        case std
    }

    public let method: Method
    /// Cells across and up asked for; a categorical axis has one cell per category and an integer axis
    /// with no more values than cells one per value (`EstimateAxis`).
    public let columns: Int
    public let rows: Int
    /// Binned: the fewest trials a cell needs to be drawn.
    public let minCount: Int
    public let shown: Shown
    /// The `estimate` key, for errors found after decoding.
    public let span: SourceSpan

    init(method: Method, columns: Int, rows: Int, minCount: Int, shown: Shown, span: SourceSpan) {
        self.method = method
        self.columns = columns
        self.rows = rows
        self.minCount = minCount
        self.shown = shown
        self.span = span
    }
}
