import Foundation
import PlotScene
import Testing

@testable import PlotRender

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct SVGWriterTests {
    static func svg(_ scene: Scene) -> String {
        String(decoding: SVGWriter.write(scene, pixelScale: 1), as: UTF8.self)
    }

    @Test func documentParsesWithPageSizeInPoints() throws {
        let document = try SVGElements(SVGWriter.write(SampleScene.make(), pixelScale: 2))
        let root = try #require(document.elements.first)
        #expect(root.name == "svg")
        #expect(root.attributes["width"] == "220.5pt" && root.attributes["height"] == "160pt")
        #expect(root.attributes["viewBox"] == "0 0 220.5 160")
        #expect(document.elements.contains { $0.name == "rect" && $0.attributes["fill"] == "#ffffff" })
    }

    @Test func everyTextRunIsARealTextElementAtItsOrigin() throws {
        let scene = SampleScene.make()
        let texts = try SVGElements(SVGWriter.write(scene, pixelScale: 1)).elements.filter { $0.name == "text" }
        #expect(texts.map(\.text) == scene.textRuns.map(\.text))
        for (element, run) in zip(texts, scene.textRuns) {
            #expect(element.attributes["x"] == SVGNumber.format(run.origin.x))
            #expect(element.attributes["y"] == SVGNumber.format(run.origin.y))
            #expect(element.attributes["font-family"] == "DejaVu Sans, Bitstream Vera Sans, Verdana, sans-serif")
            #expect(element.attributes["font-size"] == SVGNumber.format(run.font.size))
        }
        let rotated = try #require(texts.last)
        #expect(rotated.attributes["transform"] == "rotate(-90 14 150)")
        #expect(rotated.attributes["font-weight"] == "bold" && rotated.attributes["font-style"] == "italic")
        #expect(rotated.attributes["fill"] == "#333333")
        #expect(texts.first?.attributes["transform"] == nil)
    }

    @Test func textThatNeedsItKeepsItsSpacesAndLosesForbiddenBytes() throws {
        let run = TextRun(
            text: " a  b\u{1B}[0m <&> ", font: Font(size: 9), color: .black, origin: Point(1, 2),
            rotation: 0, bounds: Rect(x: 1, y: -5, width: 30, height: 9))
        let scene = Scene(width: 50, height: 20, background: .clear, nodes: [.text(run)])
        let elements = try SVGElements(SVGWriter.write(scene, pixelScale: 1)).elements
        let text = try #require(elements.first { $0.name == "text" })
        #expect(text.text == " a  b\u{FFFD}[0m <&> ")
        #expect(text.attributes["xml:space"] == "preserve")
    }

    @Test func theSameSceneGivesTheSameBytesWhateverWasRenderedBefore() throws {
        let first = SVGWriter.write(SampleScene.make(), pixelScale: 2)
        _ = try SceneRenderer.render(SampleScene.make(), format: .pdf, pixelScale: 1)
        _ = SVGWriter.write(
            Scene(
                width: 10, height: 10, background: .white,
                nodes: [
                    .group(
                        clip: Rect(x: 1, y: 1, width: 2, height: 2),
                        [
                            .path(
                                Path(rect: Rect(x: 0, y: 0, width: 5, height: 5)),
                                fill: .black, stroke: nil)
                        ])
                ]), pixelScale: 1)
        let second = try SceneRenderer.render(SampleScene.make(), format: .svg, pixelScale: 2)
        #expect(first == second)
    }

    @Test func idsComeFromContentSoAnUnrelatedAdditionLeavesThemAlone() throws {
        let plain = SampleScene.make()
        var extended = plain
        extended.nodes.insert(
            .group(
                clip: Rect(x: 0, y: 0, width: 9, height: 9),
                [
                    .markers(
                        marker: Path(rect: Rect(x: -1, y: -1, width: 2, height: 2)), centers: [Point(3, 3)],
                        fills: [.black], stroke: nil)
                ]), at: 0)
        let ids = try SVGElements(SVGWriter.write(plain, pixelScale: 1)).ids
        let extendedIds = try SVGElements(SVGWriter.write(extended, pixelScale: 1)).ids
        #expect(ids.count == 2)  // one clip, one marker shape
        #expect(extendedIds.count == 4)
        #expect(Set(ids).isSubset(of: Set(extendedIds)))
        #expect(ids.allSatisfy { $0.hasPrefix("clip-") || $0.hasPrefix("marker-") })
    }

    @Test func markersAreOneSharedShapePlacedByUse() throws {
        let scene = SampleScene.make()
        let document = try SVGElements(SVGWriter.write(scene, pixelScale: 1))
        let shapes = document.elements.filter { $0.name == "path" && $0.attributes["id"] != nil }
        #expect(shapes.count == 1)
        let shape = try #require(shapes.first)
        #expect(shape.attributes["fill"] == nil && shape.attributes["stroke"] == nil)  // inherited from the use
        let uses = document.elements.filter { $0.name == "use" }
        #expect(uses.count == 10)
        #expect(uses.allSatisfy { $0.attributes["xlink:href"] == "#" + (shape.attributes["id"] ?? "") })
        #expect(uses.first?.attributes["x"] == "30" && uses.first?.attributes["y"] == "120")
        #expect(uses.first?.attributes["fill"] == "#004d99" && uses.first?.attributes["fill-opacity"] == "0.8")
        #expect(uses.last?.attributes["fill"] == "#ff4d99")
        let group = try #require(document.elements.first { $0.name == "g" && $0.attributes["stroke"] != nil })
        #expect(group.attributes["stroke-width"] == "0.5" && group.attributes["stroke"] == "#000000")
    }

    @Test func strokesCarryCairosWidthCapsJoinsAndDashes() throws {
        let document = try SVGElements(SVGWriter.write(SampleScene.make(), pixelScale: 2))
        let line = try #require(document.elements.first { $0.name == "path" && $0.attributes["stroke"] != nil })
        #expect(line.attributes["d"] == "M10 90L80 70L150 95")
        #expect(line.attributes["fill"] == "none")
        #expect(line.attributes["stroke-width"] == "1.5")
        #expect(line.attributes["stroke-linecap"] == "round" && line.attributes["stroke-linejoin"] == "round")
        #expect(line.attributes["stroke-dasharray"] == "4 2")
        #expect(document.elements.first?.attributes["stroke-miterlimit"] == "10")  // Cairo's default, not SVG's 4
        #expect(SVGPaint.dashArray([0, 0]) == nil && SVGPaint.dashArray([-1, 3]) == "3")
    }

    @Test func clipGroupsReferToAClipPathWithTheirRectangle() throws {
        let document = try SVGElements(SVGWriter.write(SampleScene.make(), pixelScale: 2))
        let clipPath = try #require(document.elements.first { $0.name == "clipPath" })
        let id = try #require(clipPath.attributes["id"])
        #expect(document.elements.contains { $0.name == "g" && $0.attributes["clip-path"] == "url(#\(id))" })
        #expect(
            document.elements.contains {
                $0.name == "rect" && $0.attributes["x"] == "100" && $0.attributes["width"] == "50"
            })
    }

    @Test func nearestImagesAreEnlargedToTheirPixelSizeAndEmbeddedAsPNG() throws {
        let document = try SVGElements(SVGWriter.write(SampleScene.make(), pixelScale: 2))
        let image = try #require(document.elements.first { $0.name == "image" })
        #expect(image.attributes["x"] == "160" && image.attributes["width"] == "40")
        #expect(image.attributes["preserveAspectRatio"] == "none")
        #expect(image.attributes["image-rendering"] == "optimizeSpeed")
        let uri = try #require(image.attributes["xlink:href"])
        #expect(uri.hasPrefix("data:image/png;base64,"))
        let png = try #require(Data(base64Encoded: String(uri.dropFirst("data:image/png;base64,".count))))
        // 2 × 2 pixels drawn over 40 pt at 2 px/pt: each pixel becomes 40 × 40.
        let decoded = try PNGEncoderTests.decode([UInt8](png))
        #expect(decoded.width == 80 && decoded.height == 80)
        #expect(decoded.pixels[0] == 0xFFFF_0000 && decoded.pixels[39] == 0xFFFF_0000)
        #expect(decoded.pixels[40] == 0xFF00_FF00 && decoded.pixels[79 * 80] == 0xFF00_00FF)
        #expect(decoded.pixels[79 * 80 + 79] >> 24 == 128)  // straight alpha survives
    }

    @Test func smoothImagesAreEmbeddedAsTheyAre() throws {
        let image = RasterImage(width: 3, height: 1, pixels: [1, 2, 3, 255, 4, 5, 6, 255, 7, 8, 9, 255], smooth: true)
        let scene = Scene(
            width: 30, height: 10, background: .white,
            nodes: [
                .image(image, rect: Rect(x: 0, y: 0, width: 30, height: 10))
            ])
        let elements = try SVGElements(SVGWriter.write(scene, pixelScale: 4)).elements
        let element = try #require(elements.first { $0.name == "image" })
        #expect(element.attributes["image-rendering"] == nil)
        let uri = try #require(element.attributes["xlink:href"])
        let png = try #require(Data(base64Encoded: String(uri.dropFirst("data:image/png;base64,".count))))
        let decoded = try PNGEncoderTests.decode([UInt8](png))
        #expect(decoded.width == 3 && decoded.height == 1)
        #expect(decoded.pixels == [0xFF01_0203, 0xFF04_0506, 0xFF07_0809])
    }

    @Test func nothingIsWrittenForWhatCairoWouldNotDraw() {
        let empty = TextRun(
            text: "", font: Font(size: 9), color: .black, origin: Point(0, 0), rotation: 0,
            bounds: Rect(x: 0, y: 0, width: 0, height: 0))
        let scene = Scene(
            width: 10, height: 10, background: .clear,
            nodes: [
                .text(empty),
                .path(Path(), fill: .black, stroke: nil),
                .path(
                    Path(rect: Rect(x: 0, y: 0, width: 1, height: 1)), fill: nil,
                    stroke: Stroke(color: .black, width: 0)),
                .markers(marker: Path(), centers: [Point(1, 1)], fills: [.black], stroke: nil),
                .image(RasterImage(width: 2, height: 2, pixels: []), rect: Rect(x: 0, y: 0, width: 5, height: 5))
            ])
        let body = Self.svg(scene)
        for element in ["<text", "<path", "<use", "<image", "<rect"] {
            #expect(!body.contains(element), "\(element) in \(body)")
        }
    }

    @Test func deepNestingIsWalkedWithoutRecursion() {
        var node = SceneNode.path(Path(rect: Rect(x: 0, y: 0, width: 1, height: 1)), fill: .black, stroke: nil)
        for _ in 0..<10_000 { node = .group(clip: nil, [node]) }
        let text = Self.svg(Scene(width: 10, height: 10, background: .white, nodes: [node]))
        #expect(text.components(separatedBy: "</g>").count - 1 == 10_000)
    }

    @Test func familyNamesThatAreNotPlainWordsAreQuoted() {
        #expect(SVGTextElement.fontFamily(["DejaVu Sans"]) == "DejaVu Sans, Bitstream Vera Sans, Verdana, sans-serif")
        #expect(SVGTextElement.fontFamily(["Noto Sans CJK"]) == "Noto Sans CJK, sans-serif")
        #expect(SVGTextElement.fontFamily(["3D 'Font'"]) == "'3D \\'Font\\'', sans-serif")
    }

    @Test func aFamilyListKeepsItsOrderAndEachNameOnce() {
        #expect(
            SVGTextElement.fontFamily(["Noto Sans", "DejaVu Sans"])
                == "Noto Sans, DejaVu Sans, Bitstream Vera Sans, Verdana, sans-serif")
        #expect(SVGTextElement.fontFamily(["Noto Sans CJK SC", "sans-serif"]) == "Noto Sans CJK SC, sans-serif")
        #expect(
            SVGTextElement.fontFamily(["Verdana", "DejaVu Sans"])
                == "Verdana, DejaVu Sans, Bitstream Vera Sans, sans-serif")
    }

    /// Right-to-left runs (first strong character Arabic or Hebrew) say so, anchored at their end, which for
    /// right-to-left text is the left end: still the run's origin.
    @Test(arguments: [("معدل التعلم", true), ("עברית (lr)", true), ("lr (معدل)", false), ("学习率", false)])
    func rightToLeftRunsSetTheirDirection(_ text: String, _ rightToLeft: Bool) {
        let run = TextRun(
            text: text, font: Font(size: 10), color: .black, origin: Point(10, 20), rotation: 0,
            bounds: Rect(x: 10, y: 10, width: 40, height: 12))
        let element = SVGTextElement.make(run)
        #expect(element.contains(" direction=\"rtl\" text-anchor=\"end\"") == rightToLeft)
        #expect(element.contains("x=\"10\" y=\"20\""))
        #expect(element.contains(">" + text + "</text>"))
    }
}

