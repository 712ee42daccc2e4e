import Foundation
import PlotSpec
import Testing

@testable import PlotSampling

/// Every sample carries its noise-free value beside its noisy score.
@Suite struct TrueScoreTests {
    static func spec(noise: String?, clip: String = "[0, 1]", sampling: String = "{grid: {x: 17, y: 13}}")
        -> String
    {
        let plot = sampling.contains("grid") ? "heatmap" : "scatter"
        let noiseTerm = noise.map { ", {noise: {sigma: \"\($0)\"}}" } ?? ""
        return """
            figure: {output: out.png}
            seed: 11
            parameters:
              x: {range: [0.01, 1.0], scale: log10, default: 0.1}
              y: {range: [0, 1], default: 0.5}
            sampling: \(sampling)
            score: {baseline: 0.1, terms: [{bell: {center: {x: 0.1, y: 0.4}, width: 0.6, height: 0.8}}\(noiseTerm)], clip: \(clip)}
            plot: {\(plot): {x: x, y: y}}
            """
    }

    @Test(arguments: ["{grid: {x: 17, y: 13}}", "{trials: {count: 300}}"])
    func trueScoreIsTheScoreOfTheNoiseFreeModel(sampling: String) throws {
        let noisy = try LandscapeEvaluator.evaluate(decodeSpec(Self.spec(noise: "0.05 + 0.1 * y", sampling: sampling)))
        let clean = try LandscapeEvaluator.evaluate(decodeSpec(Self.spec(noise: nil, sampling: sampling)))
        #expect(noisy.trueScore == clean.score)
        #expect(clean.trueScore == clean.score, "without noise the truth is the score")
        #expect(noisy.score != noisy.trueScore, "the noise moved the samples")
    }

    @Test func zeroNoiseLeavesTheScoreTrue() throws {
        let table = try LandscapeEvaluator.evaluate(decodeSpec(Self.spec(noise: "0")))
        #expect(table.trueScore == table.score)
    }

    @Test func truthIsClippedLikeTheScore() throws {
        // A clip below the bell's peak: both columns stop at it, the noisy one also at the lower bound.
        let table = try LandscapeEvaluator.evaluate(decodeSpec(Self.spec(noise: "0.5", clip: "[0.2, 0.6]")))
        #expect(table.trueScore.max() == 0.6)
        #expect(table.trueScore.allSatisfy { (0.2...0.6).contains($0) })
        #expect(table.score.min() == 0.2 && table.score.max() == 0.6)
        let unclipped = try LandscapeEvaluator.evaluate(decodeSpec(Self.spec(noise: "0.5", clip: "false")))
        #expect(zip(unclipped.trueScore, table.trueScore).allSatisfy { min(max($0, 0.2), 0.6) == $1 })
    }
}
