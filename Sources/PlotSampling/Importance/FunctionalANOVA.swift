import Foundation

/// Exact functional ANOVA (Sobol–Hoeffding decomposition) of a function of independent inputs, by
/// tensor-product quadrature: the function is evaluated once at every combination of the dimensions'
/// nodes, and the total variance, each dimension's first-order (main-effect) variance and the rest (all
/// interactions) follow from weighted sums over that table.
///
/// For `f(x₁ … x_d)` with independent `xⱼ` distributed as rule `j`'s measure:
///
///     μ  = E[f]                     V  = Var(f) = E[(f − μ)²]
///     Vⱼ = Var(E[f | xⱼ])           interactions = V − Σ Vⱼ  (≥ 0)
///
/// The result is exact for discrete measures and as exact as the rules otherwise (Gauss–Legendre is exact
/// for polynomials of degree `2n − 1` in each variable and converges exponentially for smooth functions).
/// The function's origin does not matter: a formula over data-space values, a Gaussian-process mean over
/// unit coordinates (`ParameterMeasure` builds the rules in either coordinates), or a closure in a test.
public enum FunctionalANOVA {
    /// How the function's variance splits.
    public struct Result: Hashable, Sendable {
        /// `E[f]`.
        public let mean: Double
        /// `Var(f)`, ≥ 0.
        public let totalVariance: Double
        /// `Var(E[f | xⱼ])` per dimension, in the rules' order.
        public let firstOrder: [Double]
        /// `V − Σ Vⱼ`: the variance only combinations of dimensions explain (clamped at 0 against
        /// rounding).
        public let interactions: Double
        /// Function evaluations made (the product of the rules' node counts).
        public let evaluations: Int

        /// Dimension `j`'s share of the variance, `Vⱼ / V` (0 when the function is constant).
        public func share(_ j: Int) -> Double { totalVariance > 0 ? firstOrder[j] / totalVariance : 0 }

        /// The interactions' share, `(V − Σ Vⱼ) / V` (0 when the function is constant). With every
        /// dimension's share it sums to 1.
        public var interactionShare: Double { totalVariance > 0 ? interactions / totalVariance : 0 }
    }

    /// Evaluations per batch handed to a batched function: large enough for a compiled formula's chunks
    /// and threads, small enough that the batch's columns stay a few megabytes.
    public static let batchSize = 1 << 16

    /// The number of evaluations a decomposition over `rules` makes, or nil when it overflows `Int`.
    public static func evaluationCount(_ counts: [Int]) -> Int? {
        var total = 1
        for count in counts {
            let (product, overflow) = total.multipliedReportingOverflow(by: count)
            if overflow { return nil }
            total = product
        }
        return total
    }

    /// Decomposes a function evaluated one point at a time; `point[j]` is a node of `rules[j]`.
    public static func decompose(rules: [QuadratureRule], function: ([Double]) throws -> Double) rethrows -> Result {
        try decompose(rules: rules) { columns, count in
            var point = [Double](repeating: 0, count: rules.count)
            return try (0..<count).map { row in
                for j in columns.indices { point[j] = columns[j][row] }
                return try function(point)
            }
        }
    }

    /// Decomposes a function evaluated a batch at a time: `batch(columns, count)` gets one column per
    /// dimension (`columns[j][row]` a node of `rules[j]`), `count` rows, and returns `count` values. The
    /// rows of all batches together are every combination of nodes, each once (the first dimension
    /// varies fastest). The caller bounds the work (`evaluationCount`); the memory is one batch plus
    /// one value per evaluation.
    public static func decompose(
        rules: [QuadratureRule], batch: ([[Double]], Int) throws -> [Double]
    ) rethrows -> Result {
        let counts = rules.map(\.count)
        let total = evaluationCount(counts) ?? Int.max
        var values = [Double](repeating: 0, count: total)
        var start = 0
        while start < total {
            let count = min(batchSize, total - start)
            var columns = rules.map { _ in [Double](repeating: 0, count: count) }
            for row in 0..<count {
                var rest = start + row
                for j in rules.indices {
                    columns[j][row] = rules[j].nodes[rest % counts[j]]
                    rest /= counts[j]
                }
            }
            let batchValues = try batch(columns, count)
            for row in 0..<count { values[start + row] = batchValues[row] }
            start += count
        }
        return decompose(values: values, rules: rules)
    }

    /// The decomposition of a table of values already computed, one per combination of nodes (the first
    /// dimension fastest, as `decompose(rules:batch:)` hands them out); `values.count` must be the product
    /// of the rules' counts.
    public static func decompose(values: [Double], rules: [QuadratureRule]) -> Result {
        let counts = rules.map(\.count)
        // Two passes: the mean first, then every sum over deviations from it, so a large mean does not
        // cancel the variance's digits.
        var mean = 0.0
        forEachCell(counts) { index, digits in
            mean += weight(digits, rules) * values[index]
        }
        var variance = 0.0
        // conditional[j][k] accumulates Σ over the other dimensions of W · (f − μ); divided by wⱼₖ it is
        // E[f | xⱼ = node k] − μ.
        var conditional = rules.map { [Double](repeating: 0, count: $0.count) }
        forEachCell(counts) { index, digits in
            let w = weight(digits, rules)
            let deviation = values[index] - mean
            variance += w * deviation * deviation
            for j in digits.indices { conditional[j][digits[j]] += w * deviation }
        }
        // A variance at the rounding level of the mean is a constant function: its shares are 0, not the
        // ratios of rounding errors.
        if variance <= pow(mean.magnitude * 1e-13, 2) {
            return Result(
                mean: mean, totalVariance: 0, firstOrder: rules.map { _ in 0 }, interactions: 0,
                evaluations: values.count)
        }
        let firstOrder = rules.indices.map { j in
            zip(conditional[j], rules[j].weights).reduce(0) { $0 + $1.0 * $1.0 / $1.1 }
        }
        return Result(
            mean: mean, totalVariance: variance, firstOrder: firstOrder,
            interactions: max(variance - firstOrder.reduce(0, +), 0), evaluations: values.count)
    }

    /// Calls `body(flatIndex, digits)` for every cell, digits counting with the first dimension fastest.
    private static func forEachCell(_ counts: [Int], _ body: (Int, [Int]) -> Void) {
        var digits = [Int](repeating: 0, count: counts.count)
        let total = evaluationCount(counts) ?? 0
        for index in 0..<total {
            body(index, digits)
            var j = 0
            while j < counts.count {
                digits[j] += 1
                if digits[j] < counts[j] { break }
                digits[j] = 0
                j += 1
            }
        }
    }

    private static func weight(_ digits: [Int], _ rules: [QuadratureRule]) -> Double {
        var w = 1.0
        for j in digits.indices { w *= rules[j].weights[digits[j]] }
        return w
    }
}
