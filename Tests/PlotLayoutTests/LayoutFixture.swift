import Foundation
import PlotRender
import PlotSampling
import PlotScene
import PlotSpec
import PlotYAML

@testable import PlotLayout

/// Builds scenes from spec text that extends the bundled shared landscape, measured with the
/// font-free `ApproximateTextMeasurer` so results do not depend on installed fonts.
enum LayoutFixture {
    /// The shared landscape's text, read from the repository (its keys do not clash with a figure's).
    static func landscape() throws -> String {
        let here = URL(fileURLWithPath: #filePath)
        let file = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("specs/shared/landscape.yaml")
        return try String(contentsOf: file, encoding: .utf8)
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func spec(_ figureText: String) throws -> (FigureSpec, SampleTable) {
        let text = try landscape() + "\n" + figureText
        let root = try YAMLLoader.load(text: text, file: "test.yaml", sources: nil)
        let (decoded, diagnostics) = SpecDecoder.decode(root, sourcePath: "test.yaml")
        guard let spec = decoded else { throw Failure(description: "\(diagnostics)") }
        return (spec, try LandscapeEvaluator.evaluate(spec))
    }

    static func scene(_ figureText: String) throws -> Scene {
        let (spec, table) = try spec(figureText)
        return try FigureLayout.layout(spec, table: table, measurer: ApproximateTextMeasurer())
    }

    /// Pairs of text runs whose boxes overlap (shrunk by a hair so touching does not count).
    static func overlaps(_ runs: [TextRun]) -> [(String, String)] {
        var found: [(String, String)] = []
        for (a, first) in runs.enumerated() {
            for second in runs[(a + 1)...]
            where first.bounds.insetBy(dx: 0.5, dy: 0.5).intersects(second.bounds.insetBy(dx: 0.5, dy: 0.5)) {
                found.append((first.text, second.text))
            }
        }
        return found
    }

    static func images(_ nodes: [SceneNode]) -> [(RasterImage, Rect)] {
        nodes.flatMap { node -> [(RasterImage, Rect)] in
            switch node {
            case .image(let image, let rect): [(image, rect)]
            case .group(_, let children): images(children)
            default: []
            }
        }
    }
}
