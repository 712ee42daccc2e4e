import Foundation
import PlotScene
import Testing

@testable import PlotRender

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Scene renderer")
struct SceneRendererTests {
    @Test(arguments: [1.0, 2.0, 300.0 / 72])
    func pngHeaderHasScaledSize(_ scale: Double) throws {
        let scene = SampleScene.make()
        let png = try SceneRenderer.render(scene, format: .png, pixelScale: scale)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(String(decoding: png[12..<16], as: UTF8.self) == "IHDR")
        #expect(bigEndian32(png, at: 16) == Int((scene.width * scale).rounded(.up)))
        #expect(bigEndian32(png, at: 20) == Int((scene.height * scale).rounded(.up)))
    }

    @Test(arguments: OutputFormat.allCases)
    func renderingIsReproducible(_ format: OutputFormat) throws {
        let a = try SceneRenderer.render(SampleScene.make(), format: format, pixelScale: 2)
        let b = try SceneRenderer.render(SampleScene.make(), format: format, pixelScale: 2)
        #expect(a == b)
    }

    @Test func pdfHasHeaderAndPinnedDate() throws {
        let pdf = try SceneRenderer.render(SampleScene.make(), format: .pdf, pixelScale: 2)
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(text.hasPrefix("%PDF"))
        #expect(text.contains("/CreationDate (20000101000000Z)"))  // Cairo 1.16 omits the "D:" prefix
    }

    @Test func svgParsesWithPageSize() throws {
        let svg = try SceneRenderer.render(SampleScene.make(), format: .svg, pixelScale: 2)
        let delegate = RootAttributes()
        let parser = XMLParser(data: Data(svg))
        parser.delegate = delegate
        #expect(parser.parse())
        #expect(delegate.root == "svg")
        #expect(delegate.attributes["width"].map { $0.hasPrefix("220.5") } == true)
        #expect(delegate.attributes["height"].map { $0.hasPrefix("160") } == true)
    }

    @Test func redRectIsRedAtItsCentre() throws {
        let (w, _, pixels) = try SceneRenderer.renderPixels(SampleScene.make(), pixelScale: 2)
        let c = SampleScene.redRect.center
        let pixel = pixels[Int(c.y * 2) * w + Int(c.x * 2)]
        #expect(pixel == 0xFFFF_0000)  // opaque red in ARGB32
        #expect(pixels[0] == 0xFFFF_FFFF)  // white background in the corner
    }

    @Test func clipLimitsGroupContent() throws {
        let (w, _, pixels) = try SceneRenderer.renderPixels(SampleScene.make(), pixelScale: 1)
        // The clipped circle (radius 40 around 125,115) must not leak above the clip's top edge at y=100.
        #expect(pixels[95 * w + 125] == 0xFFFF_FFFF)
        #expect(pixels[115 * w + 125] != 0xFFFF_FFFF)
    }

    @Test func formatFromExtension() {
        #expect(OutputFormat(pathExtension: "PNG") == .png)
        #expect(OutputFormat(pathExtension: ".svg") == .svg)
        #expect(OutputFormat(pathExtension: "jpg") == nil)
    }

    @Test func oversizedPageThrows() {
        let scene = Scene(width: 100_000, height: 10, background: .white)
        #expect(throws: RenderError.self) { try SceneRenderer.render(scene, format: .png, pixelScale: 1) }
    }
}

/// Captures the root element's name and attributes.
final class RootAttributes: NSObject, XMLParserDelegate {
    var root: String?
    var attributes: [String: String] = [:]

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        guard root == nil else { return }
        root = name
        self.attributes = attributes
    }
}
