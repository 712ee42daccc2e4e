import Foundation
import PlotRender
import PlotScene
import Testing

@testable import PlotLayout
@testable import PlotSpec

/// The bundled plots composed on one page (`PageComposer.grid`) at several page sizes, measured with the
/// real Cairo measurer: every plot stays in its cell, and the page keeps `FigureSizeTests`' hard rules
/// (no text overlaps other text, leaves the page or is cut by a clip).
@Suite struct ComposedPageSizeTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var width: Double
        var height: Double
        var columns: Int
        var testDescription: String { "\(width)×\(height) in, \(columns) columns" }
    }

    static let cases = [
        Case(width: 16, height: 9, columns: 3), Case(width: 12, height: 9, columns: 2),
        Case(width: 24, height: 8, columns: 5), Case(width: 8.5, height: 14, columns: 2)
    ]

    @Test(arguments: cases)
    func bundledPlotsShareAPage(_ c: Case) throws {
        let text = TextPlacement(measurer: SceneRenderer.measurer())
        let theme = Theme(fontSize: 10)
        let kinds = try FigureSizeTests.specNames.map { name in
            let (spec, table) = try FigureSizeTests.evaluated.load(name)
            return FigureLayout.kind(spec, table: table, theme: theme, text: text)
        }
        let (first, _) = try FigureSizeTests.evaluated.load(FigureSizeTests.specNames[0])
        // The test-only builder (`@testable import PlotSpec`): a bigger page with its own title.
        let f = first.figure
        let figure = first.replacing(
            figure: FigureSettings(
                title: "The five bundled plots on one page", subtitle: f.subtitle, widthInches: c.width,
                heightInches: c.height, dpi: f.dpi, output: f.output, outputSpan: f.outputSpan, fontSize: f.fontSize,
                background: f.background))
        let page = PageComposer(figure: figure.figure, theme: theme, text: text).grid(kinds, columns: c.columns)

        for (index, (region, area)) in zip(page.regions, page.areas).enumerated() {
            let outside = area.obstacles.filter { !region.cell.insetBy(dx: -0.5, dy: -0.5).contains($0) }
            #expect(outside.isEmpty, "\(FigureSizeTests.specNames[index]) leaves its cell \(region.cell): \(outside)")
        }
        let pageRect = Rect(x: 0, y: 0, width: page.scene.width, height: page.scene.height)
        let items = SceneItems(page.scene.nodes)
        let overlaps = LayoutFixture.overlaps(items.texts.map(\.run))
        #expect(overlaps.isEmpty, "\(overlaps)")
        let measurer = SceneRenderer.measurer()
        for (run, clip) in items.texts {
            let box = FigureSizeTests.rotatedBox(run, measurer.measure(run.text, font: run.font))
            #expect(pageRect.insetBy(dx: -0.5, dy: -0.5).contains(box), "off the page: '\(run.text)'")
            if let clip { #expect(clip.insetBy(dx: -0.5, dy: -0.5).contains(box), "cut by a clip: '\(run.text)'") }
        }
    }
}
