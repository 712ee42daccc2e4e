import Foundation
import PlotDiagnostics
import PlotSpec
import Testing

@testable import PlotSampling

/// The run order and running best an optimisation history draws.
@Suite struct OptimizationHistoryTests {
    /// The running best by brute force: the best score among every trial numbered at or before each row's.
    static func bruteForce(trial: [Double], score: [Double], direction: ScoreDirection) -> [Double] {
        trial.indices.map { row in
            let earlier = trial.indices.filter { trial[$0] <= trial[row] }.map { score[$0] }
            return (direction == .maximize ? earlier.max() : earlier.min()) ?? .nan
        }
    }

    @Test(arguments: [ScoreDirection.maximize, .minimize])
    func theBestSoFarIsTheRunningBestInTheDirection(direction: ScoreDirection) {
        var generator = SystemRandomNumberGenerator()
        let score = (0..<200).map { _ in Double.random(in: 0...1, using: &generator).rounded(toPlaces: 2) }
        let trial = (0..<200).map(Double.init).shuffled(using: &generator)
        let history = OptimizationHistory(trial: trial, score: score, direction: direction)
        #expect(history.bestSoFar == Self.bruteForce(trial: trial, score: score, direction: direction))
        #expect(history.runOrder.map { trial[$0] } == trial.sorted())
        let line = history.runOrder.map { history.bestSoFar[$0] }
        for (a, b) in zip(line, line.dropFirst()) {
            #expect(direction == .maximize ? b >= a : b <= a, "the best only improves")
        }
    }

    /// A tie does not improve the best: the step line changes only at a strictly better trial.
    @Test func aTieIsNoImprovement() {
        let history = OptimizationHistory(
            trial: [0, 1, 2, 3, 4], score: [0.5, 0.7, 0.7, 0.6, 0.9], direction: .maximize)
        #expect(history.bestSoFar == [0.5, 0.7, 0.7, 0.7, 0.9])
        #expect(history.improvements == [0, 1, 4])
        let minimised = OptimizationHistory(trial: [0, 1, 2], score: [0.3, 0.3, 0.1], direction: .minimize)
        #expect(minimised.bestSoFar == [0.3, 0.3, 0.1])
        #expect(minimised.improvements == [0, 2])
    }

    /// Trial numbers with gaps (Optuna's, with failed trials left out) order the rows whatever their
    /// place in the table.
    @Test func trialNumbersOrderTheRowsAndMayHaveGaps() {
        let history = OptimizationHistory(trial: [7, 2, 10, 3], score: [0.9, 0.2, 0.95, 0.4], direction: .maximize)
        #expect(history.runOrder == [1, 3, 0, 2])
        #expect(history.bestSoFar == [0.9, 0.2, 0.95, 0.4])
        #expect(history.improvements == [1, 3, 0, 2])
    }

    static func spec(value: String = "score", sampling: String = "{trials: {count: 60}}", extra: String = "")
        -> String
    {
        """
        figure: {output: out.png}
        seed: 5
        parameters: {lr: {range: [1.0e-4, 1], scale: log10}}
        sampling: \(sampling)
        score: {terms: [{expr: "0.5 + 0.4 * sin(3 * log10(lr))"}, {noise: 0.05}]}
        plot: {history: {value: \(value)\(extra)}}
        """
    }

    /// Drawn trials run in sampling order, and showing the loss shows the same line flipped: the best
    /// is still the highest score (`1 − score` lowest), in score units.
    @Test(arguments: ["score", "loss"])
    func drawnTrialsRunInSamplingOrder(value: String) throws {
        let spec = try decodeSpec(Self.spec(value: value))
        let table = try LandscapeEvaluator.evaluate(spec)
        let history = try #require(table.history)
        #expect(history.trial == (0..<table.count).map(Double.init))
        #expect(history.runOrder == Array(0..<table.count))
        #expect(
            history.bestSoFar
                == Self.bruteForce(trial: history.trial, score: table.score, direction: .maximize))
    }

    @Test func aLogValueAxisNeedsPositiveValues() throws {
        let spec = try decodeSpec(
            Self.spec(extra: ", value_scale: log10").replacingOccurrences(of: "0.4 * sin", with: "0.7 * sin"))
        #expect(throws: DiagnosticError.self) { try LandscapeEvaluator.evaluate(spec) }
        do {
            _ = try LandscapeEvaluator.evaluate(spec)
        } catch {
            #expect(error.diagnostics.first?.code == "eval.history-log-scale")
            #expect(error.diagnostics.first?.span?.start.line == 6)
        }
        let positive = try decodeSpec(Self.spec(extra: ", value_scale: log10"))
        #expect(try LandscapeEvaluator.evaluate(positive).history != nil)
    }
}

extension Double {
    fileprivate func rounded(toPlaces places: Int) -> Double {
        let scale = pow(10, Double(places))
        return (self * scale).rounded() / scale
    }
}