/// Every element of a parsed SVG document, in document order, with its attributes and direct text.
struct SVGElements {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text = ""
    }

    private(set) var elements: [Element] = []

    /// Every `id` attribute in order.
    var ids: [String] { elements.compactMap { $0.attributes["id"] } }

    init(_ bytes: [UInt8]) throws {
        let collector = Collector()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = collector
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
        elements = collector.elements
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        var open: [Int] = []

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String]
        ) {
            open.append(elements.count)
            elements.append(Element(name: name, attributes: attributes))
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let current = open.last { elements[current].text += string }
        }
    }
}

@Suite struct SVGWriterEdgeCaseTests {
    @Test func aClipWithANegativeSizeCoversTheSameAreaAsInCairo() throws {
        let scene = Scene(
            width: 20, height: 20, background: .white,
            nodes: [
                .group(
                    clip: Rect(x: 10, y: 12, width: -4, height: -6),
                    [
                        .path(Path(rect: Rect(x: 0, y: 0, width: 20, height: 20)), fill: .black, stroke: nil)
                    ])
            ])
        let document = try SVGElements(SVGWriter.write(scene, pixelScale: 1))
        let rect = try #require(document.elements.first { $0.name == "rect" && $0.attributes["x"] != nil })
        #expect(
            [rect.attributes["x"], rect.attributes["y"], rect.attributes["width"], rect.attributes["height"]]
                == ["6", "6", "4", "6"])
    }

    @Test func textWithoutAPositiveSizeIsNotWritten() {
        let run = TextRun(
            text: "x", font: Font(size: 0), color: .black, origin: Point(1, 1), rotation: 0,
            bounds: Rect(x: 1, y: 1, width: 0, height: 0))
        let scene = Scene(width: 5, height: 5, background: .white, nodes: [.text(run)])
        #expect(!SVGWriterTests.svg(scene).contains("<text"))
    }
}
