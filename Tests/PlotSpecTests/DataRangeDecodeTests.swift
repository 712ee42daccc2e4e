import Foundation
import PlotData
import PlotDiagnostics
import PlotScales
import PlotYAML
import Testing

@testable import PlotSpec

/// Parameters that declare neither `range` nor `values` take them from their column of `sampling.data`,
/// checked against the fixtures `Tests/PlotDataTests/Fixtures/make_fixtures.py` made with optuna.
@Suite struct DataRangeDecodeTests {
    static func decode(parameters: String, data: String, plot: String = "{parallel_coordinates: {}}") throws
        -> (spec: FigureSpec?, diagnostics: [Diagnostic])
    {
        let fixtures = DataSamplingDecodeTests.fixtures
        let text = "figure: {output: out.png}\nparameters:\n\(parameters)\nsampling:\n  data: \(data)\nplot: \(plot)\n"
        let root = try YAMLLoader.load(text: text, file: fixtures + "/spec.yaml", sources: nil)
        let context = DecodeContext()
        context.dataPolicy = DataReadPolicy(allowOutside: true)
        return SpecDecoder.decode(root, sourcePath: fixtures + "/spec.yaml", context: context)
    }

    static func parameter(_ name: String, of spec: FigureSpec?) throws -> Parameter {
        try #require(spec?.parameters.first { $0.name == name })
    }

    @Test func optunaParametersTakeTheirDistributions() throws {
        let (spec, diagnostics) = try Self.decode(
            parameters: """
                  learning_rate: {}
                  layers: {}
                  batch_size: {label: Batch size}
                  dropout: {}
                  optimizer: {}
                """, data: "{file: study.db, study: fixture-study}")
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        let lr = try Self.parameter("learning_rate", of: spec)
        #expect((lr.lower, lr.upper, lr.scale, lr.integer) == (1e-5, 0.1, .log10, false))
        let layers = try Self.parameter("layers", of: spec)
        #expect((layers.lower, layers.upper, layers.scale, layers.integer) == (1, 8, .linear, true))
        let batch = try Self.parameter("batch_size", of: spec)
        #expect((batch.lower, batch.upper, batch.scale, batch.integer) == (16, 256, .log2, true))
        #expect(batch.label == "Batch size")
        let dropout = try Self.parameter("dropout", of: spec)
        #expect((dropout.lower, dropout.upper, dropout.scale) == (0, 0.5, .linear))
        #expect(try Self.parameter("optimizer", of: spec).categories == ["adam", "sgd", "rmsprop"])
        // The data read against the derived declarations: every trial kept.
        #expect(try DataSamplingDecodeTests.data(spec).count == 270)
    }

    @Test func aDeclaredScaleOrIntegerFlagWinsOverTheDatas() throws {
        let (spec, diagnostics) = try Self.decode(
            parameters: """
                  learning_rate: {scale: ln}
                  batch_size: {scale: linear}
                """, data: "{file: study.db, study: fixture-study}")
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        #expect(try Self.parameter("learning_rate", of: spec).scale == .ln)
        let batch = try Self.parameter("batch_size", of: spec)
        #expect((batch.scale, batch.integer) == (.linear, true))
    }

    @Test func csvColumnsGiveTheirSmallestAndLargestValueAndTheirCategories() throws {
        let (spec, diagnostics) = try Self.decode(
            parameters: """
                  lr: {scale: log10}
                  layers: {integer: true}
                  optimizer: {}
                """, data: "{file: trials.csv, score: value, columns: {lr: learning_rate}}")
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        let table = try CSVReader.read(path: DataSamplingDecodeTests.fixtures + "/trials.csv")
        let lrColumn = try #require(table.column(named: "learning_rate")?.numeric)
        let lrValues = lrColumn.values.enumerated().filter { !lrColumn.missing.contains($0.offset) }.map(\.element)
        let lr = try Self.parameter("lr", of: spec)
        #expect((lr.lower, lr.upper, lr.scale) == (lrValues.min(), lrValues.max(), .log10))
        let layers = try Self.parameter("layers", of: spec)
        #expect(layers.integer && layers.lower >= 1 && layers.upper <= 8)
        let levels = try #require(table.column(named: "optimizer")?.categorical?.levels)
        #expect(try Self.parameter("optimizer", of: spec).categories == levels)
    }

