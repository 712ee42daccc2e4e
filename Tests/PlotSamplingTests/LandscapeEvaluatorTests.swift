import Foundation
import PlotDiagnostics
import PlotSpec
import PlotYAML
import Testing

@testable import PlotSampling

/// Decodes a spec from YAML text; fails the test on any decode error.
func decodeSpec(_ yaml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> FigureSpec {
    let root = try YAMLLoader.load(text: yaml, file: "test.yaml", sources: nil)
    let (spec, diagnostics) = SpecDecoder.decode(root, sourcePath: "test.yaml")
    let errors = diagnostics.filter(\.isError).map(\.message)
    #expect(errors.isEmpty, "\(errors)", sourceLocation: sourceLocation)
    return try #require(spec, sourceLocation: sourceLocation)
}

func landscape(
    terms: String, sampling: String = "grid: {x: 41, y: 21}", clip: String = "[0, 1]",
    plot: String = "heatmap: {x: x, y: y}"
) -> String {
    """
    figure: {output: out.png}
    seed: 11
    parameters:
      x: {range: [0.001, 1000], scale: log10}
      y: {range: [0, 10], default: 5}
      z: {range: [1, 64], scale: log2, integer: true, default: 8}
    sampling: {\(sampling)}
    score:
      clip: \(clip)
      terms:
    \(terms)
    plot: {\(plot)}
    """
}

@Suite struct LandscapeEvaluatorTests {
    @Test func gridCellsAreCentredInTheParameterScale() throws {
        let spec = try decodeSpec(landscape(terms: "    - expr: \"0\"", sampling: "grid: {x: 6, y: 5}"))
        let table = try LandscapeEvaluator.evaluate(spec)
        #expect(table.count == 30)
        // log10 range −3…3 in 6 cells: centres at −2.5, −1.5, … 2.5 decades; x varies fastest.
        let xs = (0..<6).map { table.columns[0][$0] }
        for (value, exponent) in zip(xs, [-2.5, -1.5, -0.5, 0.5, 1.5, 2.5]) {
            #expect(abs(log10(value) - exponent) < 1e-12)
        }
        #expect(abs(table.columns[1][6] - 3) < 1e-12, "second row of y: centre of cell 2 of 5 over 0…10")
        // z is not on the grid: held at its default.
        if case .constant(let z) = table.columns[2] { #expect(z == 8) } else { Issue.record("z should be constant") }
    }

    @Test func bellPeaksWhereTheSpecPutsIt() throws {
        let spec = try decodeSpec(
            landscape(
                terms: """
                        - bell: {center: {x: 0.1, y: 3}, width: {x: 0.5, y: 1}, height: 0.9}
                    """, sampling: "grid: {x: 61, y: 51}"))
        let table = try LandscapeEvaluator.evaluate(spec)
        let best = try #require(table.argmax())
        #expect(abs(log10(table.columns[0][best]) - -1) < 0.06, "peak at x = 0.1 (one cell is 0.1 decade)")
        #expect(abs(table.columns[1][best] - 3) < 0.11)
        #expect(abs(table.score[best] - 0.9) < 0.01)
    }

    @Test func asymmetricWidthsFallOffAtTheirOwnRates() throws {
        let spec = try decodeSpec(
            landscape(
                terms: """
                        - ridge: {along: "y", center: 5, width: [1, 3]}
                    """, sampling: "grid: {x: 2, y: 10000}"))
        let table = try LandscapeEvaluator.evaluate(spec)
        func score(atY target: Double) -> Double {
            let row =
                (0..<table.count).min { abs(table.columns[1][$0] - target) < abs(table.columns[1][$1] - target) } ?? 0
            return table.score[row]
        }
        // One width below the centre and one width above both give exp(−½).
        #expect(abs(score(atY: 4) - exp(-0.5)) < 1e-3)
        #expect(abs(score(atY: 8) - exp(-0.5)) < 1e-3)
    }

    @Test func sameSpecGivesIdenticalNumbers() throws {
        let yaml = landscape(terms: "    - noise: 0.1\n    - expr: \"0.5\"")
        let a = try LandscapeEvaluator.evaluate(decodeSpec(yaml))
        let b = try LandscapeEvaluator.evaluate(decodeSpec(yaml))
        #expect(a.score == b.score)
    }

    /// Adding a term must not reshuffle the noise of the others: the difference is exactly the new term.
    @Test func addingATermKeepsOtherNoiseStreams() throws {
        let base = "    - expr: \"0.5\"\n    - noise: {sigma: \"0.05\"}"
        let a = try LandscapeEvaluator.evaluate(decodeSpec(landscape(terms: base, clip: "false")))
        let b = try LandscapeEvaluator.evaluate(
            decodeSpec(
                landscape(
                    terms: "    - noise: {sigma: \"0.02\"}\n" + base + "\n    - expr: \"0.125\"", clip: "false")))
        let c = try LandscapeEvaluator.evaluate(
            decodeSpec(
                landscape(
                    terms: base + "\n    - expr: \"0.125\"", clip: "false")))
        for row in stride(from: 0, to: a.count, by: 37) {
            #expect(abs(c.score[row] - a.score[row] - 0.125) < 1e-12)
            #expect(b.score[row] != c.score[row], "the new noise term adds its own noise")
        }
    }

    @Test func penaltiesSubtractTheirStrengthWhereTheyHold() throws {
        let spec = try decodeSpec(
            landscape(
                terms: """
                        - expr: "1"
                        - penalty: {when: "y > 5", strength: 0.4}
                        - penalty: {when: "y < 2", strength: 0.25, shape: linear}
                    """, clip: "false"))
        let table = try LandscapeEvaluator.evaluate(spec)
        for row in 0..<table.count {
            let y = table.columns[1][row]
            let expected = 1 - (y > 5 ? 0.4 : 0) - (y < 2 ? 0.25 * (2 - y) : 0)
            #expect(abs(table.score[row] - expected) < 1e-12)
        }
    }

    @Test func scoresAreClipped() throws {
        let table = try LandscapeEvaluator.evaluate(decodeSpec(landscape(terms: "    - expr: \"y - 5\"")))
        #expect(table.score.allSatisfy { $0 >= 0 && $0 <= 1 })
        #expect(table.score.contains(0) && table.score.contains(1))
    }

    @Test func nonFiniteScoreIsALocatedError() throws {
        let spec = try decodeSpec(landscape(terms: "    - expr: \"0.1\"\n    - expr: \"log(y - 5)\""))
        #expect {
            _ = try LandscapeEvaluator.evaluate(spec)
        } throws: { error in
            guard let error = error as? DiagnosticError, let d = error.diagnostics.first else { return false }
            return d.code == "eval.non-finite" && d.location?.line == 12 && d.message.contains("y=")
        }
    }

    @Test func trialsAreSnappedClippedAndDeterministic() throws {
        let yaml = landscape(
            terms: "    - expr: \"0.5\"", sampling: "trials: {count: 500}",
            plot: "scatter: {x: x, y: y}")
        let a = try LandscapeEvaluator.evaluate(decodeSpec(yaml))
        let b = try LandscapeEvaluator.evaluate(decodeSpec(yaml))
        #expect(a.columns[2][0] == b.columns[2][0])
        for row in 0..<a.count {
            let z = a.columns[2][row]
            #expect(z == z.rounded() && z >= 1 && z <= 64)
            #expect(a.columns[0][row] >= 0.001 && a.columns[0][row] <= 1000)
        }
    }

    @Test func latinHypercubeHitsEveryStratumOnce() {
        let positions = TrialSampler.explorationPositions(count: 64, method: .latinHypercube, seed: 5, name: "x")
        let strata = Set(positions.map { Int($0 * 64) })
        #expect(strata.count == 64)
    }

    @Test func focusTrialsGatherAroundTheCentre() throws {
        let yaml = landscape(
            terms: "    - expr: \"0.5\"",
            sampling: "trials: {count: 1000, focus: {fraction: 0.5, center: {x: 1}, spread: {x: 0.2}}}",
            plot: "scatter: {x: x, y: y}")
        let table = try LandscapeEvaluator.evaluate(decodeSpec(yaml))
        let focused = (500..<1000).map { log10(table.columns[0][$0]) }
        let mean = focused.reduce(0, +) / 500
        #expect(abs(mean) < 0.05, "centre 1 is 0 decades")
        #expect(focused.allSatisfy { abs($0) < 1.2 }, "six spreads is far beyond any of 500 draws")
    }
}
