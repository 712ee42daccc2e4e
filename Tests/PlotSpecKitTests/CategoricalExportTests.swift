import Foundation
import PlotSampling
import PlotSpec
import PlotYAML
import Testing

@testable import PlotSpecKit

/// `plotspec data` prints a categorical parameter's category name, not the index formulas see.
@Suite struct CategoricalExportTests {
    static let spec = """
        figure: {output: out.png}
        parameters:
          optimizer: {values: [adam, sgd, "rms, prop"]}
          lr: {range: [0.001, 1], scale: log10}
        sampling: {grid: {optimizer: all, lr: 2}}
        score: {terms: [{expr: "optimizer / 10"}]}
        plot: {heatmap: {x: optimizer, y: lr}}
        """

    static func evaluated() throws -> (FigureSpec, SampleTable) {
        let root = try YAMLLoader.load(text: spec, file: "test.yaml", sources: nil)
        let decoded = try #require(SpecDecoder.decode(root, sourcePath: "test.yaml").0)
        return (decoded, try LandscapeEvaluator.evaluate(decoded))
    }

    @Test func csvPrintsNamesQuotedWhenNeeded() throws {
        let (spec, table) = try Self.evaluated()
        let lines = DataExport.render(table, spec: spec, format: .csv).split(separator: "\n").map(String.init)
        #expect(lines.count == 7)
        #expect(lines[1].hasPrefix("adam,"))
        #expect(lines[2].hasPrefix("sgd,"))
        #expect(lines[3].hasPrefix("\"rms, prop\","))
        #expect(lines[2].hasSuffix(",0.1,0.1"), "the score (and its noise-free value) still come from the index")
    }

    @Test func jsonPrintsNamesAsStrings() throws {
        let (spec, table) = try Self.evaluated()
        let json = DataExport.render(table, spec: spec, format: .json)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["optimizer"] as? String } == ["adam", "sgd", "rms, prop", "adam", "sgd", "rms, prop"])
        #expect(rows.first?["lr"] is NSNumber)
    }
}
