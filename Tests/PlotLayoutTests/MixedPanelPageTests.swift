import Foundation
import PlotRender
import PlotSampling
import PlotScene
import Testing

@testable import PlotLayout
@testable import PlotSpec

/// A page of named views of different kinds (`panels:`), at six page sizes with the real Cairo measurer:
/// frames of one size that line up in rows and columns and do not overlap, no text overlapping other
/// text, leaving the page or cut by a clip, shared axes labelled once where neighbours draw the same axis,
/// and one colour bar for the page or one per panel as the spec says.
@Suite struct MixedPanelPageTests {
    static let sizes: [(Double, Double)] = [(14, 9), (8, 6), (10, 8), (16, 6), (6, 9), (20, 12)]

    static func spec(width: Double, height: Double, colorbar: String = "shared", axes: String = "shared") throws
        -> (FigureSpec, SampleTable)
    {
        try LayoutFixture.spec(
            """
            figure:
              title: "Truth, grid search, random search and a slice"
              subtitle: "Four views of one landscape on one page"
              size: [\(width), \(height)]
              output: out.png
            sampling: {grid: {learning_rate: 40, batch_size: 30}}
            plot:
              heatmap: {x: learning_rate, y: batch_size, colorbar: Validation accuracy}
            annotations:
              - {marker: star, at: true_argmax, legend: "True best: {true_score:%.3f}"}
            panels:
              grid: [[truth, grid], [trials, slice]]
              letters: true
              colorbar: \(colorbar)
              axes: \(axes)
              views:
                truth:
                  title: Noise-free
                  plot: {heatmap: {x: learning_rate, y: batch_size, landscape: "true", colorbar: Validation accuracy}}
                grid: {title: "Sampled grid, depth 4", hold: {depth: 4}}
                trials:
                  title: 200 random trials
                  sampling: {trials: {count: 200, parameters: [learning_rate, batch_size]}}
                  plot: {scatter: {x: learning_rate, y: batch_size, colorbar: Validation accuracy}}
                  annotations: [{marker: cross, at: argmax, legend: "Best run"}]
                slice:
                  title: Learning-rate slices
                  sampling: {grid: {learning_rate: 60}}
                  plot: {slice: {x: learning_rate, hold: {batch_size: [32, 512]}}}
            """)
    }

    @Test(arguments: sizes)
    func panelsHoldAtEverySize(_ size: (Double, Double)) throws {
        let (spec, table) = try Self.spec(width: size.0, height: size.1)
        let grid = try #require(spec.panels)
        let measurer = SceneRenderer.measurer()
        let theme = Theme(fontSize: spec.figure.fontSize)
        let text = TextPlacement(measurer: measurer)
        let page = PanelPage(
            composer: PageComposer(figure: spec.figure, theme: theme, text: text), grid: grid, tables: table.panels,
            theme: theme, text: text
        ).compose()
        let frames = page.areas.map(\.titleAnchor)
        #expect(frames.count == 4)
        for frame in frames {
            #expect(abs(frame.width - frames[0].width) < 0.01 && abs(frame.height - frames[0].height) < 0.01)
        }
        // Rows and columns line up: panels of a row share their top, panels of a column their left edge.
        #expect(abs(frames[0].minY - frames[1].minY) < 0.01 && abs(frames[2].minY - frames[3].minY) < 0.01)
        #expect(abs(frames[0].minX - frames[2].minX) < 0.01 && abs(frames[1].minX - frames[3].minX) < 0.01)
        for (a, first) in frames.enumerated() {
            for second in frames[(a + 1)...] { #expect(!first.insetBy(dx: 0.5, dy: 0.5).intersects(second)) }
        }
        let items = SceneItems(page.scene.nodes)
        let overlaps = LayoutFixture.overlaps(items.texts.map(\.run))
        #expect(overlaps.isEmpty, "\(overlaps)")
        let pageRect = Rect(x: 0, y: 0, width: page.scene.width, height: page.scene.height)
        for (run, clip) in items.texts {
            let box = FigureSizeTests.rotatedBox(run, measurer.measure(run.text, font: run.font))
            #expect(pageRect.insetBy(dx: -0.5, dy: -0.5).contains(box), "off the page: '\(run.text)'")
            if let clip { #expect(clip.insetBy(dx: -0.5, dy: -0.5).contains(box), "cut by a clip: '\(run.text)'") }
        }
        let texts = items.texts.map(\.run.text)
        #expect(texts.contains("(a) Noise-free") && texts.contains("(d) Learning-rate slices"))
        // The two heatmaps of the top row share their y axis; the scatter below the first heatmap draws
        // another kind of axis, so every x axis is labelled.
        #expect(texts.filter { $0 == "Batch size" }.count == 2)
        #expect(texts.filter { $0 == "Learning rate" }.count == 4)
        // The colour bar's title appears once: one bar for the page.
        #expect(texts.filter { $0 == "Validation accuracy" }.count == 1)
    }

    /// `colorbar: each` gives every panel that colours by value its own bar; `axes: each` labels every axis.
    @Test func eachPanelCanKeepItsOwnBarAndAxes() throws {
        let (spec, table) = try Self.spec(width: 14, height: 9, colorbar: "each", axes: "each")
        let scene = try FigureLayout.layout(spec, table: table, measurer: SceneRenderer.measurer())
        let texts = SceneItems(scene.nodes).texts.map(\.run.text)
        #expect(texts.filter { $0 == "Validation accuracy" }.count == 3)
        #expect(texts.filter { $0 == "Batch size" }.count == 3)
    }

    /// Each panel draws from its own table: the views' samplings and held values reach evaluation.
    @Test func eachPanelIsEvaluatedAsItsViewSays() throws {
        let (spec, table) = try Self.spec(width: 14, height: 9)
        #expect(table.panels.map(\.count) == [1200, 1200, 200, 60])
        let depth = try #require(spec.parameterIndex(named: "depth"))
        let grid = try #require(spec.panels)
        #expect(grid.panels[1].spec.parameters[depth].heldValue == 4)
        #expect(grid.panels[0].spec.parameters[depth].heldValue == spec.parameters[depth].heldValue)
        // The truth and the sampled grid differ only in depth and in what they draw.
        #expect(table.panels[0].score != table.panels[1].score)
        #expect(grid.panels.map(\.spec.annotations.count) == [1, 1, 2, 1])
    }
}
