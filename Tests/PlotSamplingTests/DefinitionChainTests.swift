import Foundation
import PlotSpec
import Testing

@testable import PlotSampling

/// The shape of issue 7's 30-second spec: definitions that each use the previous one twice. Pasted as
/// text the last one has 2ⁿ nodes; kept as bindings everything about the spec stays proportional to n.
@Suite struct DefinitionChainTests {
    static func chainSpec(_ count: Int, sigma: String? = nil) -> String {
        var lines = ["define:", "  d0: \"x * 0 + y / 100\""]
        for k in 1..<count { lines.append("  d\(k): \"d\(k - 1) \(k % 2 == 1 ? "+" : "*") d\(k - 1)\"") }
        let last = "d\(count - 1)"
        let noise = sigma ?? "0.01 + 0 * \(last)"
        return landscape(
            terms: """
                    - expr: "clamp(\(last), 0, 1)"
                    - penalty: {when: "\(last) > 0.5", strength: 0.1, softness: 0.1}
                    - noise: {sigma: "\(noise)"}
                """, clip: "false"
        ).replacingOccurrences(of: "sampling:", with: lines.joined(separator: "\n") + "\nsampling:")
    }

    @Test func aLongChainDecodesEvaluatesAndPrintsInProportionToItsLength() throws {
        let short = try decodeSpec(Self.chainSpec(20))
        let long = try decodeSpec(Self.chainSpec(80))
        let table = try LandscapeEvaluator.evaluate(long)
        #expect(table.count == 41 * 21)
        #expect(table.score.allSatisfy { $0.isFinite })
        // Every printed form grows by about one line per definition, not by doubling.
        let extra = LandscapeEvaluator.scoreListing(long).count - LandscapeEvaluator.scoreListing(short).count
        #expect(extra < 60 * 30)
        #expect(long.summary().count - short.summary().count < 60 * 40)
    }

    @Test func theNoiseStreamIsKeyedByTheSigmaAsWritten() throws {
        let spec = try decodeSpec(Self.chainSpec(80))
        let noise = try #require(
            spec.score.terms.compactMap { term -> Noise? in
                if case .noise(let n) = term.shape { return n }
                return nil
            }.first)
        #expect(noise.streamKey == StableHash.fnv1a("noise:0.01 + 0 * d79"))
    }

    @Test func editingADefinitionTheSigmaUsesKeepsTheNoise() throws {
        let a = try LandscapeEvaluator.evaluate(decodeSpec(Self.chainSpec(6, sigma: "0.05 + 0 * d5")))
        let edited = Self.chainSpec(6, sigma: "0.05 + 0 * d5").replacingOccurrences(of: "y / 100", with: "y / 90")
        let b = try LandscapeEvaluator.evaluate(decodeSpec(edited))
        // The score moves with the definition, but the noise added to it is the same draw.
        let aNoise = zip(a.score, try LandscapeEvaluator.evaluate(decodeSpec(Self.chainSpec(6, sigma: "0"))).score).map(
            -)
        let bNoise = zip(
            b.score,
            try LandscapeEvaluator.evaluate(
                decodeSpec(
                    Self.chainSpec(6, sigma: "0").replacingOccurrences(of: "y / 100", with: "y / 90"))
            ).score
        ).map(-)
        #expect(aNoise.count == bNoise.count)
        for (x, y) in zip(aNoise, bNoise) { #expect(abs(x - y) < 1e-12) }
        #expect(aNoise.contains { abs($0) > 0.01 }, "there is noise to compare")
    }
}

@Suite struct ProgramLimitTests {
    /// Fourteen terms of 360 distinct products and their maximum compile to 720 instructions a term: the limit of
    /// 10 000 is passed inside the 14th, and the error points there, not at the score as a whole.
    @Test func anOversizedScoreIsALocatedError() throws {
        // One call (a long sum would pass the nesting limit first): 360 products, 359 maxima.
        // Distinct constants everywhere, so no part is shared between terms.
        func formula(_ term: Int) -> String {
            "max(" + (0..<360).map { "x * \(1000 + 360 * term + $0)" }.joined(separator: ", ") + ")"
        }
        let terms = (0..<14).map { "    - expr: \"\(formula($0)) + \($0)\"" }.joined(separator: "\n")
        let yaml = landscape(terms: terms, sampling: "grid: {x: 4, y: 4}", clip: "false")
        let spec = try decodeSpec(yaml)
        let lastTermLine =
            try #require(
                yaml.split(separator: "\n", omittingEmptySubsequences: false)
                    .firstIndex { $0.hasSuffix(" + 13\"") }) + 1
        do {
            _ = try LandscapeEvaluator.evaluate(spec)
            Issue.record("an oversized score evaluated")
        } catch {
            let diagnostic = try #require(error.diagnostics.first)
            #expect(diagnostic.code == "formula.program-too-large")
            #expect(diagnostic.location?.line == lastTermLine)
        }
    }
}
