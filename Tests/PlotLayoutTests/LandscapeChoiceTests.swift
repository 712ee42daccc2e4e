import PlotRender
import PlotSampling
import PlotScene
import PlotYAML
import Testing

@testable import PlotLayout
@testable import PlotSpec

/// `landscape: true` draws the noise-free score the samples were drawn around; `sampled` (the default)
/// draws the noisy samples.
@Suite struct LandscapeChoiceTests {
    static func spec(kind: String, landscape: String?) -> String {
        """
        seed: 3
        parameters:
          learning_rate: {range: [1.0e-5, 0.3162], scale: log10, default: 1.6e-3}
          weight_decay: {range: [1.0e-6, 0.3162], scale: log10, default: 1.0e-4}
        score:
          terms:
            - ridge: {along: "log10(learning_rate) + 0.2 * log10(weight_decay)", center: -3.5, width: 0.8, height: 0.9}
            - noise: {sigma: 0.08}
          clip: [0, 1]
        figure: {size: [6, 4], dpi: 72, output: out.png}
        sampling:
          grid: {learning_rate: 24, weight_decay: 18}
        plot:
          \(kind):
            x: learning_rate
            y: weight_decay
            \(landscape.map { "landscape: \($0)" } ?? "")
        """
    }

    static func evaluated(kind: String, landscape: String?) throws -> (FigureSpec, SampleTable) {
        let root = try YAMLLoader.load(text: spec(kind: kind, landscape: landscape), file: "t.yaml", sources: nil)
        let (decoded, diagnostics) = SpecDecoder.decode(root, sourcePath: "t.yaml")
        let spec = try #require(decoded, "\(diagnostics.map(\.message))")
        return (spec, try LandscapeEvaluator.evaluate(spec))
    }

    @Test(arguments: ["heatmap", "surface3d"])
    func theKeyDecodesAndDefaultsToSampled(_ kind: String) throws {
        for (written, expected) in [(nil, Landscape.sampled), ("sampled", .sampled), ("\"true\"", .noiseFree)] {
            let (spec, _) = try Self.evaluated(kind: kind, landscape: written)
            switch spec.plot {
            case .heatmap(let plot): #expect(plot.landscape == expected)
            case .surface(let plot): #expect(plot.landscape == expected)
            default: Issue.record("decoded \(spec.plot.kindName)")
            }
        }
    }

    @Test func theFieldReadsTheChosenColumn() throws {
        let (_, table) = try Self.evaluated(kind: "heatmap", landscape: "\"true\"")
        #expect(table.trueScore != table.score, "the noise moves the samples")
        let sampled = GridField(table: table, x: 0, y: 1, shown: .score)
        let truth = GridField(table: table, x: 0, y: 1, shown: .score, landscape: .noiseFree)
        #expect(sampled.values.sorted() == table.score.sorted())
        #expect(truth.values.sorted() == table.trueScore.sorted())
        #expect(truth.values != sampled.values)
    }

    /// The drawn cells follow the key: the true heatmap's image differs from the sampled one's.
    @Test func theHeatmapDrawsTheChosenLandscape() throws {
        func cells(_ landscape: String?) throws -> RasterImage {
            let (spec, table) = try Self.evaluated(kind: "heatmap", landscape: landscape)
            let scene = try FigureLayout.layout(spec, table: table, measurer: ApproximateTextMeasurer())
            return try #require(LayoutFixture.images(scene.nodes).first { $0.0.width == 24 }?.0)
        }
        #expect(try cells(nil) == cells("sampled"))
        #expect(try cells("\"true\"") != cells("sampled"))
    }
}
