import Foundation
import PlotSampling
import PlotSpec
import Testing

@testable import PlotSpecKit

/// `plotspec data --estimate`: the grid an estimate draws, one row per cell, checked against the trials
/// `plotspec data` prints for the same spec.
@Suite struct EstimateExportTests {
    static let binned = """
        figure: {output: out.png}
        seed: 11
        parameters:
          lr: {range: [0.001, 1], scale: log10}
          optimizer: {values: [adam, sgd, rmsprop]}
          depth: {range: [2, 9], integer: true, default: 4}
        sampling: {trials: {count: 90, parameters: [lr, optimizer]}}
        score: {terms: [{expr: "0.5 + 0.3 * sin(4 * log10(lr)) + 0.05 * optimizer"}]}
        plot: {heatmap: {x: lr, y: optimizer, estimate: {method: binned, cells: [6, 3], min_count: 4}}}
        """

    static func rows(_ json: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    }

    /// Each cell's estimate is the mean score of the trials in it (recomputed here from `plotspec data`'s
    /// rows), missing below `min_count`; the categorical axis is named, the other parameters are null.
    @Test func binnedCellsAreTheMeansOfTheirTrials() throws {
        let (spec, table) = try PanelExportTests.evaluated(Self.binned)
        let cells = try Self.rows(try #require(EstimateExport.render(table, spec: spec, format: .json)))
        let trials = try Self.rows(DataExport.render(table, spec: spec, format: .json))
        #expect(cells.count == 6 * 3 && trials.count == 90)
        #expect(
            cells.map { $0["optimizer"] as? String }
                == ["adam", "sgd", "rmsprop"].flatMap { Array(repeating: $0, count: 6) })
        #expect(cells.allSatisfy { $0["depth"] is NSNull && $0["std"] is NSNull })
        let edges = (0...6).map { pow(10, -3 + 3 * Double($0) / 6) }
        for (k, cell) in cells.enumerated() {
            let (i, category) = (k % 6, ["adam", "sgd", "rmsprop"][k / 6])
            let inside = trials.filter { trial in
                let lr = trial["lr"] as? Double ?? .nan
                return trial["optimizer"] as? String == category && lr >= edges[i]
                    && (lr < edges[i + 1] || (i == 5 && lr <= edges[6]))
            }
            #expect((cell["trials"] as? Int) == inside.count, "cell \(k)")
            if inside.count < 4 {
                #expect(cell["estimate"] is NSNull, "cell \(k)")
            } else {
                let mean = inside.map { $0["score"] as? Double ?? .nan }.reduce(0, +) / Double(inside.count)
                #expect(abs((cell["estimate"] as? Double ?? .nan) - mean) < 1e-12, "cell \(k)")
            }
            let lr = try #require(cell["lr"] as? Double)
            #expect(lr > edges[i] && lr < edges[i + 1], "the centre lies in its cell")
        }
    }

    /// CSV holds the same cells as JSON, empty where JSON has null.
    @Test func csvMatchesJSON() throws {
        let (spec, table) = try PanelExportTests.evaluated(Self.binned)
        let lines = try #require(EstimateExport.render(table, spec: spec, format: .csv)).split(separator: "\n")
        #expect(lines.first == "lr,optimizer,depth,estimate,std,trials")
        let cells = try Self.rows(try #require(EstimateExport.render(table, spec: spec, format: .json)))
        for (line, cell) in zip(lines.dropFirst(), cells) {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            #expect(fields[1] == cell["optimizer"] as? String && fields[2].isEmpty && fields[4].isEmpty)
            // Foundation's JSON parser can be a bit off in the last place: compare as numbers.
            if let estimate = cell["estimate"] as? Double {
                #expect(abs((Double(fields[3]) ?? .nan) - estimate) <= 1e-15 * abs(estimate))
            } else {
                #expect(fields[3].isEmpty)
            }
        }
    }

    /// A Gaussian process has a std everywhere; integer parameters' centres are whole numbers; a page of
    /// panels prints only the panels that draw an estimate, by name.
    @Test func gaussianProcessOnAPageOfPanels() throws {
        let text = """
            figure: {output: out.png}
            seed: 3
            parameters:
              lr: {range: [0.001, 1], scale: log10}
              depth: {range: [2, 9], integer: true}
            sampling: {trials: {count: 40}}
            score: {terms: [{expr: "0.5 + 0.3 * sin(4 * log10(lr)) - 0.02 * depth"}]}
            plot: {heatmap: {x: lr, y: depth, estimate: {method: gp, cells: [5, 4]}}}
            panels:
              grid: [[points, fit]]
              views:
                points: {plot: {scatter: {x: lr, y: depth}}}
                fit: {}
            """
        let (spec, table) = try PanelExportTests.evaluated(text)
        let cells = try Self.rows(try #require(EstimateExport.render(table, spec: spec, format: .json)))
        #expect(cells.count == 5 * 4 && cells.allSatisfy { $0["panel"] as? String == "fit" })
        #expect(cells.allSatisfy { ($0["std"] as? Double ?? -1) >= 0 })
        let depths = cells.compactMap { $0["depth"] as? Double }
        #expect(depths.count == 20 && depths.allSatisfy { $0 == $0.rounded() && (2...9).contains($0) })
    }

    @Test func aSpecWithoutAnEstimateHasNone() throws {
        let (spec, table) = try PanelExportTests.evaluated(
            Self.binned.replacingOccurrences(
                of: "{heatmap: {x: lr, y: optimizer, estimate: {method: binned, cells: [6, 3], min_count: 4}}}",
                with: "{scatter: {x: lr, y: optimizer}}"))
        #expect(EstimateExport.render(table, spec: spec, format: .csv) == nil)
    }

    /// The command says so and exits 1, with the spec's name escaped.
    @Test(.enabled(if: Repository.plotspecBinary != nil)) func theCommandRefusesASpecWithoutAnEstimate() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("estimate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let name = "no\u{1B}[31mestimate.yaml"
        try Self.binned.replacingOccurrences(of: ", estimate: {method: binned, cells: [6, 3], min_count: 4}", with: "")
            .replacingOccurrences(of: "{heatmap: {x: lr, y: optimizer}}", with: "{scatter: {x: lr, y: optimizer}}")
            .write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        let run = try CLI.plotspec(["data", "--estimate", name], in: folder.path)
        #expect(run.status == 1 && run.stdout.isEmpty)
        #expect(run.stderr.contains("draws no estimate") && !run.stderr.contains("\u{1B}"), "\(run.stderr)")
    }
}
