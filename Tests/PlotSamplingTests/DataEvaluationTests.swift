import Foundation
import PlotSpec
import Testing

@testable import PlotSampling

/// Specs whose trials come from a data file (`sampling.data`): the table holds the data as it is, and
/// "best" follows the data's direction.
@Suite struct DataEvaluationTests {
    static let csv = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("PlotDataTests/Fixtures/trials.csv").path

    static func spec(
        direction: String, plot: String = "{scatter: {x: learning_rate, y: layers}}", annotations: String = "[]",
        score: String = ""
    ) -> String {
        """
        figure: {output: out.png}
        parameters:
          learning_rate: {range: [1.0e-5, 0.1], scale: log10}
          layers: {range: [1, 8], integer: true}
          width: {range: [64, 1024], scale: log2, default: 256}
        sampling: {data: {file: "\(csv)", score: value, direction: \(direction)}}
        plot: \(plot)
        annotations: \(annotations)
        \(score)
        """
    }

    @Test func theTableHoldsTheDataAndHoldsUnmappedParameters() throws {
        let spec = try decodeSpec(Self.spec(direction: "minimize"))
        guard case .data(let data) = spec.sampling else { throw Unexpected() }
        let table = try LandscapeEvaluator.evaluate(spec)
        #expect(table.count == data.count)
        #expect(table.score == data.score)
        #expect(table.trueScore == table.score, "a real trial has no noise-free value: the truth is the score")
        guard case .varying(let rates) = table.columns[0], case .constant(let width) = table.columns[2] else {
            throw Unexpected()
        }
        #expect(rates == data.values(of: 0))
        #expect(width == 256)
    }

    @Test(arguments: [ScoreDirection.maximize, .minimize])
    func theBestTrialsAreDrawnLastInTheDataDirection(direction: ScoreDirection) throws {
        let spec = try decodeSpec(Self.spec(direction: direction.rawValue))
        let table = try LandscapeEvaluator.evaluate(spec)
        #expect(spec.sampling.direction == direction)
        let order = table.worstFirst(direction)
        #expect(Set(order) == Set(0..<table.count) && order.count == table.count)
        for (a, b) in zip(order, order.dropFirst()) {
            let (sa, sb) = (table.score[a], table.score[b])
            #expect(sa == sb ? a < b : direction.isBetter(sb, than: sa))
        }
        #expect(order.last == (direction == .maximize ? table.argmax() : table.argmin()))
    }

    @Test func aTopFractionIsTheBestInTheDataDirection() throws {
        let spec = try decodeSpec(
            Self.spec(direction: "minimize", annotations: "[{text: best, at: {top: 0.1}}]"))
        let table = try LandscapeEvaluator.evaluate(spec)
        let top = try #require(table.annotations.topRows[0.1])
        let worstOfTop = try #require(top.map { table.score[$0] }.max())
        let rest = Set(0..<table.count).subtracting(top)
        #expect(rest.allSatisfy { table.score[$0] >= worstOfTop })
        #expect(top.first == table.argmin())
    }

    @Test func aSliceDrawsItsModelsCurveUnderTheDataPoints() throws {
        let spec = try decodeSpec(
            Self.spec(
                direction: "minimize", plot: "{slice: {x: learning_rate, points: true}}",
                score: "score: {terms: [{expr: \"(log10(learning_rate) + 3) ^ 2\"}], clip: false}"))
        let table = try LandscapeEvaluator.evaluate(spec)
        guard case .data(let data) = spec.sampling else { throw Unexpected() }
        #expect(table.count == data.count)
        let curves = try #require(table.slice)
        #expect(!curves.curves.isEmpty)
    }

    struct Unexpected: Error {}
}

extension DataEvaluationTests {
    @Test func aSlicesOptimumOverMinimisedDataIsItsLowestPoint() throws {
        let spec = try decodeSpec(
            Self.spec(
                direction: "minimize", plot: "{slice: {x: learning_rate, points: true}}",
                score: "score: {terms: [{expr: \"(log10(learning_rate) + 3) ^ 2\"}], clip: false}"))
        let curve = try #require(try LandscapeEvaluator.evaluate(spec).slice?.curves.first)
        #expect(curve.value[curve.best] == curve.value.min())
    }
}
