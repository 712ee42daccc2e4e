/// Horizontal bars: the share of the noise-free score's variance each parameter explains on its own
/// (first-order functional ANOVA, computed exactly by PlotSampling's quadrature over the parameter box,
/// no sampling), largest on top, and one bar for what only combinations of parameters explain.
public struct ImportancePlot: Hashable, Sendable {
    /// The parameters whose importance is measured, in declaration order; every other parameter is held
    /// at its held value.
    public let parameters: [Int]
    /// Gauss–Legendre nodes per continuous parameter (integer and categorical parameters are summed
    /// exactly over their values).
    public let nodes: Int
    /// The parameters' bars; the interactions bar is grey and hatched.
    public let color: ColorValue
    /// Decompose the score after `score.clip` (what samples show) rather than the smooth unclipped model;
    /// quadrature across the clip's kink converges slowly, so the shares are then only approximately exact.
    public let clipped: Bool

    init(parameters: [Int], nodes: Int, color: ColorValue, clipped: Bool) {
        self.parameters = parameters
        self.nodes = nodes
        self.color = color
        self.clipped = clipped
    }
}

extension Parameter {
    /// At most how many quadrature nodes an importance plot gives this parameter: its categories or
    /// listed values, the whole numbers its range rounds to, or `continuousNodes` when continuous. Counted
    /// without building anything, so the decoder can bound the work (an integer range of a billion values
    /// is a count here, not an array).
    public func importanceNodeCount(continuousNodes: Int) -> Double {
        if let categories { return Double(categories.count) }
        if let values, !values.isEmpty { return Double(values.count) }
        if integer { return upper.rounded() - lower.rounded() + 1 }
        return Double(continuousNodes)
    }

    /// Whether the importance of a Gaussian-process estimate (real trials) sums this parameter over its
    /// values rather than integrating it with `nodes` Gauss–Legendre nodes: always for categories (the
    /// process compares them exactly), and for any other parameter with no more values than `nodes`.
    /// Each node costs a pass over every trial, so a 2041-value batch size is integrated, not summed.
    public func estimateSumsValues(nodes: Int) -> Bool {
        isCategorical || importanceNodeCount(continuousNodes: nodes) <= Double(nodes)
    }

    /// Quadrature nodes the importance of a Gaussian-process estimate gives this parameter (see
    /// `estimateSumsValues`).
    public func estimateNodeCount(nodes: Int) -> Double {
        estimateSumsValues(nodes: nodes) ? importanceNodeCount(continuousNodes: nodes) : Double(nodes)
    }
}
