import Foundation
import PlotSampling
import PlotSpec
import Testing

@testable import PlotSpecKit

/// The importance of real trials: a Gaussian process fitted to the fixture Optuna study, decomposed by the
/// functional ANOVA. The fixture's objective (`make_fixtures.py`) is additive, so its exact shares over the
/// search space are known in closed form: learning rate 83.2 %, layers 15.4 %, optimizer 0.9 %, dropout
/// 0.4 %, batch size 0.2 %, interactions 0 (docs/importance.md works them out).
@Suite struct DataImportanceTests {
    static func importance(_ text: String) throws -> (FigureSpec, ParameterImportance?) {
        let folder = try TemporaryFolder()
        let path = try folder.write("spec.yaml", text)
        let pipeline = Pipeline()
        pipeline.dataPolicy = DataReadPolicy(allowOutside: true)
        let spec = try pipeline.decode(path: path)
        return (spec, try pipeline.evaluate(spec).importance)
    }

    static let study = Repository.root + "/specs/examples/data/study.db"

    @Test func theFixtureStudysEstimatedSharesAreNearItsExactOnes() throws {
        let (spec, found) = try Self.importance(
            """
            figure: {output: out.png}
            parameters: {learning_rate: {}, layers: {}, batch_size: {}, dropout: {}, optimizer: {}}
            sampling: {data: {file: \(Self.study), study: fixture-study}}
            plot: {importance: {}}
            """)
        let importance = try #require(found)
        #expect(importance.estimatedFrom == 270)
        let share = Dictionary(
            uniqueKeysWithValues: importance.entries.map { (spec.parameters[$0.parameter].name, $0.share) })
        #expect(abs((share["learning_rate"] ?? 0) - 0.832) < 0.08)
        #expect(abs((share["layers"] ?? 0) - 0.154) < 0.08)
        for small in ["optimizer", "dropout", "batch_size"] { #expect((share[small] ?? 1) < 0.03) }
        #expect(importance.interactionShare < 0.05)
        #expect(abs(importance.entries.map(\.share).reduce(0, +) + importance.interactionShare - 1) < 1e-9)
        #expect(importance.ranked.map { spec.parameters[$0.parameter].name }.prefix(2) == ["learning_rate", "layers"])
    }

    @Test func aParameterTheDataDoesNotGiveCannotBeMeasured() throws {
        #expect(throws: (any Error).self) {
            _ = try Self.importance(
                """
                figure: {output: out.png}
                parameters: {learning_rate: {}, layers: {}, width: {range: [1, 2]}}
                sampling: {data: {file: \(Self.study), study: fixture-study}}
                plot: {importance: {parameters: [learning_rate, width]}}
                """)
        }
    }

    @Test func moreTrialsThanTheProcessTakesIsAnErrorBeforeAnythingIsFitted() throws {
        let folder = try TemporaryFolder()
        let rows = (0...SpecLimits.maxGaussianProcessTrials).map { "\(Double($0) / 1000),\($0 % 7)" }
        let csv = try folder.write("trials.csv", "x,score\n" + rows.joined(separator: "\n") + "\n")
        let spec = try folder.write(
            "spec.yaml",
            """
            figure: {output: out.png}
            parameters: {x: {}}
            sampling: {data: {file: \(csv), score: score}}
            plot: {importance: {}}
            """)
        let pipeline = Pipeline()
        pipeline.dataPolicy = DataReadPolicy(allowOutside: true)
        do {
            _ = try pipeline.decode(path: spec)
            Issue.record("decoded")
        } catch {
            #expect(error.diagnostics.map(\.code) == ["spec.importance-too-many"])
        }
    }
}
