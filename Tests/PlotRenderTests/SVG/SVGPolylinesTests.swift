import PlotScene
import Testing

@testable import PlotRender

@Suite struct SVGPolylinesTests {
    /// Each line is a real `<path>` with its own colour and opacity, inside a `<g>` that carries what the
    /// lines share, exactly as `CairoCanvas` strokes them.
    @Test func everyLineIsAPathInAGroupWithTheSharedStyle() throws {
        let scene = SampleScene.make()
        let elements = try SVGElements(SVGWriter.write(scene, pixelScale: 2)).elements
        let group = try #require(elements.firstIndex { $0.name == "g" && $0.attributes["stroke-linecap"] == "round" })
        #expect(
            elements[group].attributes == [
                "fill": "none", "stroke-width": "1.5", "stroke-linecap": "round",
                "stroke-linejoin": "round"
            ])
        let paths = Array(elements[(group + 1)...].prefix(2))
        #expect(paths.map(\.name) == ["path", "path"])
        #expect(paths.map { $0.attributes["d"] } == ["M10 140L60 130L110 150", "M10 150L60 135L110 140"])
        #expect(paths.map { $0.attributes["stroke"] } == ["#339933", "#cc4d1a"])
        #expect(paths.map { $0.attributes["stroke-opacity"] } == ["0.6", "0.6"])
        #expect(paths.allSatisfy { $0.attributes["fill"] == nil && $0.attributes["stroke-width"] == nil })
    }

    @Test func nothingIsWrittenForLinesCairoWouldNotDraw() {
        let line = Polylines.Line(points: [Point(1, 1), Point(5, 5)], color: .black)
        for polylines in [Polylines(lines: [], width: 1), Polylines(lines: [line], width: 0)] {
            let scene = Scene(width: 10, height: 10, background: .clear, nodes: [.polylines(polylines)])
            let svg = SVGWriterTests.svg(scene)
            #expect(!svg.contains("<path") && !svg.contains("<g"), "\(svg)")
        }
    }
}
