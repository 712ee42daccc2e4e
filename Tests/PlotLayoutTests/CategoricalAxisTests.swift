import PlotRender
import PlotSampling
import PlotScene
import PlotSpec
import PlotYAML
import Testing

@testable import PlotLayout

/// A categorical axis is labelled with its category names at the category indices.
@Suite struct CategoricalAxisTests {
    static let categories = ["adam", "sgd", "rmsprop"]

    static func spec(sampling: String, plot: String) -> String {
        """
        figure: {size: [8, 6], dpi: 72, output: out.png}
        parameters:
          learning_rate: {range: [1.0e-5, 0.3162], scale: log10}
          optimizer: {values: [adam, sgd, rmsprop], label: Optimizer}
        sampling: {\(sampling)}
        score: {terms: [{expr: "0.2 * optimizer + 0.1 * log10(learning_rate) + 0.5"}]}
        plot: {\(plot)}
        """
    }

    static func layout(_ text: String) throws -> (FigureSpec, Scene) {
        let root = try YAMLLoader.load(text: text, file: "test.yaml", sources: nil)
        let (decoded, diagnostics) = SpecDecoder.decode(root, sourcePath: "test.yaml")
        #expect(diagnostics.filter(\.isError).isEmpty, "\(diagnostics.map(\.message))")
        let spec = try #require(decoded)
        let table = try LandscapeEvaluator.evaluate(spec)
        return (spec, try FigureLayout.layout(spec, table: table, measurer: ApproximateTextMeasurer()))
    }

    @Test func axisTicksAreTheCategoryNames() throws {
        let (spec, _) = try Self.layout(
            Self.spec(
                sampling: "trials: {count: 10}",
                plot: "scatter: {x: learning_rate, y: optimizer}"))
        let parameter = try #require(spec.parameters.first { $0.name == "optimizer" })
        let axis = AxisTicks.axis(for: parameter, options: .automatic, length: 400)
        #expect(axis.ticks.map(\.value) == [0, 1, 2])
        #expect(axis.ticks.map(\.label) == Self.categories)
        #expect(axis.scale.lower == -0.5 && axis.scale.upper == 2.5, "each category owns a unit-wide band")
    }

    @Test(arguments: [
        "heatmap: {x: learning_rate, y: optimizer}", "parallel_coordinates: {}",
        "scatter: {x: optimizer, y: learning_rate}"
    ])
    func drawnTickLabelsAreTheCategoryNames(plot: String) throws {
        let sampling = plot.hasPrefix("heatmap") ? "grid: {learning_rate: 30, optimizer: all}" : "trials: {count: 50}"
        let (_, scene) = try Self.layout(Self.spec(sampling: sampling, plot: plot))
        let texts = Set(
            LayoutTestSupport.flatten(scene.nodes).compactMap { node -> String? in
                if case .text(let run) = node { return run.text }
                return nil
            })
        for name in Self.categories { #expect(texts.contains(name), "missing tick label \(name) in \(plot)") }
    }

    @Test func placeholdersPrintCategoryNames() throws {
        let text =
            Self.spec(
                sampling: "grid: {learning_rate: 10, optimizer: all}",
                plot: "heatmap: {x: learning_rate, y: optimizer}")
            + "\nannotations:\n  - text: \"best: {optimizer} (#{optimizer:%d})\"\n    at: argmax\n"
        let (_, scene) = try Self.layout(text)
        // The score grows with the index, so the best cell is the last category.
        #expect(scene.textRuns.contains { $0.text == "best: rmsprop (#2)" })
    }
}
