import Foundation
import PlotScene
import Testing

@testable import PlotLayout

/// The Scene does not depend on the output resolution: every bundled figure, and a parallel-coordinates
/// plot with more lines than a PNG strokes, lays out to the same scene at 72 and at 300 dpi. Rasterising
/// is the renderer's business.
@Suite struct SceneResolutionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("specs")

    /// Bundled spec names, plus the parallel one with 4000 trials.
    static let cases: [(String, String?)] = [
        ("architecture_search_surface.yaml", nil),
        ("hyperparameter_parallel_coordinates.yaml", nil),
        ("hyperparameter_parallel_coordinates.yaml", "count: 4000"),
        ("hyperparameter_trials_scatter.yaml", nil),
        ("learning_rate_vs_batch_size_heatmap.yaml", nil),
        ("learning_rate_vs_weight_decay_heatmap.yaml", nil)
    ]

    /// The bundled spec's own text without its `extends:` line (the fixture supplies the landscape), at
    /// `dpi`, with `count: 300` replaced when asked.
    static func scene(_ name: String, count: String?, dpi: Int) throws -> Scene {
        var text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("extends:") }.joined(separator: "\n")
        try #require(text.contains("dpi: 150"))
        text = text.replacingOccurrences(of: "dpi: 150", with: "dpi: \(dpi)")
        if let count {
            try #require(text.contains("count: 300"))
            text = text.replacingOccurrences(of: "count: 300", with: count)
        }
        return try LayoutFixture.scene(text)
    }

    @Test(arguments: cases)
    func sceneIsTheSameAtAnyDPI(name: String, count: String?) throws {
        let low = try Self.scene(name, count: count, dpi: 72)
        let high = try Self.scene(name, count: count, dpi: 300)
        #expect(low == high, "\(name) \(count ?? "")")
        #expect(low.dump() == high.dump())
    }
}
