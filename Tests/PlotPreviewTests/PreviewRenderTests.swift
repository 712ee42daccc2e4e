import Foundation
import Testing

@testable import PlotPreview

/// The preview renders in memory, within `render`'s limits.
@Suite struct PreviewRenderTests {
    @Test func writesNoFigureWhateverTheSpecsOutputSays() throws {
        let fixture = try PreviewFixture()
        let path = try fixture.copy(PreviewFixture.heatmap)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let target = fixture.folder.appendingPathComponent("written.png").path
        try text.replacingOccurrences(
            of: "output: ../figures/learning_rate_vs_weight_decay_heatmap.png", with: "output: written.png"
        ).write(toFile: path, atomically: true, encoding: .utf8)
        let before = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path).sorted()
        let render = PreviewRender.render(path)
        #expect(render.errorCount == 0)
        #expect(render.png?.prefix(4) == [0x89, 0x50, 0x4E, 0x47])
        #expect(!FileManager.default.fileExists(atPath: target))
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path).sorted() == before)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("output: written.png"))
    }

    /// A spec over `render`'s size limits is refused with its diagnostic, not rendered.
    @Test func refusesASpecOverRendersLimits() throws {
        let fixture = try PreviewFixture()
        let path = try fixture.copy(PreviewFixture.heatmap)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(
            of: "grid: {learning_rate: 90, weight_decay: 80}", with: "grid: {learning_rate: 9000, weight_decay: 8000}"
        ).write(toFile: path, atomically: true, encoding: .utf8)
        let render = PreviewRender.render(path)
        #expect(render.png == nil)
        #expect(render.errorCount >= 1)
        #expect(render.errors.contains(path + ":"))
        #expect(render.seconds < 5)
    }

    /// The spec and every file it extends are what the watch loop follows.
    @Test func reportsTheFilesItRead() throws {
        let fixture = try PreviewFixture()
        let path = try fixture.copy(PreviewFixture.heatmap)
        let read = PreviewRender.render(path).read
        #expect(read.contains(path))
        #expect(read.contains { $0.hasSuffix("shared/landscape.yaml") })
    }
}
