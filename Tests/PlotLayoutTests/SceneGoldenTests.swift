import Foundation
import PlotDiagnostics
import PlotLayout
import PlotRender
import PlotSampling
import PlotScene
import PlotSpec
import PlotTestSupport
import Testing

/// Scene goldens: each spec is laid out with the font-independent `ApproximateTextMeasurer` and its
/// scene dump (`Scene.dump()`: every node, image pixel hashes, marker centres, long paths hashed) compared
/// with a `.scene.txt` file.
///
/// Two families: the small specs in `Goldens/` (one or more per plot kind, each exercising its
/// furniture) and every bundled spec in `specs/` (golden in `Goldens/specs/`). Re-record both with
/// `PLOTSPEC_RECORD=1 swift test --filter SceneGoldenTests`; a re-record fails the run so nothing is
/// accepted silently (docs/testing.md).
@Suite struct SceneGoldenTests {
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let folder = here.appendingPathComponent("Goldens").path
    static let repository = here.deletingLastPathComponent().deletingLastPathComponent().path

    static func yamlFiles(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
    }

    static var goldenSpecs: [String] { yamlFiles(in: folder) }
    static var bundledSpecs: [String] { yamlFiles(in: repository + "/specs") }

    /// The scene of a spec file (following `extends`), laid out as the pipeline does but with the
    /// approximate measurer. `name` stands in for the path in the spec, so no checkout path leaks in.
    static func scene(path: String, name: String) throws -> Scene {
        let root = try SpecLoader.load(path: path, sources: SourceRegistry())
        let (decoded, diagnostics) = SpecDecoder.decode(root, sourcePath: name)
        let spec = try #require(decoded, "\(diagnostics.map(\.message))")
        let table = try LandscapeEvaluator.evaluate(spec)
        return try FigureLayout.layout(spec, table: table, measurer: ApproximateTextMeasurer())
    }

    @Test func everyPlotKindHasAGolden() {
        let kinds = Set(Self.goldenSpecs.map { $0.split(separator: "_").first.map(String.init) ?? $0 })
        #expect(kinds.isSuperset(of: ["heatmap", "surface", "scatter", "parallel"]), "\(kinds.sorted())")
        #expect(Self.bundledSpecs.count >= 5, "bundled specs not found under \(Self.repository)/specs")
    }

    @Test(arguments: goldenSpecs)
    func sceneMatchesGolden(_ name: String) throws {
        let scene = try Self.scene(path: Self.folder + "/" + name, name: name)
        let golden = Self.folder + "/" + name.replacingOccurrences(of: ".yaml", with: ".scene.txt")
        try GoldenFile.check(scene.dump(), against: golden)
    }

    @Test(arguments: bundledSpecs)
    func bundledSceneMatchesGolden(_ name: String) throws {
        let scene = try Self.scene(path: Self.repository + "/specs/" + name, name: "specs/" + name)
        let golden = Self.folder + "/specs/" + name.replacingOccurrences(of: ".yaml", with: ".scene.txt")
        try GoldenFile.check(scene.dump(), against: golden)
    }
}
