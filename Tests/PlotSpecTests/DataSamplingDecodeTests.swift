import Foundation
import PlotDiagnostics
import PlotYAML
import Testing

@testable import PlotSpec

/// `sampling.data` decoded against the fixtures `Tests/PlotDataTests/Fixtures/make_fixtures.py` made with
/// optuna: every mapped value and score is compared with what the script wrote to `expected.json`.
@Suite struct DataSamplingDecodeTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("PlotDataTests/Fixtures").path

    /// A parameter value in `expected.json`: a number, or anything else (a category, compared through its
    /// stored index instead).
    enum Written: Decodable {
        case number(Double)
        case other

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            // `JSONDecoder` reads doubles exactly (`JSONSerialization` on Linux can be off in the last bit).
            if !container.decodeNil(), (try? container.decode(Bool.self)) == nil,
                let number = try? container.decode(Double.self)
            {
                self = .number(number)
            } else {
                self = .other
            }
        }
    }

    /// One trial of `expected.json`, as optuna reported it.
    struct ExpectedTrial: Decodable {
        let number: Int
        let state: String
        let params: [String: Written]
        /// What the storage holds for each parameter: a categorical one's index into its choices.
        let storedIndex: [String: Double]
        let values: [Double?]?

        enum CodingKeys: String, CodingKey {
            case number, state, params, values
            case storedIndex = "internal"
        }
    }

    struct Expected: Decodable {
        struct Study: Decodable { let trials: [ExpectedTrial] }
        let studies: [String: Study]
    }

    static func expectedTrials(study: String) throws -> [ExpectedTrial] {
        let data = try Data(contentsOf: URL(fileURLWithPath: fixtures + "/expected.json"))
        return try #require(try JSONDecoder().decode(Expected.self, from: data).studies[study]).trials
    }

    static let parameters = """
        parameters:
          learning_rate: {range: [1.0e-5, 0.1], scale: log10}
          layers: {range: [1, 8], integer: true}
          batch_size: {range: [16, 256], scale: log2, integer: true}
          dropout: {range: [0, 0.5]}
          optimizer: {values: [adam, sgd, rmsprop]}
          width: {range: [64, 1024], scale: log2, default: 256}
        """

    static func decode(_ data: String, plot: String = "{parallel_coordinates: {}}", allowOutside: Bool = true) throws
        -> (spec: FigureSpec?, diagnostics: [Diagnostic])
    {
        let text = "figure: {output: out.png}\n\(parameters)\nsampling:\n  data: \(data)\nplot: \(plot)\n"
        let root = try YAMLLoader.load(text: text, file: fixtures + "/spec.yaml", sources: nil)
        let context = DecodeContext()
        context.dataPolicy = DataReadPolicy(allowOutside: allowOutside)
        return SpecDecoder.decode(root, sourcePath: fixtures + "/spec.yaml", context: context)
    }

    static func data(_ spec: FigureSpec?) throws -> DataSampling {
        guard case .data(let data)? = spec?.sampling else { throw DecodeFailure() }
        return data
    }

    struct DecodeFailure: Error {}

    /// Checks every mapped value of `data` against the expected trials, in order.
    static func expectMatches(_ data: DataSampling, _ trials: [ExpectedTrial], spec: FigureSpec) {
        #expect(data.count == trials.count)
        guard data.count == trials.count else { return }
        for (slot, index) in data.mapped.enumerated() {
            let name = spec.parameters[index].name
            for (row, trial) in trials.enumerated() {
                let value = data.values[slot][row]
                if spec.parameters[index].isCategorical {
                    #expect(value == trial.storedIndex[name], "trial \(trial.number) \(name)")
                } else if case .number(let expected)? = trial.params[name] {
                    #expect(value == expected, "trial \(trial.number) \(name)")
                } else {
                    Issue.record("trial \(trial.number) has no number for \(name)")
                }
            }
        }
        for (row, trial) in trials.enumerated() {
            #expect(data.score[row] == trial.values?.first ?? nil, "trial \(trial.number) score")
        }
    }

    @Test func anOptunaStudyGivesItsCompleteTrialsWithItsDirection() throws {
        let (spec, diagnostics) = try Self.decode("{file: study.db, study: fixture-study}")
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        let data = try Self.data(spec)
        let figure = try #require(spec)
        #expect(data.mapped == [0, 1, 2, 3, 4], "width has no column, so it is held")
        #expect(data.mappedColumns.allSatisfy { $0.hasPrefix("params_") })
        #expect(data.direction == .minimize)
        #expect(data.study == "fixture-study")
        let complete = try Self.expectedTrials(study: "fixture-study").filter { $0.state == "COMPLETE" }
        Self.expectMatches(data, complete, spec: figure)
    }

    @Test func statesChooseTheTrialsAndDirectionOverridesTheStudys() throws {
        let (spec, _) = try Self.decode(
            "{file: study.db, study: fixture-study, states: [complete, pruned], direction: maximize}")
        let data = try Self.data(spec)
        let chosen = try Self.expectedTrials(study: "fixture-study").filter { $0.state != "FAIL" }
        Self.expectMatches(data, chosen, spec: try #require(spec))
        #expect(data.direction == .maximize)
    }

    @Test func aSecondObjectiveBringsItsOwnDirection() throws {
        let text = "{file: study.db, study: fixture-multi, score: values_1, columns: {learning_rate: params_x}}"
        let root = try YAMLLoader.load(
            text: """
                figure: {output: out.png}
                parameters: {x: {range: [-2, 2]}, choice: {values: [a, "2", "0.5", "True", "None"]}}
                sampling: {data: \(text.replacingOccurrences(of: "learning_rate", with: "x"))}
                plot: {scatter: {x: x, y: choice}}
                """, file: Self.fixtures + "/spec.yaml", sources: nil)
        let (spec, diagnostics) = SpecDecoder.decode(root, sourcePath: Self.fixtures + "/spec.yaml")
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        let data = try Self.data(spec)
        let trials = try Self.expectedTrials(study: "fixture-multi").filter { $0.state == "COMPLETE" }
        #expect(data.direction == .maximize)
        #expect(data.score == trials.map { ($0.values?[1] ?? nil) ?? .nan })
        // The categories are declared in the study's order, so a trial's category index is Optuna's own
        // stored index (`internal` in expected.json).
        #expect(data.values[1] == trials.map { $0.storedIndex["choice"] ?? -1 })
    }

    @Test func thePlainCSVFixtureMapsByColumnName() throws {
        let (spec, diagnostics) = try Self.decode("{file: trials.csv, score: value, direction: minimize}")
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        let data = try Self.data(spec)
        #expect(data.mappedColumns == ["learning_rate", "layers", "batch_size", "dropout", "optimizer"])
        let written = try Self.expectedTrials(study: "fixture-study").filter { $0.state != "FAIL" }
        Self.expectMatches(data, written, spec: try #require(spec))
    }

    @Test func theWandBExportReadsFinishedRuns() throws {
        let (spec, diagnostics) = try Self.decode(
            "{file: wandb_export.csv, format: wandb, score: val_loss, direction: minimize}")
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        let complete = try Self.expectedTrials(study: "fixture-study").filter { $0.state == "COMPLETE" }
        Self.expectMatches(try Self.data(spec), complete, spec: try #require(spec))
    }

    @Test func trialsWithoutAScoreAreLeftOutWithOneCountedWarning() throws {
        let (spec, diagnostics) = try Self.decode("{file: trials.jsonl, score: value, direction: minimize}")
        let data = try Self.data(spec)
        let all = try Self.expectedTrials(study: "fixture-study")
        let scored = all.filter { (($0.values?.first ?? nil)?.isFinite) ?? false }
        Self.expectMatches(data, scored, spec: try #require(spec))
        #expect(data.skipped == all.count - scored.count)
        #expect(data.skipped > 0)
        let warnings = diagnostics.filter { $0.code == "data.skipped-rows" }
        #expect(warnings.count == 1)
        #expect(warnings.first?.message.hasPrefix("\(data.skipped) trials left out") == true)
        #expect(warnings.first?.notes.first?.span?.start.file.hasSuffix("trials.jsonl") == true)
    }

    @Test func theSameFileGivesTheSameDigest() throws {
        let first = try Self.data(try Self.decode("{file: study.db, study: fixture-study}").spec)
        let second = try Self.data(try Self.decode("{file: study.db, study: fixture-study}").spec)
        #expect(first.digest == second.digest)
        #expect(first == second)
        let pruned = try Self.data(
            try Self.decode("{file: study.db, study: fixture-study, states: [complete, pruned]}").spec)
        #expect(first.digest != pruned.digest)
    }

    @Test func aFileOutsideTheWorkingDirectoryIsReadOnlyWhenAllowed() throws {
        let (_, refused) = try Self.decode(
            "{file: /nonexistent-plotspec/trials.csv, score: value}", allowOutside: false)
        #expect(refused.map(\.code) == ["data.outside"])
        let (_, allowed) = try Self.decode("{file: /nonexistent-plotspec/trials.csv, score: value}", allowOutside: true)
        #expect(allowed.map(\.code) == ["data.unreadable"])
    }

    @Test func theFormatFollowsTheExtension() throws {
        let files = [("trials.csv", "csv"), ("trials.jsonl", "jsonl"), ("study.db, study: fixture-study", "optuna")]
        for (file, format) in files {
            let data = try Self.data(
                try Self.decode("{file: \(file), score: value, direction: minimize}").spec)
            #expect(data.format.rawValue == format)
        }
    }

    /// Categories that are all numbers (Optuna's categorical choices of numbers; JSON strings of numbers)
    /// feed a numeric parameter; one text category makes the column text.
    @Test func categoriesThatAreNumbersFeedANumericParameter() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plotspec-data-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = [
            #"{"batch_size": "32", "learning_rate": 0.001, "loss": 0.5}"#,
            #"{"batch_size": "64", "learning_rate": 0.01, "loss": 0.4}"#,
            #"{"batch_size": null, "learning_rate": 0.01, "loss": 0.3}"#
        ]
        try (lines.joined(separator: "\n") + "\n").write(
            to: folder.appendingPathComponent("t.jsonl"), atomically: true, encoding: .utf8)
        let text = """
            figure: {output: out.png}
            parameters: {learning_rate: {range: [1.0e-5, 0.1], scale: log10}, batch_size: {range: [16, 256]}}
            sampling: {data: {file: t.jsonl, score: loss}}
            plot: {scatter: {x: learning_rate, y: batch_size}}
            """
        let path = folder.appendingPathComponent("spec.yaml").path
        let context = DecodeContext()
        context.dataPolicy = DataReadPolicy(allowOutside: true)
        let root = try YAMLLoader.load(text: text, file: path, sources: nil)
        let (spec, diagnostics) = SpecDecoder.decode(root, sourcePath: path, context: context)
        let data = try Self.data(spec)
        #expect(data.values(of: 1) == [32, 64])
        #expect(data.skipped == 1)
        #expect(diagnostics.map(\.code) == ["data.skipped-rows"])
    }
}
