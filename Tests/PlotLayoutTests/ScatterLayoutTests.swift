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
        guard case .scatter(let plot) = spec.plot else {
            Issue.record("not a scatter")
            return
        }
        // Fills come from a 256-entry colour table, so the best trial's colour is its exact colour to
        // within one table step (under 1 % per channel for viridis).
        let last = try #require(fills.last)
        let exact = ColorScale(plot.color).color(table.score[best], alpha: plot.opacity)
        #expect(
            abs(last.red - exact.red) < 0.01 && abs(last.green - exact.green) < 0.01
                && abs(last.blue - exact.blue) < 0.01 && last.alpha == exact.alpha, "\(last) vs \(exact)")
    }

    @Test func higherLearningRateLandsFurtherRight() throws {
        let (_, table, scene) = try LayoutTestSupport.layout(Self.scatter)
        let centers = try #require(
            LayoutTestSupport.flatten(scene.nodes).lazy.compactMap { node -> [Point]? in
                if case .markers(_, let centers, _, _) = node { return centers } else { return nil }
            }.first)
        try #require(centers.count == table.count)
        let order = (0..<table.count).sorted {
            table.score[$0] != table.score[$1] ? table.score[$0] < table.score[$1] : $0 < $1
        }
        let lr = table.columns[0]
        let pairs = zip(order, centers).sorted { lr[$0.0] < lr[$1.0] }
        #expect(try #require(pairs.first).1.x < #require(pairs.last).1.x)
    }

    /// The rendered PNG has the page's pixel size and shows each marker's fill at its centre (allowing
    /// for what its translucency lets through; a few may be covered by annotations drawn on top).
    @Test func rendersMarkersWhereTheSceneSaysTheyAre() throws {
        let (_, _, scene) = try LayoutTestSupport.layout(Self.scatter)
        let pixels = try RenderedPixels(scene, pixelScale: 1)
        #expect(pixels.image.width == Int(scene.width.rounded(.up)))
        #expect(pixels.image.height == Int(scene.height.rounded(.up)))
        let (centers, fills) = try #require(
            LayoutTestSupport.flatten(scene.nodes).lazy.compactMap {
                node -> ([Point], [Color])? in
                if case .markers(_, let centers, let fills, _) = node { return (centers, fills) } else { return nil }
            }.first)
        let shown = zip(centers, fills).filter { pixels.shows($0.1, at: $0.0) }.count
        #expect(shown >= centers.count * 9 / 10, "\(shown) of \(centers.count) markers show their colour")
        #expect(pixels.rgba(at: Point(1, 1)) == [255, 255, 255, 255], "the page corner stays background")
    }
}
