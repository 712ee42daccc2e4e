import Foundation
import Testing

@testable import PlotSampling
@testable import PlotSpec

/// `trials.parameters` draws a subspace: the listed parameters draw exactly what they draw when trials
/// draw everything (each parameter has its own streams), and the others hold their value in every trial.
@Suite struct TrialSubspaceTests {
    static func spec(_ drawn: String) -> String {
        """
        figure: {output: out.png}
        seed: 11
        parameters:
          lr: {range: [1.0e-5, 1.0], scale: log10}
          wd: {range: [1.0e-6, 0.1], scale: log10}
          depth: {range: [2, 48], integer: true, default: 12}
        hold: {\(drawn.isEmpty ? "" : "depth: 24")}
        sampling: {trials: {count: 64, method: latin_hypercube\(drawn)}}
        score: {terms: [{expr: "depth / 100"}]}
        plot: {scatter: {x: lr, y: wd}}
        """
    }

    @Test func drawnParametersDrawAsBeforeAndTheOthersHold() throws {
        let everything = try LandscapeEvaluator.evaluate(try decodeSpec(Self.spec("")))
        let subspace = try LandscapeEvaluator.evaluate(try decodeSpec(Self.spec(", parameters: [wd, lr]")))
        #expect(everything.values(of: 0) == subspace.values(of: 0))
        #expect(everything.values(of: 1) == subspace.values(of: 1))
        #expect(Set(everything.values(of: 2)).count > 10, "trials over everything draw depth")
        #expect(subspace.values(of: 2) == [Double](repeating: 24, count: 64), "depth holds its hold: value")
        #expect(subspace.score == [Double](repeating: 0.24, count: 64), "the score reads the held depth")
    }

    @Test func theDrawnListIsKeptInDeclarationOrder() throws {
        let spec = try decodeSpec(Self.spec(", parameters: [wd, lr]"))
        guard case .trials(let trials) = spec.sampling else { throw Failure("not trials") }
        #expect(trials.drawn == [0, 1])
        #expect(!trials.draws(2))
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}

extension SampleTable {
    /// Column `index` as one value per row.
    fileprivate func values(of index: Int) -> [Double] {
        (0..<count).map { columns[index][$0] }
    }
}
