import Foundation
import Testing

@testable import PlotSampling

/// The decomposition against analytic answers and against a brute-force midpoint sum written here, with
/// loops of its own (no `FunctionalANOVA` code), refined by Richardson extrapolation to well below 1e-6.
@Suite struct FunctionalANOVATests {
    static func uniform(_ n: Int = 32) -> QuadratureRule { .gaussLegendre(count: n, on: 0...1) }

    @Test(arguments: [1, 2, 5, 16, 64])
    func gaussLegendreIntegratesPolynomialsOfDegreeBelow2n(n: Int) {
        let rule = QuadratureRule.gaussLegendre(count: n, on: 0...1)
        #expect(rule.count == n)
        #expect(abs(rule.weights.reduce(0, +) - 1) < 1e-14)
        #expect(
            zip(rule.nodes, rule.nodes.dropFirst()).allSatisfy { $0 < $1 } && rule.nodes.allSatisfy { $0 > 0 && $0 < 1 }
        )
        for degree in 0..<(2 * n) {
            let exact = 1 / Double(degree + 1)
            #expect(abs(rule.expectation { pow($0, Double(degree)) } - exact) < 1e-13, "degree \(degree)")
        }
    }

    @Test func additiveFunctionHasNoInteractionsAndKnownVariances() {
        let (a, b) = (3.0, -2.0)
        let result = FunctionalANOVA.decompose(rules: [Self.uniform(), Self.uniform()]) {
            a * $0[0] + b * $0[1] * $0[1]
        }
        #expect(abs(result.firstOrder[0] - a * a / 12) < 1e-13)
        #expect(abs(result.firstOrder[1] - b * b * 4 / 45) < 1e-13)
        #expect(abs(result.totalVariance - (a * a / 12 + b * b * 4 / 45)) < 1e-13)
        #expect(result.interactions < 1e-13)
        #expect(abs(result.mean - (a / 2 + b / 3)) < 1e-13)
    }

    /// f = x·y on [0, 1]²: V = 1/9 − 1/16 = 7/144, each main effect Var(x/2) = 1/48, interaction 1/144.
    @Test func productTermHasAKnownInteractionShare() {
        let result = FunctionalANOVA.decompose(rules: [Self.uniform(4), Self.uniform(4)]) { $0[0] * $0[1] }
        #expect(abs(result.totalVariance - 7.0 / 144) < 1e-15)
        #expect(abs(result.firstOrder[0] - 1.0 / 48) < 1e-15 && abs(result.firstOrder[1] - 1.0 / 48) < 1e-15)
        #expect(abs(result.interactionShare - 1.0 / 7) < 1e-14)
        #expect(abs(result.share(0) + result.share(1) + result.interactionShare - 1) < 1e-14)
    }

    /// A batched function sees every combination of nodes once, in chunks of `batchSize`.
    @Test func batchesCoverEveryCombinationOnce() {
        let rules = [Self.uniform(300), Self.uniform(250)]
        var seen = 0
        var batches = 0
        let pointwise = FunctionalANOVA.decompose(rules: rules) { sin(5 * $0[0]) * exp($0[1]) + $0[1] }
        let batched = FunctionalANOVA.decompose(rules: rules) { columns, count in
            seen += count
            batches += 1
            return (0..<count).map { sin(5 * columns[0][$0]) * exp(columns[1][$0]) + columns[1][$0] }
        }
        #expect(seen == 75_000 && batches == 2)
        #expect(pointwise == batched)
    }

    static let twoD: @Sendable ([Double]) -> Double = { p in
        sin(3 * p[0]) * exp(p[1]) + exp(-pow((p[0] - p[1]) / 0.3, 2)) + 0.5 * p[1]
    }
    static let threeD: @Sendable ([Double]) -> Double = { p in
        sin(3 * p[0]) * exp(p[1]) + exp(-pow((p[0] - p[1]) / 0.3, 2)) * p[2] + cos(2 * p[2]) + p[0] * p[1] * p[2]
    }

    @Test(arguments: [2, 3])
    func matchesABruteForceMidpointSumTo1e6(dimensions: Int) {
        let f = dimensions == 2 ? Self.twoD : Self.threeD
        let exact = FunctionalANOVA.decompose(rules: Array(repeating: Self.uniform(40), count: dimensions), function: f)
        let n = dimensions == 2 ? 400 : 64
        let coarse = BruteForce.decompose(f, dimensions: dimensions, cells: n)
        let fine = BruteForce.decompose(f, dimensions: dimensions, cells: 2 * n)
        // The midpoint rule's error is a series in h²: (4·fine − coarse) / 3 removes the h² term.
        let extrapolate = { (c: Double, f: Double) in (4 * f - c) / 3 }
        let total = extrapolate(coarse.total, fine.total)
        #expect(abs(exact.totalVariance - total) < 1e-6, "\(exact.totalVariance) vs \(total)")
        for j in 0..<dimensions {
            let main = extrapolate(coarse.main[j], fine.main[j])
            #expect(abs(exact.firstOrder[j] - main) < 1e-6, "dimension \(j): \(exact.firstOrder[j]) vs \(main)")
            #expect(abs(exact.share(j) - main / total) < 1e-6)
        }
        let interactions = total - (0..<dimensions).map { extrapolate(coarse.main[$0], fine.main[$0]) }.reduce(0, +)
        #expect(abs(exact.interactions - interactions) < 1e-6)
        #expect(exact.interactions > 0.001, "the functions do interact")
    }

    @Test func constantFunctionHasZeroSharesNotNaN() {
        let result = FunctionalANOVA.decompose(rules: [Self.uniform(3)]) { _ in 4 }
        #expect(result.totalVariance == 0 && result.share(0) == 0 && result.interactionShare == 0)
    }

    @Test func evaluationCountReportsOverflow() {
        #expect(FunctionalANOVA.evaluationCount([10, 20, 3]) == 600)
        #expect(FunctionalANOVA.evaluationCount([Int.max / 2, 3]) == nil)
    }

    @Test func rulesRefuseBadWeights() {
        #expect(QuadratureRule(nodes: [0, 1], weights: [1, 0]) == nil)
        #expect(QuadratureRule(nodes: [0], weights: [1, 2]) == nil)
        #expect(QuadratureRule(nodes: [.nan], weights: [1]) == nil)
        #expect(QuadratureRule(nodes: [1, 2], weights: [1, 3])?.weights == [0.25, 0.75])
    }
}

/// Variances by the midpoint rule on a regular grid of [0, 1]^d, with plain loops.
enum BruteForce {
    static func decompose(_ f: ([Double]) -> Double, dimensions d: Int, cells n: Int) -> (total: Double, main: [Double])
    {
        let count = Int(pow(Double(n), Double(d)))
        var values = [Double](repeating: 0, count: count)
        var point = [Double](repeating: 0, count: d)
        for index in 0..<count {
            var rest = index
            for j in 0..<d {
                point[j] = (Double(rest % n) + 0.5) / Double(n)
                rest /= n
            }
            values[index] = f(point)
        }
        let mean = values.reduce(0, +) / Double(count)
        let total = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(count)
        var main: [Double] = []
        for j in 0..<d {
            var conditional = [Double](repeating: 0, count: n)
            var stride = 1
            for _ in 0..<j { stride *= n }
            for index in 0..<count { conditional[(index / stride) % n] += values[index] }
            let share = Double(count / n)
            main.append(conditional.reduce(0) { $0 + pow($1 / share - mean, 2) } / Double(n))
        }
        return (total, main)
    }
}
