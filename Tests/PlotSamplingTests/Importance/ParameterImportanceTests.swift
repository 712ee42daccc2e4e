import Foundation
import PlotSpec
import PlotYAML
import Testing

@testable import PlotSampling

/// A spec's importance: the measure of each parameter as its scale says, held parameters held, the
/// noise left out, the clip left out unless asked for, and shares that stop moving as nodes increase.
@Suite struct ParameterImportanceTests {
    static func importance(_ terms: String, sampling: String = "grid: {x: 5, y: 5}", plot: String = "{}") throws
        -> (FigureSpec, ParameterImportance)
    {
        let spec = try decodeSpec(
            landscape(terms: terms, sampling: sampling, clip: "[-100, 100]", plot: "importance: \(plot)"))
        return (spec, try #require(try LandscapeEvaluator.evaluate(spec).importance))
    }

    /// x is log-uniform over six decades (log10 x uniform on −3…3, variance 36/12), y uniform on 0…10.
    @Test func logScaleMeasureIsUniformInDecades() throws {
        let (_, result) = try Self.importance("    - expr: \"log10(x) + 0.1 * y\"\n    - noise: {sigma: \"0.3\"}")
        #expect(result.entries.map(\.parameter) == [0, 1], "the grid's axes")
        #expect(abs(result.entries[0].variance - 3) < 1e-12)
        #expect(abs(result.entries[1].variance - 1.0 / 12) < 1e-12, "noise left out")
        #expect(result.interactionShare < 1e-12)
        #expect(abs(result.entries[0].share - 3 / (3 + 1.0 / 12)) < 1e-12)
        #expect(result.evaluations == 48 * 48)
    }

    /// An integer parameter on a log2 scale: its variance over the snapped draw's exact probabilities,
    /// computed here from `Parameter.snap` over a million positions.
    @Test func integerParameterIsSummedExactly() throws {
        let (spec, result) = try Self.importance(
            "    - expr: \"z * (1 + 0.01 * y)\"", sampling: "trials: {count: 10, parameters: [y, z]}")
        #expect(result.entries.map(\.parameter) == [1, 2], "the drawn parameters")
        #expect(result.evaluations == 48 * 64)
        let frequencies = ParameterMeasureTests.snappedFrequencies(spec.parameters[2])
        let mean = frequencies.reduce(0) { $0 + $1.key * $1.value }
        let variance = frequencies.reduce(0) { $0 + $1.value * ($1.key - mean) * ($1.key - mean) }
        // Var(E[f | z]) = Var(z · E[1 + 0.01 y]) = 1.05² Var(z).
        #expect(abs(result.entries[1].variance / (1.05 * 1.05 * variance) - 1) < 1e-5)
        #expect(result.interactionShare > 0, "the product interacts")
    }

    @Test func listedParametersAreMeasuredAndTheRestHeld() throws {
        let (_, result) = try Self.importance(
            "    - expr: \"log10(x) * y\"", plot: "{parameters: [y], nodes: 8}")
        // x is held at the middle of its decades, log10 x = 0: the score does not vary.
        #expect(result.entries.map(\.parameter) == [1])
        #expect(result.totalVariance < 1e-20 && result.entries[0].share == 0)
    }

    /// With `clipped: true` the clip's kink is decomposed; without it the smooth model is, and the
    /// share of the box the clip changes is reported either way.
    @Test func clipIsLeftOutUnlessAskedFor() throws {
        let terms = "    - expr: \"0.1 * y\""
        let clip = { (clipped: Bool) throws -> ParameterImportance in
            let spec = try decodeSpec(
                landscape(
                    terms: terms, sampling: "grid: {x: 5, y: 5}", clip: "[0, 0.5]",
                    plot: "importance: {parameters: [y], clipped: \(clipped)}"))
            return try #require(try LandscapeEvaluator.evaluate(spec).importance)
        }
        let smooth = try clip(false)
        let kinked = try clip(true)
        #expect(abs(smooth.totalVariance - 1.0 / 12) < 1e-12)
        #expect(kinked.totalVariance < smooth.totalVariance - 0.02)
        #expect(abs(smooth.clippedShare - 0.5) < 1e-12 && abs(kinked.clippedShare - 0.5) < 1e-12)
    }

    /// The bundled learning rate × weight decay landscape: the default nodes already give the shares to
    /// 1e-6 (doubling and quadrupling them changes nothing at that precision).
    @Test func bundledLandscapeIsStableAsNodesIncrease() throws {
        let shares = try [48, 96, 192].map { nodes -> [Double] in
            let text = try String(
                contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
                        "specs/shared/landscape.yaml"), encoding: .utf8)
            let spec = try decodeSpec(
                text + """

                    figure: {output: out.png}
                    sampling: {grid: {learning_rate: 4, weight_decay: 4}}
                    plot: {importance: {nodes: \(nodes)}}
                    """)
            let result = try #require(try LandscapeEvaluator.evaluate(spec).importance)
            return result.entries.map(\.share) + [result.interactionShare]
        }
        for other in shares.dropFirst() {
            for (a, b) in zip(shares[0], other) { #expect(abs(a - b) < 1e-6, "\(shares)") }
        }
        #expect(shares[0][0] > 0.5, "the learning rate dominates")
    }
}
