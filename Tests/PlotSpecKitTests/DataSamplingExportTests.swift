import Foundation
import PlotSampling
import PlotSpec
import Testing

@testable import PlotSpecKit

/// `plotspec data` on a spec that reads real trials prints the mapped trials: category names, the data's
/// score, and that score again as `true_score` (a real trial has no noise-free value).
@Suite struct DataSamplingExportTests {
    /// The Optuna gallery example, decoded.
    static func example() throws -> (Pipeline, FigureSpec, DataSampling) {
        let pipeline = Pipeline()
        pipeline.dataPolicy = DataReadPolicy(workingDirectory: Repository.root)
        let spec = try pipeline.decode(path: Repository.root + "/specs/examples/optuna_parallel.yaml")
        guard case .data(let data) = spec.sampling else { throw NotData() }
        return (pipeline, spec, data)
    }

    struct NotData: Error {}

    @Test func theOptunaExamplePrintsItsMappedTrials() throws {
        let (pipeline, spec, data) = try Self.example()
        let table = try pipeline.evaluate(spec)
        let lines = DataExport.render(table, spec: spec, format: .csv).split(separator: "\n").map(String.init)
        #expect(lines.first == spec.parameterNames.joined(separator: ",") + ",score,true_score")
        #expect(lines.count == data.count + 1)
        let categories = try #require(spec.parameters[4].categories)
        for (row, line) in lines.dropFirst().enumerated() {
            let cells = line.split(separator: ",").map(String.init)
            #expect(cells[4] == categories[Int(data.values[4][row])])
            #expect(Double(cells[5]) == data.score[row] && cells[5] == cells[6])
        }
    }

    /// `render --watch` re-renders when what a spec read changes: the data file is among the files read.
    @Test func theDataFileIsAmongTheFilesASpecRead() throws {
        let (pipeline, _, data) = try Self.example()
        #expect(pipeline.sources.paths.contains(data.path))
        #expect(data.path.hasSuffix("specs/examples/data/study.db"))
    }
}
