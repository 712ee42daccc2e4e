import Foundation
import PlotRender
import PlotSampling
import PlotScene
import PlotSpec
import PlotYAML
import Testing

@testable import PlotLayout

/// The importance bars: inside the frame, ordered by share, as long as the shares say, with values and
/// labels that neither overlap nor leave the page at any size.
@Suite struct ImportanceLayoutTests {
    static func spec(width: Double = 8, height: Double = 5) -> String {
        """
        figure: {title: "Importance", size: [\(width), \(height)], dpi: 72, output: out.png}
        sampling: {trials: {count: 10, parameters: [learning_rate, weight_decay, depth]}}
        plot: {importance: {nodes: 24}}
        """
    }

    static func layout(_ text: String) throws -> (FigureSpec, SampleTable, Scene) {
        let (spec, table) = try LayoutFixture.spec(text)
        return (spec, table, try FigureLayout.layout(spec, table: table, measurer: ApproximateTextMeasurer()))
    }

    /// The frame: the clip of the group holding the bars.
    static func frame(of scene: Scene) -> Rect? {
        scene.nodes.compactMap { node -> Rect? in
            if case .group(let clip?, _) = node { return clip }
            return nil
        }.first
    }

    /// Every filled bar rectangle inside the frame's group, top to bottom.
    static func bars(of scene: Scene) -> [Rect] {
        let inner =
            scene.nodes.compactMap { node -> [SceneNode]? in
                if case .group(_?, let children) = node { return children }
                return nil
            }.first ?? []
        return inner.compactMap { node -> Rect? in
            if case .path(let path, _?, nil) = node { return path.bounds }
            return nil
        }.sorted { $0.minY < $1.minY }
    }

    @Test(arguments: [(8.0, 5.0), (5.0, 4.0), (12.0, 9.0), (4.0, 3.0), (10.0, 3.5)])
    func textNeitherOverlapsNorLeavesThePage(width: Double, height: Double) throws {
        let (_, _, scene) = try Self.layout(Self.spec(width: width, height: height))
        #expect(LayoutTestSupport.overlaps(scene).isEmpty, "\(LayoutTestSupport.overlaps(scene))")
        #expect(LayoutTestSupport.outside(scene).isEmpty, "\(LayoutTestSupport.outside(scene))")
    }

    @Test func barsAreInsideTheFrameSortedAndAsLongAsTheirShares() throws {
        let (spec, table, scene) = try Self.layout(Self.spec())
        let importance = try #require(table.importance)
        let frame = try #require(Self.frame(of: scene))
        let bars = Self.bars(of: scene)
        #expect(bars.count == 4, "three parameters and the interactions")
        let shares = importance.ranked.map(\.share) + [importance.interactionShare]
        for bar in bars { #expect(frame.insetBy(dx: -0.01, dy: -0.01).contains(bar)) }
        // Lengths in proportion to the shares, all from the frame's left edge.
        let unit = bars[0].width / shares[0]
        for (bar, share) in zip(bars, shares) {
            #expect(abs(bar.minX - frame.minX) < 1e-9)
            #expect(abs(bar.width - share * unit) < 1e-6)
        }
        #expect(zip(shares, shares.dropFirst().dropLast()).allSatisfy { $0 >= $1 }, "largest on top")
        // Each value printed right of its bar's end, on its line, inside the frame.
        for (bar, share) in zip(bars, shares) {
            let value = try #require(scene.textRuns.first { $0.text == ImportanceLayout.percent(share) })
            #expect(value.bounds.minX >= bar.maxX && value.bounds.maxX <= frame.maxX)
            #expect(abs(value.bounds.midY - bar.midY) < bar.height / 2)
        }
        // Labels left of the frame, one per bar, the parameters' own.
        let labels =
            importance.ranked.map { spec.parameters[$0.parameter].label } + [ImportanceLayout.interactionsLabel]
        for (label, bar) in zip(labels, bars) {
            let run = try #require(scene.textRuns.first { $0.text == label })
            #expect(run.bounds.maxX < frame.minX && abs(run.bounds.midY - bar.midY) < bar.height / 2)
        }
        #expect(abs(shares.reduce(0, +) - 1) < 1e-9, "the bars sum to 100 %")
    }

    @Test func noteSaysHowTheSharesWereComputed() throws {
        let (_, table, scene) = try Self.layout(Self.spec())
        let note = try #require(scene.textRuns.first { $0.text.hasPrefix("Exact functional ANOVA") })
        #expect(note.text.contains("noise-free score before its clip to [0, 1] (no sampling)"))
        #expect((table.importance?.clippedShare ?? 0) > 0 && note.text.contains("would bind on"))
    }
}
