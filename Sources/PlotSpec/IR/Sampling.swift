import PlotDiagnostics

/// How the landscape is sampled: a full grid over some parameters, seeded random trials, or the trials a
/// real run wrote to a file.
public enum Sampling: Hashable, Sendable {
    case grid(GridSampling)
    case trials(TrialSampling)
    case data(DataSampling)

    /// Which way the score improves: the data's direction, else maximize (plotspec's scores are
    /// "higher is better").
    public var direction: ScoreDirection {
        if case .data(let data) = self { return data.direction }
        return .maximize
    }

    /// The number of samples: grid cells or trials.
    public var sampleCount: Int {
        switch self {
        case .grid(let grid): grid.cellCount
        case .trials(let trials): trials.count
        case .data(let data): data.count
        }
    }

    /// Whether the samples are trials (drawn or read), which scatter and parallel plots need.
    public var isTrials: Bool {
        if case .grid = self { return false }
        return true
    }

    /// Whether the trials give parameter `index` a value of their own (nil for a grid).
    public func trialsVary(_ index: Int) -> Bool? {
        switch self {
        case .grid: nil
        case .trials(let trials): trials.draws(index)
        case .data(let data): data.draws(index)
        }
    }

    /// The parameters the trials vary, in declaration order (nil for a grid).
    public var varied: [Int]? {
        switch self {
        case .grid: nil
        case .trials(let trials): trials.drawn
        case .data(let data): data.mapped
        }
    }
}

/// A full grid: each listed parameter's range is cut into `count` equal cells in its own scale and
/// sampled at the cell centres; the other parameters are held at their `heldValue`.
public struct GridSampling: Hashable, Sendable {
    public struct Axis: Hashable, Sendable {
        public let parameter: Int
        public let count: Int

        init(parameter: Int, count: Int) {
            self.parameter = parameter
            self.count = count
        }
    }

    /// The first axis varies fastest in the sample table.
    public let axes: [Axis]
    public let span: SourceSpan

    init(axes: [Axis], span: SourceSpan) {
        self.axes = axes
        self.span = span
    }

    public var cellCount: Int { axes.reduce(1) { $0 * $1.count } }
}

/// Monte-Carlo trials, drawn the way a tuning run would spend its budget.
public struct TrialSampling: Hashable, Sendable {
    public enum Method: String, Hashable, Sendable, CaseIterable {
        /// Independent uniform draws in each parameter's own scale (log-uniform on log scales).
        case random
        /// Latin hypercube: each parameter's range cut into `count` strata, one draw per stratum, shuffled.
        case latinHypercube = "latin_hypercube"
    }

    /// A share of the trials drawn around a promising point, as a Bayesian/TPE sampler would exploit it.
    public struct Focus: Hashable, Sendable {
        /// Fraction of the trials drawn from the focus, in [0, 1].
        public let fraction: Double
        /// Per parameter: the centre (data space) and the spread (standard deviation in the parameter's
        /// own scale, e.g. decades on a log10 axis). Parameters not listed are drawn as exploration.
        /// A categorical parameter has a centre (a category index) and no spread: its focus trials all
        /// draw that category.
        public let centers: [Int: Double]
        public let spreads: [Int: Double]

        init(fraction: Double, centers: [Int: Double], spreads: [Int: Double]) {
            self.fraction = fraction
            self.centers = centers
            self.spreads = spreads
        }
    }

    public let count: Int
    public let method: Method
    public let focus: Focus?
    /// The parameters the trials draw, in declaration order (`trials.parameters`; every parameter when
    /// absent). The others keep their held value in every trial.
    public let drawn: [Int]
    public let span: SourceSpan

    init(count: Int, method: Method, focus: Focus?, drawn: [Int], span: SourceSpan) {
        self.count = count
        self.method = method
        self.focus = focus
        self.drawn = drawn
        self.span = span
    }

    /// Whether the trials draw parameter `index` (rather than holding it).
    public func draws(_ index: Int) -> Bool { drawn.contains(index) }
}