    @Test func aMissingColumnIsLocatedAtTheParameterWithASuggestion() throws {
        let (spec, diagnostics) = try Self.decode(
            parameters: "  learning_rat: {}\n  layers: {}", data: "{file: trials.csv, score: value}")
        #expect(spec == nil)
        let error = try #require(diagnostics.first { $0.code == "data.no-range-column" })
        #expect(error.span?.start.line == 3)
        #expect(error.suggestion == "learning_rate")
        // One mistake, one error: the broken parameter is not reported again as unmapped or unknown.
        #expect(diagnostics.filter { $0.severity == .error }.count == 1, "\(diagnostics)")
    }

    @Test func aLogScaleOverNonPositiveDataIsAnErrorAtTheScale() throws {
        let (spec, diagnostics) = try Self.decode(
            parameters: "  dropout: {scale: log10}", data: "{file: trials.csv, score: value}")
        #expect(spec == nil)
        let error = try #require(diagnostics.first { $0.code == "spec.log-range" })
        #expect(error.message.contains("holds 0"))
        #expect(error.span?.start.line == 3 && error.span?.start.column == 13)
    }

    @Test func scaleKeysOnACategoricalColumnConflict() throws {
        let (_, diagnostics) = try Self.decode(
            parameters: "  optimizer: {scale: log10}\n  layers: {}", data: "{file: trials.csv, score: value}")
        let error = try #require(diagnostics.first { $0.code == "spec.conflicting-key" })
        #expect(error.message.contains("categories taken from the data"))
    }

    @Test func anUnreadableFileGivesOneErrorNotOnePerParameter() throws {
        let (spec, diagnostics) = try Self.decode(
            parameters: "  lr: {}\n  layers: {}", data: "{file: missing.csv, score: value}")
        #expect(spec == nil)
        #expect(diagnostics.filter { $0.severity == .error }.map(\.code) == ["data.unreadable"], "\(diagnostics)")
    }

    @Test func theColourRangeOfRealTrialsIsTheDatasScoreRange() throws {
        let (spec, diagnostics) = try Self.decode(
            parameters: "  learning_rate: {}\n  layers: {}", data: "{file: study.db, study: fixture-study}",
            plot: "{scatter: {x: learning_rate, y: layers}}")
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        let scores = try DataSamplingDecodeTests.data(spec).score
        guard case .scatter(let scatter)? = spec?.plot else {
            Issue.record("not a scatter")
            return
        }
        #expect((scatter.color.lower, scatter.color.upper) == (scores.min(), scores.max()))
        let (written, _) = try Self.decode(
            parameters: "  learning_rate: {}\n  layers: {}", data: "{file: study.db, study: fixture-study}",
            plot: "{scatter: {x: learning_rate, y: layers, color_range: [0, 6]}}")
        guard case .scatter(let declared)? = written?.plot else {
            Issue.record("not a scatter")
            return
        }
        #expect((declared.color.lower, declared.color.upper) == (0, 6))
    }

    @Test func realTrialsOutsideADeclaredColourRangeAreWarnedAbout() throws {
        let (spec, diagnostics) = try Self.decode(
            parameters: "  learning_rate: {}\n  layers: {}", data: "{file: study.db, study: fixture-study}",
            plot: "{scatter: {x: learning_rate, y: layers, color_range: [0, 1]}}")
        let scores = try DataSamplingDecodeTests.data(spec).score
        let outside = scores.count { $0 > 1 }
        #expect(outside > 0)
        let warning = try #require(diagnostics.first { $0.code == "data.outside-color-range" })
        #expect(warning.severity == .warning)
        #expect(warning.message.hasPrefix("\(outside) of \(scores.count) trials"))
        #expect(warning.span?.start.line == 7)  // the `plot:` line, at `color_range`
    }
}
