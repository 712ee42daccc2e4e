import Foundation
import PlotSampling
import PlotSpec
import Testing

@testable import PlotSpecKit

/// `plotspec data` on an optimisation history: a `trial` column first and `best_so_far` last, in CSV and
/// JSON, for one plot and for a page where only one panel is a history.
@Suite struct HistoryExportTests {
    static let history = """
        figure: {output: out.png}
        seed: 4
        parameters: {lr: {range: [0.001, 1], scale: log10}}
        sampling: {trials: {count: 25}}
        score: {terms: [{expr: "0.5 + 0.3 * sin(4 * log10(lr))"}]}
        plot: {history: {value: loss}}
        """

    @Test func csvHasTheTrialAndTheBestSoFar() throws {
        let (spec, table) = try PanelExportTests.evaluated(Self.history)
        let lines = DataExport.render(table, spec: spec, format: .csv).split(separator: "\n").map(String.init)
        #expect(lines.first == "trial,lr,score,true_score,best_so_far")
        let fields = lines.dropFirst().map { $0.split(separator: ",").compactMap { Double($0) } }
        #expect(fields.map { $0[0] } == (0..<25).map(Double.init))
        // The running best of the score (maximised), whatever the plot shows.
        var best = -Double.infinity
        for row in fields {
            best = max(best, row[2])
            #expect(row[4] == best)
        }
    }

    @Test func jsonNamesBothColumnsAndLeavesThemNullOutsideHistories() throws {
        let text =
            Self.history + """

                panels:
                  grid: [[runs, spread]]
                  views:
                    runs: {}
                    spread: {plot: {scatter: {x: lr, y: lr}}}
                """
        let (spec, table) = try PanelExportTests.evaluated(
            text.replacingOccurrences(of: "{scatter: {x: lr, y: lr}}", with: "{slice: {x: lr}}"))
        let json = DataExport.render(table, spec: spec, format: .json)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(rows.count == 50)
        let history = rows.filter { $0["panel"] as? String == "runs" }
        let slice = rows.filter { $0["panel"] as? String == "spread" }
        #expect(history.compactMap { $0["trial"] as? Double } == (0..<25).map(Double.init))
        #expect(history.allSatisfy { ($0["best_so_far"] as? Double ?? .nan) >= ($0["score"] as? Double ?? .nan) })
        #expect(slice.allSatisfy { $0["trial"] is NSNull && $0["best_so_far"] is NSNull })
    }
}
