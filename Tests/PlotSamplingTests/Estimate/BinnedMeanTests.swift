import Foundation
import PlotSpec
import Testing

@testable import PlotSampling

/// The binned mean bins in each parameter's own scale, averages each cell's trials and leaves cells with
/// fewer than `min_count` trials missing; categorical and small integer axes get a cell per value.
@Suite struct BinnedMeanTests {
    static func parameters() throws -> [Parameter] {
        try decodeSpec(
            """
            figure: {output: out.png}
            parameters:
              x: {range: [0, 4]}
              y: {range: [1, 100], scale: log10}
              depth: {range: [2, 8], integer: true}
              optimizer: {values: [adam, sgd, rmsprop]}
            sampling: {trials: {count: 5}}
            score: {terms: [{expr: "0.5"}]}
            plot: {scatter: {x: x, y: y}}
            """
        ).parameters
    }

    /// x cells [0, 2) and [2, 4]; y cells [1, 10) and [10, 100] in log space, so y = 20 is in the upper
    /// cell (on a linear scale it would be in the lower one).
    static let xs = [0.5, 1.5, 3.0, 3.5, 3.9]
    static let ys = [2.0, 20, 2, 50, 90]
    static let scores = [1.0, 3, 10, 4, 6]

    @Test func averagesEachCellsTrialsInTheParametersScales() throws {
        let p = try Self.parameters()
        let (x, y) = (EstimateAxis(parameter: p[0], requested: 2), EstimateAxis(parameter: p[1], requested: 2))
        let result = BinnedMean.estimate(xs: Self.xs, ys: Self.ys, scores: Self.scores, x: x, y: y, minCount: 1)
        // x fastest, bottom row first: (0,0) (1,0) (0,1) (1,1).
        #expect(result.count == [1, 1, 1, 2])
        #expect(result.mean == [1, 10, 3, 5])
    }

    @Test func cellsWithTooFewTrialsAreMissing() throws {
        let p = try Self.parameters()
        let (x, y) = (EstimateAxis(parameter: p[0], requested: 2), EstimateAxis(parameter: p[1], requested: 2))
        let result = BinnedMean.estimate(xs: Self.xs, ys: Self.ys, scores: Self.scores, x: x, y: y, minCount: 2)
        #expect(result.mean[0].isNaN && result.mean[1].isNaN && result.mean[2].isNaN)
        #expect(result.mean[3] == 5)
    }

    @Test func integerAndCategoricalAxesBinPerValue() throws {
        let p = try Self.parameters()
        let depth = EstimateAxis(parameter: p[2], requested: 20)
        #expect(depth.count == 7)
        #expect((2...8).map { depth.cell(of: Double($0)) } == Array(0...6))
        #expect(EstimateAxis(parameter: p[2], requested: 4).count == 4, "more values than cells: equal cells")
        let optimizer = EstimateAxis(parameter: p[3], requested: 20)
        #expect(optimizer.count == 3)
        #expect([0.0, 1, 2].map(optimizer.cell(of:)) == [0, 1, 2])
    }

    /// Through the evaluator: a spec's estimate has one value per cell, and the mean of all cells'
    /// trials is the mean of all trials.
    @Test func theEvaluatorFillsTheTablesEstimate() throws {
        let spec = try decodeSpec(
            landscape(
                terms: "    - expr: \"x + 0.1 * y\"", sampling: "trials: {count: 200}", clip: "[-100, 100]",
                plot: "heatmap: {x: x, y: y, estimate: {method: binned, cells: [5, 4]}}"))
        let table = try LandscapeEvaluator.evaluate(spec)
        let estimate = try #require(table.estimate)
        #expect(estimate.nx == 5 && estimate.ny == 4 && estimate.mean.count == 20 && estimate.std == nil)
        #expect(estimate.count.reduce(0, +) == 200)
        let total = zip(estimate.mean, estimate.count).filter { $0.1 > 0 }.reduce(0) { $0 + $1.0 * Double($1.1) }
        #expect(abs(total / 200 - table.score.reduce(0, +) / 200) < 1e-9)
    }
}
