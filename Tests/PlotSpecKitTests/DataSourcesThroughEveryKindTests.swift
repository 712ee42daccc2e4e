import Foundation
import PlotData
import PlotSampling
import PlotSpec
import Testing

@testable import PlotSpecKit

/// Issue 11's "done when": the fixture Optuna study, the W&B export, the plain CSV and the JSON Lines file
/// (made by `Tests/PlotDataTests/Fixtures/make_fixtures.py`) go through every plot kind that takes trials,
/// with parameters that declare no range (each takes its column's), from the spec to PNG bytes.
@Suite struct DataSourcesThroughEveryKindTests {
    static let fixtures = Repository.root + "/Tests/PlotDataTests/Fixtures"

    /// A source: its `data:` mapping and how many trials it should give, counted from the file by other code.
    struct Source: CustomTestStringConvertible, Sendable {
        let name: String
        let data: String
        let expectedCount: @Sendable () throws -> Int
        var testDescription: String { name }
    }

    static let sources: [Source] = [
        Source(name: "optuna", data: "{file: \(fixtures)/study.db, study: fixture-study}") {
            try OptunaStudyReader.read(path: fixtures + "/study.db", study: "fixture-study").rowCount
        },
        Source(name: "wandb", data: "{file: \(fixtures)/wandb_export.csv, format: wandb, score: val_loss}") {
            try finiteCount(
                WandBExportReader.read(path: fixtures + "/wandb_export.csv", states: ["finished"]), "val_loss")
        },
        Source(name: "csv", data: "{file: \(fixtures)/trials.csv, score: value}") {
            try finiteCount(CSVReader.read(path: fixtures + "/trials.csv"), "value")
        },
        Source(name: "jsonl", data: "{file: \(fixtures)/trials.jsonl, score: value}") {
            try finiteCount(JSONLinesReader.read(path: fixtures + "/trials.jsonl"), "value")
        }
    ]

    /// Rows whose score cell holds a finite number (the rest are left out with a warning).
    static func finiteCount(_ table: TrialTable, _ column: String) throws -> Int {
        let score = try #require(table.column(named: column)?.numeric)
        return score.values.indices.count { !score.missing.contains($0) && score.values[$0].isFinite }
    }

    static let plots = [
        "{scatter: {x: learning_rate, y: batch_size}}",
        "{parallel_coordinates: {axes: [learning_rate, layers, batch_size, dropout, optimizer]}}",
        "{slice: {x: learning_rate, points: true}}",
        "{history: {}}",
        "{heatmap: {x: learning_rate, y: dropout, estimate: {method: binned, cells: [6, 5]}}}",
        "{importance: {parameters: [learning_rate, layers]}}"
    ]

    static func spec(_ source: Source, plot: String) -> String {
        let model = plot.hasPrefix("{slice") ? "score: {terms: [{expr: \"(log10(learning_rate) + 3) ^ 2\"}]}\n" : ""
        return """
            figure: {output: out.png, size: [6, 4], dpi: 60}
            parameters:
              learning_rate: {}
              layers: {}
              batch_size: {}
              dropout: {}
              optimizer: {}
            sampling:
              data: \(source.data)
            plot: \(plot)
            \(model)
            """
    }

    @Test(arguments: sources, plots)
    func everySourceDrawsThroughEveryKind(_ source: Source, plot: String) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("spec.yaml", Self.spec(source, plot: plot))
        let pipeline = Pipeline()
        pipeline.dataPolicy = DataReadPolicy(allowOutside: true)
        let spec = try pipeline.decode(path: path)
        let lr = try #require(spec.parameters.first)
        #expect(lr.scale == (source.name == "optuna" ? .log10 : .linear))
        let table = try pipeline.evaluate(spec)
        #expect(table.count == (try source.expectedCount()))
        if plot.hasPrefix("{history") { #expect(table.history != nil) }
        if plot.hasPrefix("{heatmap") { #expect(table.estimate != nil) }
        if plot.hasPrefix("{importance") { #expect(table.importance?.estimatedFrom == table.count) }
        let png = try pipeline.figureBytes(spec, format: .png)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }
}
