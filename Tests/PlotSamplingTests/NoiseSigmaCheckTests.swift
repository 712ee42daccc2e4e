import PlotDiagnostics
import PlotSpec
import Testing

@testable import PlotSampling

/// A noise sigma formula that goes negative somewhere is reported like a non-finite score: at the
/// formula, with a sample where it happens.
@Suite struct NoiseSigmaCheckTests {
    @Test func negativeSomewhereIsLocatedWithAnExamplePoint() throws {
        let spec = try decodeSpec(landscape(terms: "    - noise: {sigma: \"0.1 * (y - 4)\"}"))
        do {
            _ = try LandscapeEvaluator.evaluate(spec)
            Issue.record("a sigma below zero for y < 4 must be an error")
        } catch {
            let diagnostic = try #require(error.diagnostics.first)
            #expect(diagnostic.code == "eval.negative-sigma")
            #expect(diagnostic.location?.line == 11, "the line of the noise term")
            // The reported point really has y < 4, where 0.1 · (y − 4) < 0.
            let y = try #require(
                diagnostic.message.split(separator: "y=").last.flatMap { Double($0.prefix { $0 != "," && $0 != ";" }) })
            #expect(y < 4)
        }
    }

    @Test func zeroAndPositiveSigmasPass() throws {
        let spec = try decodeSpec(
            landscape(
                terms: """
                        - noise: {sigma: "0.1 * y"}
                        - noise: 0
                    """))
        _ = try LandscapeEvaluator.evaluate(spec)
    }

    /// Held parameters are constants: a sigma negative only through a held value is caught too.
    @Test func negativeThroughAHeldParameter() throws {
        let spec = try decodeSpec(landscape(terms: "    - noise: {sigma: \"0.01 * (z - 10)\"}"))
        #expect(throws: DiagnosticError.self) { _ = try LandscapeEvaluator.evaluate(spec) }
    }
}
