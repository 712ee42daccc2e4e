import Foundation
import PlotSampling
import PlotSpec
import PlotYAML
import Testing

@testable import PlotSpecKit

/// `plotspec data` on a page of panels prints every panel's samples, panel by panel, behind a `panel`
/// column: the view's name, or the panel's number for a facet.
@Suite struct PanelExportTests {
    static let views = """
        figure: {output: out.png}
        parameters:
          lr: {range: [0.001, 1], scale: log10}
          depth: {range: [2, 48], integer: true, default: 12}
        sampling: {grid: {lr: 3}}
        score: {terms: [{expr: "depth / 100"}]}
        plot: {slice: {x: lr}}
        panels:
          grid: [[shallow, deep]]
          views:
            shallow: {hold: {depth: 2}}
            deep: {hold: {depth: 40}, sampling: {grid: {lr: 2}}}
        """

    static func evaluated(_ text: String) throws -> (FigureSpec, SampleTable) {
        let root = try YAMLLoader.load(text: text, file: "test.yaml", sources: nil)
        let (decoded, diagnostics) = SpecDecoder.decode(root, sourcePath: "test.yaml")
        let spec = try #require(decoded, "\(diagnostics.map(\.message))")
        return (spec, try LandscapeEvaluator.evaluate(spec))
    }

    @Test func csvLeadsEachRowWithItsView() throws {
        let (spec, table) = try Self.evaluated(Self.views)
        let lines = DataExport.render(table, spec: spec, format: .csv).split(separator: "\n").map(String.init)
        #expect(lines.first == "panel,lr,depth,score,true_score")
        #expect(lines.dropFirst().map { $0.prefix { $0 != "," } } == ["shallow", "shallow", "shallow", "deep", "deep"])
        let fields = lines.dropFirst().map { $0.split(separator: ",").map(String.init) }
        #expect(fields.map { $0[2] } == ["2", "2", "2", "40", "40"], "each panel's held depth")
        #expect(fields.map { $0[3] } == ["0.02", "0.02", "0.02", "0.4", "0.4"], "each panel's own score")
    }

    @Test func jsonHasThePanelKey() throws {
        let (spec, table) = try Self.evaluated(Self.views)
        let json = DataExport.render(table, spec: spec, format: .json)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(rows.count == 5)
        #expect(rows.compactMap { $0["panel"] as? String } == ["shallow", "shallow", "shallow", "deep", "deep"])
        #expect(rows.last?["depth"] as? Double == 40)
    }

    @Test func aFacetNumbersItsPanels() throws {
        let text = Self.views.replacingOccurrences(
            of: Self.views[Self.views.range(of: "panels:")!.lowerBound...],
            with: "facet: {parameter: depth, values: [2, 4, 8]}\n")
        let (spec, table) = try Self.evaluated(text)
        let lines = DataExport.render(table, spec: spec, format: .csv).split(separator: "\n").map(String.init)
        #expect(lines.count == 1 + 9)
        #expect(lines.dropFirst().map { $0.prefix { $0 != "," } } == ["1", "1", "1", "2", "2", "2", "3", "3", "3"])
    }

    @Test func aSinglePlotHasNoPanelColumn() throws {
        let text = Self.views[..<Self.views.range(of: "panels:")!.lowerBound]
        let (spec, table) = try Self.evaluated(String(text))
        #expect(DataExport.render(table, spec: spec, format: .csv).hasPrefix("lr,depth,score,true_score\n"))
        #expect(DataExport.render(table, spec: spec, format: .json).hasPrefix("[\n  {\"lr\":"))
    }
}
