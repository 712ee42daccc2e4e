import Foundation
import PlotRender
import PlotSampling
import PlotScene
import PlotSpec
import Testing

@testable import PlotLayout

/// The page composer: plot kinds laid out into regions they are given, several kinds on one page.
@Suite struct PageComposerTests {
    static let theme = Theme(fontSize: 10)
    static var text: TextPlacement { TextPlacement(measurer: ApproximateTextMeasurer()) }

    /// One plot of each kind, built from the specs the kinds' own tests use.
    static func kinds() throws -> [any PlotKindLayout] {
        let figure = "figure: {size: [8, 6], dpi: 72, output: x.png}\n"
        let texts = [
            HeatmapLayoutTests.figure(grid: 40, contours: true),
            figure + ScatterLayoutTests.scatter.replacingOccurrences(of: "\n        ", with: "\n"),
            SurfaceLayoutTests.figure,
            figure + ParallelLayoutTests.spec(count: 200).replacingOccurrences(of: "\n        ", with: "\n"),
            figure
                + "sampling: {trials: {count: 50}}\nplot: {slice: {x: learning_rate, hold: {batch_size: [16, 256]}, noise_band: true}}",
            figure + "sampling: {trials: {count: 50}}\nplot: {history: {}}\nannotations: [{marker: star, at: argmax}]",
            figure + "sampling: {grid: {learning_rate: 4, weight_decay: 4}}\nplot: {importance: {nodes: 16}}"
        ]
        return try texts.map { text in
            let (spec, table) = try LayoutFixture.spec(text)
            return FigureLayout.kind(spec, table: table, theme: theme, text: Self.text)
        }
    }

    static func composer(width: Double, height: Double) throws -> PageComposer {
        let (spec, _) = try LayoutFixture.spec(
            """
            figure: {title: "Four plot kinds on one page", subtitle: "composed", size: [\(width), \(height)], dpi: 72, output: x.png}
            sampling: {trials: {count: 10}}
            plot: {scatter: {x: learning_rate, y: batch_size}}
            """)
        return PageComposer(figure: spec.figure, theme: theme, text: text)
    }

    @Test(arguments: [(12.0, 9.0), (16.0, 9.0), (10.0, 10.0)])
    func everyKindSharesAPageWithoutOverlap(width: Double, height: Double) throws {
        let page = try Self.composer(width: width, height: height).grid(try Self.kinds(), columns: 2)
        #expect(page.areas.count == (try Self.kinds()).count)
        for (index, (region, area)) in zip(page.regions, page.areas).enumerated() {
            let cell = region.cell.insetBy(dx: -0.5, dy: -0.5)
            let outside = area.obstacles.filter { !cell.contains($0) }
            #expect(outside.isEmpty, "plot \(index) reaches out of its cell \(region.cell): \(outside)")
            for other in page.areas[(index + 1)...] {
                let clashes = area.obstacles.filter { mine in
                    other.obstacles.contains { $0.insetBy(dx: 0.5, dy: 0.5).intersects(mine) }
                }
                #expect(clashes.isEmpty, "plot \(index) overlaps a later plot at \(clashes)")
            }
        }
        #expect(LayoutTestSupport.overlaps(page.scene).isEmpty, "\(LayoutTestSupport.overlaps(page.scene))")
        #expect(LayoutTestSupport.outside(page.scene).isEmpty, "\(LayoutTestSupport.outside(page.scene))")
        // The title block sits above every plot.
        let title = try #require(page.scene.textRuns.first { $0.text == "Four plot kinds on one page" })
        #expect(page.regions.allSatisfy { title.bounds.maxY <= $0.rect.minY })
    }

    /// Each kind lays out into the rectangle it is given: moving the region moves the plot with it.
    @Test(arguments: 0..<6)
    func movingTheRegionMovesThePlot(kind: Int) throws {
        let plot = try Self.kinds()[kind]
        let cell = Rect(x: 0, y: 0, width: 400, height: 300)
        let moved = Rect(x: 230, y: 170, width: 400, height: 300)
        let here = plot.layout(in: PlotRegion(cell: cell, rect: cell))
        let there = plot.layout(in: PlotRegion(cell: moved, rect: moved))
        #expect(abs(there.titleAnchor.x - here.titleAnchor.x - 230) < 1e-6)
        #expect(abs(there.titleAnchor.y - here.titleAnchor.y - 170) < 1e-6)
        #expect(abs(there.titleAnchor.width - here.titleAnchor.width) < 1e-6)
        #expect(here.obstacles.count == there.obstacles.count)
        for (a, b) in zip(here.obstacles, there.obstacles) {
            #expect(abs(b.x - a.x - 230) < 1e-6 && abs(b.y - a.y - 170) < 1e-6, "\(a) → \(b)")
        }
    }

    /// A single plot gets the whole page below the title block, and the title is centred over its frame.
    @Test func singlePlotTakesThePageBelowTheTitle() throws {
        let composer = try Self.composer(width: 8, height: 6)
        let plot = try Self.kinds()[0]
        let scene = composer.scene(plot)
        let title = try #require(scene.textRuns.first { $0.text == "Four plot kinds on one page" })
        let region = PlotRegion(
            cell: composer.page,
            rect: Rect(
                x: 0, y: composer.titleBlock.height, width: composer.pageWidth,
                height: composer.pageHeight - composer.titleBlock.height))
        let area = plot.layout(in: region)
        let expected = min(max(area.titleAnchor.midX, composer.pageWidth * 0.3), composer.pageWidth * 0.7)
        #expect(abs(title.bounds.midX - expected) < 0.01)
        #expect(title.bounds.maxY < area.titleAnchor.minY)
        #expect(area.colorBars.count == 1, "the heatmap asks the page for its colour bar")
        let barImage = LayoutFixture.images(scene.nodes).filter { $0.0.width == 1 }
        #expect(barImage.count == 1 && barImage[0].1.minX > area.titleAnchor.maxX, "drawn right of the frame")
    }
}
