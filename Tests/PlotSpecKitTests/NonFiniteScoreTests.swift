import Foundation
import PlotDiagnostics
import Testing

@testable import PlotSpecKit

/// Formulas that are well typed but produce NaN or ±∞ somewhere on the grid must fail at evaluation with
/// a located error that names the term and a point where it happens.
@Suite struct NonFiniteScoreTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let formula: String
        let xRange: String
        let xScale: String
        let value: String
        var testDescription: String { formula }
    }

    static let cases = [
        Case(formula: "log(x - 1)", xRange: "[0.001, 0.5]", xScale: "log10", value: "NaN"),
        Case(formula: "1/0", xRange: "[0, 1]", xScale: "linear", value: "infinity"),
        Case(formula: "sqrt(x - 2)", xRange: "[0, 1]", xScale: "linear", value: "NaN"),
        Case(formula: "exp(exp(exp(x * 10)))", xRange: "[0, 1]", xScale: "linear", value: "+infinity"),
        Case(formula: "(x - x) / (x - x)", xRange: "[1, 2]", xScale: "linear", value: "NaN")
    ]

    @Test(arguments: cases)
    func nonFiniteScoreIsALocatedError(_ input: Case) throws {
        let folder = try TemporaryFolder()
        let text = SpecText.minimal(
            xRange: input.xRange, xScale: input.xScale,
            terms: "- expr: \"\(input.formula)\"")
        let path = try folder.write("spec.yaml", text)
        let pipeline = Pipeline()
        let spec = try pipeline.decode(path: path)
        let error = try #require(throws: DiagnosticError.self) { try pipeline.evaluate(spec) }
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.code == "eval.non-finite")
        #expect(diagnostic.message.contains(input.value), "\(diagnostic.message)")
        #expect(diagnostic.message.contains("x="), "names the sample point: \(diagnostic.message)")
        // The term's own line: `- expr: …` is line 8 of the minimal spec.
        #expect(diagnostic.location?.file == path)
        #expect(diagnostic.location?.line == 8)
        #expect(LocationCheck.problems(in: error.diagnostics).isEmpty)
    }
}
