/// A quadrature rule for one dimension's probability measure: nodes and positive weights summing to 1,
/// so `Σ wᵢ f(xᵢ)` is the rule's estimate of `E[f(X)]` (exact for a discrete measure).
public struct QuadratureRule: Hashable, Sendable {
    /// Where the function is evaluated, in whatever coordinates the caller's function reads.
    public let nodes: [Double]
    /// The probability of each node; all positive, summing to 1.
    public let weights: [Double]

    /// A rule from nodes and weights; nil unless there is at least one node, the counts match, every
    /// weight is positive and finite and every node finite. The weights are rescaled to sum to exactly 1
    /// (a rule built from widths need not sum to 1 in floating point).
    public init?(nodes: [Double], weights: [Double]) {
        guard !nodes.isEmpty, nodes.count == weights.count, nodes.allSatisfy(\.isFinite),
            weights.allSatisfy({ $0 > 0 && $0.isFinite })
        else { return nil }
        let total = weights.reduce(0, +)
        self.nodes = nodes
        self.weights = weights.map { $0 / total }
    }

    /// The number of nodes.
    public var count: Int { nodes.count }

    /// The same weights at nodes moved by `transform` (from unit coordinates to data values, say).
    public func mapped(_ transform: (Double) -> Double) -> QuadratureRule {
        QuadratureRule(validNodes: nodes.map(transform), weights: weights)
    }

    /// The rule's mean of `f`: `Σ wᵢ f(xᵢ)`.
    public func expectation(_ f: (Double) -> Double) -> Double {
        zip(nodes, weights).reduce(0) { $0 + $1.1 * f($1.0) }
    }

    /// Gauss–Legendre with `count` nodes for the uniform measure on `interval`: exact for polynomials of
    /// degree up to `2·count − 1`, and converging exponentially fast for smooth (analytic) functions.
    /// `count` is clamped to 1…`GaussLegendre.maxCount`.
    public static func gaussLegendre(count: Int, on interval: ClosedRange<Double>) -> QuadratureRule {
        let (unitNodes, unitWeights) = GaussLegendre.nodes(count: count)
        let width = interval.upperBound - interval.lowerBound
        return QuadratureRule(
            validNodes: unitNodes.map { interval.lowerBound + $0 * width }, weights: unitWeights)
    }

    /// A discrete measure: each value with its probability. Values of zero probability are left out (they
    /// cannot move an expectation); nil when none is left.
    public static func discrete(values: [Double], probabilities: [Double]) -> QuadratureRule? {
        let kept = zip(values, probabilities).filter { $0.1 > 0 }
        return QuadratureRule(nodes: kept.map(\.0), weights: kept.map(\.1))
    }

    /// For rules whose nodes and weights are already known to be valid.
    init(validNodes: [Double], weights: [Double]) {
        self.nodes = validNodes
        self.weights = weights
    }
}
