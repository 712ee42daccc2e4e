import PlotScales
import PlotSpec

/// The probability measure random trials give a parameter, as a quadrature rule for `FunctionalANOVA`:
/// the measure `TrialSampler` draws from (a uniform position in the parameter's own scale, then `snap`).
///
/// - A continuous parameter is uniform in its own scale (log-uniform on a log scale): Gauss–Legendre
///   nodes on the scaled interval.
/// - A discrete parameter is exact over the values `snap` can return: a value's probability is the share
///   of the scaled interval that snaps to it. An integer parameter's value `k` takes the raw values in
///   `[k − ½, k + ½]` (clamped to the range), measured in the scale (on a log2 range 8…2048, 8 has
///   `log2(8.5/8)/8` of the mass and 2048 `log2(2048/2047.5)/8`); a value list's value takes the
///   positions nearer it than its neighbours in the scale; category `i` of `n` takes `[i − ½, i + ½]` of
///   the linear range `−½ … n − ½`, so every category has probability `1/n`.
///
/// The rule's nodes are in either coordinate system a function may read (`Coordinates`): data values
/// (what a spec's formula reads) or unit coordinates (the parameter's own scale mapped onto [0, 1], what
/// a Gaussian process fitted in the unit box reads). The weights are the same in both.
public enum ParameterMeasure {
    /// Which coordinates a rule's nodes are in.
    public enum Coordinates: Sendable {
        /// Data-space values, snapped as the sampler snaps them (a formula's inputs).
        case data
        /// `(scale(x) − scale(lower)) / (scale(upper) − scale(lower))`: each parameter's own scale onto [0, 1].
        case unit
    }

    /// The rule for `parameter`: `nodes` Gauss–Legendre nodes if it is continuous, its exact discrete
    /// measure otherwise.
    public static func rule(for parameter: Parameter, nodes: Int, in coordinates: Coordinates) -> QuadratureRule {
        let scale = parameter.scale
        let a = scale.forward(parameter.lower)
        let b = scale.forward(parameter.upper)
        let unit = { (value: Double) in (scale.forward(value) - a) / (b - a) }
        guard let discrete = discreteMeasure(parameter) else {
            let rule = QuadratureRule.gaussLegendre(count: nodes, on: 0...1)
            return coordinates == .unit ? rule : rule.mapped { scale.inverse(a + $0 * (b - a)) }
        }
        return coordinates == .unit ? discrete.mapped(unit) : discrete
    }

    /// `value` in `parameter`'s unit coordinates: its own scale mapped onto [0, 1] (`Coordinates.unit`).
    public static func unit(_ value: Double, of parameter: Parameter) -> Double {
        let scale = parameter.scale
        let a = scale.forward(parameter.lower)
        return (scale.forward(value) - a) / (scale.forward(parameter.upper) - a)
    }

    /// At most how many nodes `rule(for:nodes:in:)` gives `parameter` (values a discrete parameter can
    /// never take are left out), counted without building the rule so a caller can bound the work first.
    public static func nodeCount(for parameter: Parameter, nodes: Int) -> Double {
        parameter.importanceNodeCount(continuousNodes: min(max(nodes, 1), GaussLegendre.maxCount))
    }

    /// The exact measure of a discrete parameter over its data values; nil for a continuous one. Builds
    /// one node per value: bound `nodeCount` first.
    static func discreteMeasure(_ parameter: Parameter) -> QuadratureRule? {
        let scale = parameter.scale
        let a = scale.forward(parameter.lower)
        let b = scale.forward(parameter.upper)
        /// The share of the scaled range between two data values (clamped into the range).
        func mass(_ low: Double, _ high: Double) -> Double {
            let lo = max(scale.forward(max(low, parameter.lower)), a)
            let hi = min(scale.forward(min(high, parameter.upper)), b)
            return max(hi - lo, 0) / (b - a)
        }
        if let categories = parameter.categories {
            let values = categories.indices.map(Double.init)
            return .discrete(values: values, probabilities: values.map { mass($0 - 0.5, $0 + 0.5) })
        }
        if let values = parameter.values, !values.isEmpty {
            // Cells between midpoints in the scale, as `Parameter.snap` picks the nearest in the scale.
            let positions = values.map(scale.forward)
            let probabilities = values.indices.map { i in
                let low = i == 0 ? -Double.infinity : (positions[i - 1] + positions[i]) / 2
                let high = i == values.count - 1 ? Double.infinity : (positions[i] + positions[i + 1]) / 2
                return max(min(high, b) - max(low, a), 0) / (b - a)
            }
            return .discrete(values: values, probabilities: probabilities)
        }
        if parameter.integer {
            let first = parameter.lower.rounded()
            let last = parameter.upper.rounded()
            let values = stride(from: first, through: last, by: 1).map { $0 }
            return .discrete(values: values, probabilities: values.map { mass($0 - 0.5, $0 + 0.5) })
        }
        return nil
    }
}
