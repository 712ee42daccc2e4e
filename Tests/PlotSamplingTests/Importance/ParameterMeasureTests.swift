import Foundation
import PlotSpec
import Testing

@testable import PlotSampling

/// Each parameter's measure is what the trial sampler draws: uniform positions in the scale, snapped.
/// Checked against `Parameter.snap` applied to a million evenly spaced positions (the sampler's own
/// snapping, independent of how the measure computes its cells).
@Suite struct ParameterMeasureTests {
    static func parameters(_ yaml: String) throws -> [Parameter] {
        try decodeSpec(
            """
            figure: {output: out.png}
            parameters:
            \(yaml)
            sampling: {trials: {count: 10}}
            score: {terms: [{expr: "0"}]}
            plot: {importance: {}}
            """
        ).parameters
    }

    /// Frequencies of each snapped value over `positions` evenly spaced points of the scaled range.
    static func snappedFrequencies(_ parameter: Parameter, positions: Int = 1_000_000) -> [Double: Double] {
        let scale = parameter.scale
        let a = scale.forward(parameter.lower)
        let b = scale.forward(parameter.upper)
        var counts: [Double: Double] = [:]
        for i in 0..<positions {
            let value = parameter.snap(scale.inverse(a + (Double(i) + 0.5) / Double(positions) * (b - a)))
            counts[value, default: 0] += 1 / Double(positions)
        }
        return counts
    }

    @Test(arguments: [
        "  n: {range: [1, 64], scale: log2, integer: true}",
        "  n: {range: [8, 2048], scale: log2, integer: true}",
        "  n: {range: [1.2, 9.7], integer: true}",
        "  n: {scale: log2, values: [2, 4, 16]}",
        "  n: {scale: log10, values: [1, 3, 10, 30, 100]}",
        "  n: {values: [adam, sgd, rmsprop]}"
    ])
    func discreteMeasureIsTheSnappedUniformDraw(yaml: String) throws {
        let parameter = try #require(Self.parameters(yaml).first)
        let rule = ParameterMeasure.rule(for: parameter, nodes: 8, in: .data)
        let frequencies = Self.snappedFrequencies(parameter)
        #expect(Set(rule.nodes) == Set(frequencies.keys), "the values snapping can give")
        for (node, weight) in zip(rule.nodes, rule.weights) {
            #expect(abs(weight - (frequencies[node] ?? 0)) < 1e-5, "value \(node)")
        }
        #expect(Double(rule.count) <= ParameterMeasure.nodeCount(for: parameter, nodes: 8))
    }

    @Test func categoriesHaveEqualWeight() throws {
        let parameter = try #require(Self.parameters("  opt: {values: [adam, sgd, rmsprop, lamb]}").first)
        let rule = ParameterMeasure.rule(for: parameter, nodes: 8, in: .data)
        #expect(rule.nodes == [0, 1, 2, 3])
        #expect(rule.weights.allSatisfy { abs($0 - 0.25) < 1e-15 })
        #expect(ParameterMeasure.rule(for: parameter, nodes: 8, in: .unit).nodes == [0.125, 0.375, 0.625, 0.875])
    }

    /// Continuous parameters: Gauss–Legendre in the scale, so on a log scale the nodes are log-uniform.
    @Test func continuousNodesAreGaussLegendreInTheScale() throws {
        let parameter = try #require(Self.parameters("  lr: {range: [1.0e-5, 0.1], scale: log10}").first)
        let data = ParameterMeasure.rule(for: parameter, nodes: 12, in: .data)
        let unit = ParameterMeasure.rule(for: parameter, nodes: 12, in: .unit)
        #expect(data.weights == unit.weights && unit == .gaussLegendre(count: 12, on: 0...1))
        for (x, u) in zip(data.nodes, unit.nodes) { #expect(abs(log10(x) - (-5 + 4 * u)) < 1e-12) }
        // E[log10 lr] under the log-uniform measure is the middle of the decades.
        #expect(abs(data.expectation { log10($0) } + 3) < 1e-12)
    }
}
