import Foundation
import PlotRender
import PlotScene
import PlotSpec
import Testing
@testable import PlotLayout

@Suite struct ScatterLayoutTests {
    static let scatter = """
        sampling: {trials: {count: 200}}
        plot:
          scatter: {x: learning_rate, y: batch_size, colorbar: Validation accuracy, edge_color: black}
        annotations:
          - curve: {learning_rate: "10 ^ (-4 + 0.30 * (log2(batch_size) - 3))"}
            legend: Ridge
          - marker: star
            at: argmax
            legend: "Best {score:%.2f}"
          - text: "Top 10 %: LR {learning_rate:%.0e}"
            at: {top: 0.1}
            label_at: {learning_rate: 3.0e-5, batch_size: 1000}
          - text: "Divergence"
            at: {learning_rate: 0.15, batch_size: 11}
            label_at: {learning_rate: 4.0e-3, batch_size: 10}
        """

    @Test func textNeitherOverlapsNorLeavesThePage() throws {
        let (_, _, scene) = try LayoutTestSupport.layout(Self.scatter)
        #expect(LayoutTestSupport.overlaps(scene).isEmpty, "\(LayoutTestSupport.overlaps(scene))")
        #expect(LayoutTestSupport.outside(scene).isEmpty, "\(LayoutTestSupport.outside(scene))")
        #expect(scene.textRuns.contains { $0.text == "Validation accuracy" })
    }

    @Test func oneMarkersNodeWithBestTrialLast() throws {
        let (spec, table, scene) = try LayoutTestSupport.layout(Self.scatter)
        let markers = LayoutTestSupport.flatten(scene.nodes).compactMap { node -> ([Point], [Color], Stroke?)? in
            if case .markers(_, let centers, let fills, let stroke) = node { return (centers, fills, stroke) }
            return nil
        }
        try #require(markers.count == 1)
        let (centers, fills, stroke) = markers[0]
        #expect(centers.count == table.count && fills.count == table.count)
        #expect(stroke != nil, "edge_color gives markers an outline")
        // The last centre is the best trial: the viridis colour of the highest score.
        let best = try #require(table.argmax())
        guard case .scatter(let plot) = spec.plot else { Issue.record("not a scatter"); return }
        #expect(fills.last == ColorScale(plot.color).color(table.score[best], alpha: plot.opacity)
            || abs((fills.last?.green ?? 0) - ColorScale(plot.color).color(table.score[best]).green) < 0.02)
    }

    @Test func higherLearningRateLandsFurtherRight() throws {
        let (_, table, scene) = try LayoutTestSupport.layout(Self.scatter)
        guard case .markers(_, let centers, _, _)? = LayoutTestSupport.flatten(scene.nodes).first(where: {
            if case .markers = $0 { return true } else { return false }
        }) else { Issue.record("no markers"); return }
        let order = (0..<table.count).sorted { table.score[$0] != table.score[$1] ? table.score[$0] < table.score[$1] : $0 < $1 }
        let lr = table.columns[0]
        let pairs = zip(order, centers).sorted { lr[$0.0] < lr[$1.0] }
        #expect(pairs.first?.1.x ?? 0 < pairs.last?.1.x ?? 0)
    }

    @Test func rendersAPNG() throws {
        let (_, _, scene) = try LayoutTestSupport.layout(Self.scatter)
        let bytes = try SceneRenderer.render(scene, format: .png, pixelScale: 1)
        #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    }
}
