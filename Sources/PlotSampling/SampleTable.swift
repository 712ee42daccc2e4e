import PlotSpec

/// The evaluated landscape: one row per grid cell or trial, one column per parameter, plus the score and
/// the noise-free score it was drawn around.
public struct SampleTable: Sendable {
    /// A parameter's values: one per row, or one value held for every row.
    public enum Column: Sendable {
        case varying([Double])
        case constant(Double)

        @inlinable
        public subscript(row: Int) -> Double {
            switch self {
            case .varying(let values): values[row]
            case .constant(let value): value
            }
        }
    }

    /// The structure of a grid sample: axes in table order, the first varying fastest.
    public struct GridShape: Sendable {
        public var axes: [GridSampling.Axis]
        /// Cell-centre values of each axis, in data space (before integer snapping).
        public var centers: [[Double]]
    }

    public var count: Int
    /// Indexed like `FigureSpec.parameters`.
    public var columns: [Column]
    /// The sampled score: the model with its noise terms drawn, then clipped.
    public var score: [Double]
    /// The model's noise-free value at each row: the score with every noise term left out, clipped to the
    /// same bounds (the truth a sampling budget estimates, in the same units as `score`). Equal to `score`
    /// for a model without noise.
    public var trueScore: [Double]
    public var grid: GridShape?
    /// The rows annotation anchors stand for and the traced annotation curves (`LandscapeEvaluator`
    /// fills it in; empty in a table built by hand).
    public var annotations: AnnotationGeometry
    /// A `slice` plot's curves (`LandscapeEvaluator` fills them in); nil for other kinds.
    public var slice: SliceCurves?
    /// A `history` plot's trials in run order and best score so far (`LandscapeEvaluator` fills it in);
    /// nil for other kinds.
    public var history: OptimizationHistory?
    /// An `importance` plot's exact variance shares (`LandscapeEvaluator` fills them in); nil for other
    /// kinds.
    public var importance: ParameterImportance?
    /// A heatmap's or surface's estimate from the trials (`TrialEstimator`); nil for other plots.
    public var estimate: EstimateGrid?
    /// A page's panels, one table per `FigureSpec.panels` panel in order (this table is the first
    /// panel's); empty for a single plot.
    public var panels: [SampleTable] = []

    public init(
        count: Int, columns: [Column], score: [Double], trueScore: [Double]? = nil, grid: GridShape?,
        annotations: AnnotationGeometry = .empty
    ) {
        self.count = count
        self.columns = columns
        self.score = score
        self.trueScore = trueScore ?? score
        self.grid = grid
        self.annotations = annotations
    }

    /// The row with the highest (or lowest) score; the first such row on ties.
    public func argmax() -> Int? { extremeRow(greater: true) }
    public func argmin() -> Int? { extremeRow(greater: false) }

    /// Row indices, worst score first and best last in `direction` (rows in table order on ties), the
    /// order in which trials are drawn so the best land on top.
    public func worstFirst(_ direction: ScoreDirection) -> [Int] {
        let score = score
        return (0..<count).sorted { a, b in
            score[a] != score[b] ? direction.isBetter(score[b], than: score[a]) : a < b
        }
    }

    private func extremeRow(greater: Bool) -> Int? {
        guard count > 0 else { return nil }
        var best = 0
        for row in 1..<count where greater ? score[row] > score[best] : score[row] < score[best] {
            best = row
        }
        return best
    }
}
