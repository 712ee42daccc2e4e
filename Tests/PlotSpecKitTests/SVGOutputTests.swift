import Foundation
import PlotRender
import PlotSpecKit
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// SVG figures have real, searchable text and the same bytes however and wherever they are rendered.
@Suite struct SVGOutputTests {
    @Test(arguments: RenderEndToEndTests.bundledSpecs)
    func bundledFigureHasEveryLabelAsTextAndRendersToTheSameBytes(_ path: String) throws {
        let pipeline = Pipeline()
        let spec = try pipeline.decode(path: path)
        let scene = try pipeline.layout(spec, table: pipeline.evaluate(spec))
        let svg = try pipeline.render(scene, format: .svg, dpi: spec.figure.dpi)
        let text = String(decoding: svg, as: UTF8.self)
        #expect(!text.contains("<glyph") && !text.contains("id=\"surface"))  // Cairo's outlines and counters
        let reader = TextElementReader()
        let parser = XMLParser(data: Data(svg))
        parser.delegate = reader
        #expect(parser.parse())
        #expect(reader.texts == scene.textRuns.map(\.text).filter { !$0.isEmpty })
        // Another figure in between, as in a batch: nothing carries over.
        let other = try #require(RenderEndToEndTests.bundledSpecs.first { $0 != path })
        _ = try Pipeline().figureBytes(try Pipeline().decode(path: other), format: .svg)
        #expect(try Pipeline().figureBytes(spec, format: .svg) == svg)
    }
}

/// The character content of every `<text>` element, in order.
final class TextElementReader: NSObject, XMLParserDelegate {
    var texts: [String] = []
    private var inText = false

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        inText = name == "text"
        if inText { texts.append("") }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        inText = false
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { texts[texts.count - 1] += string }
    }
}

/// `render a.yaml` and `render b.yaml a.yaml` write the same a.svg (Cairo's writer numbered ids per process).
@Suite(.enabled(if: Repository.plotspecBinary != nil, "needs the plotspec binary (swift build)"))
struct SVGOutputCommandTests {
    @Test func aFigureRenderedAloneOrInABatchHasTheSameBytes() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.yaml", SpecText.minimal(output: "a.svg"))
        try folder.write("b.yaml", SpecText.minimal(output: "b.svg", terms: "- expr: \"x * y\""))
        let alone = try CLI.plotspec(["render", "a.yaml"], in: folder.path)
        #expect(alone.status == 0, "\(alone.stderr)")
        let first = try Data(contentsOf: URL(fileURLWithPath: folder.path + "/a.svg"))
        try FileManager.default.removeItem(atPath: folder.path + "/a.svg")
        let batch = try CLI.plotspec(["render", "b.yaml", "a.yaml"], in: folder.path)
        #expect(batch.status == 0, "\(batch.stderr)")
        let second = try Data(contentsOf: URL(fileURLWithPath: folder.path + "/a.svg"))
        #expect(first == second)
        #expect(String(decoding: first, as: UTF8.self).contains("<text"))
        // And `render --check` accepts the committed SVG byte for byte, alone or in a batch.
        let check = try CLI.plotspec(["render", "--check", "b.yaml", "a.yaml"], in: folder.path)
        #expect(check.status == 0, "\(check.stderr)")
    }
}
