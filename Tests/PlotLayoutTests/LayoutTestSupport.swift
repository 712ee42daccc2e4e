import PlotDiagnostics
import PlotRender
import PlotSampling
import PlotScene
import PlotSpec
import PlotYAML
import Testing

@testable import PlotLayout

/// Decodes, evaluates and lays out a spec written inline, the way the pipeline does.
enum LayoutTestSupport {
    /// A small self-contained landscape (no `extends:`) that scatter and parallel specs build on.
    static let landscape = """
        seed: 7
        parameters:
          learning_rate: {range: [1.0e-5, 0.3162], scale: log10, default: 1.6e-3, label: Learning rate}
          batch_size:    {range: [8, 2048], scale: log2, integer: true, default: 128, label: Batch size}
          weight_decay:  {range: [1.0e-6, 0.3162], scale: log10, default: 1.0e-4, label: Weight decay}
          depth:         {range: [2, 48], integer: true, default: 12, label: Depth (layers)}
        score:
          baseline: 0
          terms:
            - ridge: {along: "log10(learning_rate) - 0.3 * log2(batch_size)", center: -4.9, width: 0.55, height: 0.96}
          clip: [0, 1]
        figure: {size: [8, 6], dpi: 72, output: out.png}

        """

    static func decode(_ text: String) throws -> FigureSpec {
        let root = try YAMLLoader.load(text: landscape + text, file: "test.yaml", sources: nil)
        let (spec, diagnostics) = SpecDecoder.decode(root, sourcePath: "test.yaml")
        let errors = diagnostics.filter(\.isError)
        #expect(errors.isEmpty, "\(errors.map(\.message))")
        return try #require(spec)
    }

    /// The decode errors of an inline spec.
    static func errors(_ text: String) throws -> [Diagnostic] {
        let root = try YAMLLoader.load(text: landscape + text, file: "test.yaml", sources: nil)
        return SpecDecoder.decode(root, sourcePath: "test.yaml").1.filter(\.isError)
    }

    static func layout(_ text: String) throws -> (FigureSpec, SampleTable, Scene) {
        let spec = try decode(text)
        let table = try LandscapeEvaluator.evaluate(spec)
        let scene = try FigureLayout.layout(spec, table: table, measurer: ApproximateTextMeasurer())
        return (spec, table, scene)
    }

    /// Pairs of text runs whose boxes share area.
    static func overlaps(_ scene: Scene) -> [String] {
        let runs = scene.textRuns
        var found: [String] = []
        for i in runs.indices {
            for j in runs.indices where j > i && runs[i].bounds.intersects(runs[j].bounds) {
                found.append("'\(runs[i].text)' × '\(runs[j].text)'")
            }
        }
        return found
    }

    static func outside(_ scene: Scene) -> [String] {
        let page = Rect(x: 0, y: 0, width: scene.width, height: scene.height)
        return scene.textRuns.filter { !page.contains($0.bounds) }.map(\.text)
    }

    /// Every node, groups flattened.
    static func flatten(_ nodes: [SceneNode]) -> [SceneNode] {
        nodes.flatMap { node -> [SceneNode] in
            if case .group(_, let children) = node { return flatten(children) }
            return [node]
        }
    }
}
