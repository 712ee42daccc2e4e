import Foundation
import PlotDiagnostics
import PlotLayout
import PlotRender
import PlotSampling
import PlotScene
import PlotSpec
import PlotYAML
import Testing

/// Layout goldens: a spec under `Goldens/` is laid out with the approximate (font-independent) text
/// measurer and its scene dump compared with the `.scene.txt` beside it. Re-record with
/// `PLOTSPEC_RECORD=1 swift test --filter SceneGoldenTests`; a re-record fails the run so nothing is
/// accepted silently.
@Suite struct SceneGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens").path

    static var specs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
    }

    @Test(arguments: specs)
    func sceneMatchesGolden(_ name: String) throws {
        let path = Self.folder + "/" + name
        let root = try YAMLLoader.load(path: path, sources: nil)
        let spec = try #require(SpecDecoder.decode(root, sourcePath: name).0)
        let scene = try FigureLayout.layout(spec, table: LandscapeEvaluator.evaluate(spec), measurer: ApproximateTextMeasurer())
        let dump = scene.dump()
        let goldenPath = path.replacingOccurrences(of: ".yaml", with: ".scene.txt")
        if ProcessInfo.processInfo.environment["PLOTSPEC_RECORD"] != nil {
            try dump.write(toFile: goldenPath, atomically: true, encoding: .utf8)
            Issue.record("re-recorded \(goldenPath); run again without PLOTSPEC_RECORD")
            return
        }
        let golden = try String(contentsOfFile: goldenPath, encoding: .utf8)
        if golden != dump {
            let a = golden.split(separator: "\n"), b = dump.split(separator: "\n")
            let first = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
            Issue.record("scene differs from \(goldenPath) at line \(first + 1):\n- \(first < a.count ? a[first] : "")\n+ \(first < b.count ? b[first] : "")")
        }
    }
}
