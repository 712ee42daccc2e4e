import PlotRender
import PlotSpecKit
import Testing

@testable import PlotPreview

/// The preview's PNG is stored rather than deflated (time matters more than bytes for an image that lives
/// until the next save): the reader sees exactly `render`'s pixels.
@Suite struct PreviewImageTests {
    @Test(arguments: [PreviewFixture.surface, PreviewFixture.scatter])
    func thePreviewShowsRendersPixelsInALargerPNG(_ name: String) throws {
        let fixture = try PreviewFixture()
        let path = try fixture.copy(name)
        let preview = try #require(PreviewRender.render(path).png)
        let pipeline = Pipeline()
        let spec = try pipeline.decode(path: path)
        let scene = try pipeline.layout(spec, table: try pipeline.evaluate(spec))
        let file = try pipeline.render(scene, format: .png, dpi: spec.figure.dpi)
        let shown = try PNGDecoder.decode(preview)
        let written = try PNGDecoder.decode(file)
        #expect(shown.width == written.width && shown.height == written.height)
        #expect(shown.pixels == written.pixels)
        #expect(preview.count > 3 * shown.width * shown.height, "stored: every RGB byte, uncompressed")
    }
}
