import Foundation
import PlotRender
import PlotSampling
import PlotScene
import Testing

@testable import PlotLayout
@testable import PlotSpec

/// A faceted heatmap at six page sizes and several column counts, measured with the real Cairo measurer:
/// panels keep equal frames that do not overlap and share axes (labels on the outer panels only), no text overlaps other text or leaves the page, every
/// panel is titled with its held value, and one colour bar serves the whole page.
@Suite struct PanelPageTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var width: Double
        var height: Double
        var panels: Int
        var columns: Int
        var testDescription: String { "\(width)×\(height) in, \(panels) panels in \(columns) columns" }
    }

    static let cases = [
        Case(width: 14, height: 5, panels: 3, columns: 3), Case(width: 8, height: 6, panels: 3, columns: 3),
        Case(width: 10, height: 8, panels: 4, columns: 2), Case(width: 12, height: 10, panels: 9, columns: 3),
        Case(width: 6, height: 9, panels: 3, columns: 1), Case(width: 16, height: 9, panels: 6, columns: 3)
    ]

    static func spec(_ c: Case) throws -> (FigureSpec, SampleTable) {
        let depths = [2, 4, 8, 12, 16, 24, 32, 40, 48].prefix(c.panels).map(String.init).joined(separator: ", ")
        return try LayoutFixture.spec(
            """
            figure:
              title: "Learning rate vs batch size by depth"
              subtitle: "One colour scale for all panels"
              size: [\(c.width), \(c.height)]
              output: out.png
            sampling: {grid: {learning_rate: 30, batch_size: 24}}
            plot:
              heatmap:
                x: learning_rate
                y: batch_size
                colorbar: Validation accuracy
            facet: {parameter: depth, values: [\(depths)], columns: \(c.columns), letters: true}
            annotations:
              - marker: star
                at: argmax
                legend: "Best: {score:%.3f}"
            """)
    }

    @Test(arguments: cases)
    func panelsHoldWithoutOverlap(_ c: Case) throws {
        let (spec, table) = try Self.spec(c)
        let grid = try #require(spec.panels)
        let theme = Theme(fontSize: spec.figure.fontSize)
        let text = TextPlacement(measurer: SceneRenderer.measurer())
        let composer = PageComposer(figure: spec.figure, theme: theme, text: text)
        let page = PanelPage(composer: composer, grid: grid, tables: table.panels, theme: theme, text: text).compose()
        #expect(page.areas.count == c.panels)

        let frames = page.areas.map(\.titleAnchor)
        for (a, first) in frames.enumerated() {
            #expect(abs(first.width - frames[0].width) < 0.01 && abs(first.height - frames[0].height) < 0.01)
            for second in frames[(a + 1)...] {
                #expect(!first.insetBy(dx: 0.5, dy: 0.5).intersects(second), "frames overlap: \(first) \(second)")
            }
        }
        let items = SceneItems(page.scene.nodes)
        let overlaps = LayoutFixture.overlaps(items.texts.map(\.run))
        #expect(overlaps.isEmpty, "\(overlaps)")
        let pageRect = Rect(x: 0, y: 0, width: page.scene.width, height: page.scene.height)
        let measurer = SceneRenderer.measurer()
        for (run, clip) in items.texts {
            let box = FigureSizeTests.rotatedBox(run, measurer.measure(run.text, font: run.font))
            #expect(pageRect.insetBy(dx: -0.5, dy: -0.5).contains(box), "off the page: '\(run.text)'")
            if let clip { #expect(clip.insetBy(dx: -0.5, dy: -0.5).contains(box), "cut by a clip: '\(run.text)'") }
        }
        let titles = items.texts.map(\.run.text).filter { $0.contains("depth = ") }
        #expect(titles == grid.panels.map(\.title))
        #expect(titles.first == "(a) depth = 2")
        // Shared axes: the y title once per row (first column), the x title once per column (bottom row).
        let texts = items.texts.map(\.run.text)
        #expect(texts.filter { $0 == "Batch size" }.count == grid.rows)
        #expect(texts.filter { $0 == "Learning rate" }.count == grid.columns)
    }

    /// One colour bar for the page: one gradient beside the last column, as tall as the panels' rows,
    /// and every panel's cells coloured on the same scale (its range covers every panel's scores).
    @Test func oneColorBarCoversEveryPanel() throws {
        let c = Self.cases[3]
        let (spec, table) = try Self.spec(c)
        let scene = try FigureLayout.layout(spec, table: table, measurer: SceneRenderer.measurer())
        let images = LayoutFixture.images(scene.nodes)
        let cells = images.filter { $0.0.width == 30 && $0.0.height == 24 }
        let bars = images.filter { !($0.0.width == 30 && $0.0.height == 24) }
        #expect(cells.count == c.panels)
        #expect(bars.count == 1)
        let bar = try #require(bars.first).1
        #expect(cells.allSatisfy { $0.1.maxX < bar.minX })
        let top = try #require(cells.map(\.1.minY).min())
        let bottom = try #require(cells.map(\.1.maxY).max())
        #expect(abs(bar.minY - top) < 1 && abs(bar.maxY - bottom) < 1)

        guard case .heatmap(let heatmap) = spec.plot else { throw LayoutFixture.Failure(description: "not a heatmap") }
        for panel in table.panels {
            let scores = panel.score.map(heatmap.shown.apply)
            #expect(scores.allSatisfy { $0 >= heatmap.color.lower && $0 <= heatmap.color.upper })
        }
        // The panels differ: each was evaluated at its own held depth.
        #expect(Set(table.panels.map { $0.score.reduce(0, +) }).count == c.panels)
    }

    /// Kinds that do not share axes (a surface draws its axis titles anywhere in its region) get whole
    /// regions side by side: no panel's text runs into its neighbour's.
    @Test func surfacePanelsKeepApart() throws {
        let (spec, table) = try LayoutFixture.spec(
            """
            figure: {title: "Surfaces by learning rate", size: [15, 5], output: out.png}
            sampling: {grid: {depth: 12, width: 12}}
            plot: {surface3d: {x: depth, y: width, colorbar: Accuracy}}
            facet: {parameter: learning_rate, values: [1.0e-4, 1.6e-3, 1.0e-2]}
            """)
        let scene = try FigureLayout.layout(spec, table: table, measurer: SceneRenderer.measurer())
        let items = SceneItems(scene.nodes)
        let overlaps = LayoutFixture.overlaps(items.texts.map(\.run))
        #expect(overlaps.isEmpty, "\(overlaps)")
        #expect(items.texts.filter { $0.run.text.hasPrefix("learning_rate = ") }.count == 3)
    }
}
