import Foundation
import Testing

@testable import PlotSampling
@testable import PlotSpec

/// Categorical parameters: a grid visits every category once, trials draw categories uniformly and
/// deterministically, and a focus centre pins the focus share of trials to its category.
@Suite struct CategoricalSamplingTests {
    static func spec(sampling: String) -> String {
        """
        figure: {output: out.png}
        seed: 5
        parameters:
          lr: {range: [1.0e-4, 1.0], scale: log10}
          optimizer: {values: [adam, sgd, rmsprop, adagrad], default: rmsprop}
        sampling: {\(sampling)}
        score: {terms: [{expr: "if(optimizer == 1, 0.5, 0.1)"}]}
        plot: {scatter: {x: lr, y: optimizer}}
        """
    }

    @Test(arguments: ["all", "4"])
    func gridSamplesEachCategoryOnce(count: String) throws {
        let text = Self.spec(sampling: "grid: {optimizer: \(count), lr: 10}")
            .replacingOccurrences(of: "scatter: {x: lr, y: optimizer}", with: "heatmap: {x: optimizer, y: lr}")
        let spec = try decodeSpec(text)
        let table = try LandscapeEvaluator.evaluate(spec)
        #expect(table.count == 40)
        // optimizer is the first grid axis, so it varies fastest: rows 0…3 are the four categories.
        #expect((0..<4).map { table.columns[1][$0] } == [0, 1, 2, 3])
        #expect((0..<40).allSatisfy { table.columns[1][$0] == Double($0 % 4) })
        #expect(table.score[1] == 0.5, "formulas see the index: sgd is 1")
    }

    @Test func heldCategoryIsTheDefaultByName() throws {
        let spec = try decodeSpec(Self.spec(sampling: "trials: {count: 10}"))
        #expect(spec.parameters[1].heldValue == 2)
        #expect(spec.parameters[1].categoryName(of: spec.parameters[1].heldValue) == "rmsprop")
    }

    @Test(arguments: ["random", "latin_hypercube"])
    func trialsDrawCategoriesUniformlyAndDeterministically(method: String) throws {
        let spec = try decodeSpec(Self.spec(sampling: "trials: {count: 4000, method: \(method)}"))
        let table = try LandscapeEvaluator.evaluate(spec)
        var counts = [0, 0, 0, 0]
        for row in 0..<table.count {
            let value = table.columns[1][row]
            #expect(value == value.rounded() && (0...3).contains(value))
            counts[Int(value)] += 1
        }
        // Expected 1000 each; the binomial standard deviation is about 27.
        #expect(counts.allSatisfy { abs($0 - 1000) < 120 }, "\(counts)")
        let again = try LandscapeEvaluator.evaluate(spec)
        #expect((0..<table.count).allSatisfy { again.columns[1][$0] == table.columns[1][$0] })
    }

    @Test func focusCentreDrawsItsCategory() throws {
        let sampling = "trials: {count: 1000, focus: {fraction: 0.3, center: {optimizer: sgd}, spread: {}}}"
        let spec = try decodeSpec(Self.spec(sampling: sampling))
        let table = try LandscapeEvaluator.evaluate(spec)
        #expect((700..<1000).allSatisfy { table.columns[1][$0] == 1 })
        let explored = Set((0..<700).map { table.columns[1][$0] })
        #expect(explored == [0, 1, 2, 3])
    }

    @Test(arguments: [(-0.7, 0.0), (0.49, 0.0), (0.5, 1.0), (2.6, 3.0), (9.0, 3.0)])
    func snapFindsTheNearestCategory(raw: Double, snapped: Double) {
        let p = Parameter.categorical(
            name: "o", categories: ["a", "b", "c", "d"], label: "O", heldIndex: 0,
            span: .init(start: .init(file: "", line: 1, column: 1), length: 1))
        #expect(p.snap(raw) == snapped)
    }
}
