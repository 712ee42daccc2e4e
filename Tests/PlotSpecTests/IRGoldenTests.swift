import Foundation
import PlotDiagnostics
import PlotSpec
import PlotTestSupport
import Testing

/// IR goldens: every valid corpus case (`Cases/valid/NAME.yaml` → `NAME.ir.txt` beside it) and every
/// bundled spec (`IRGoldens/NAME.ir.txt`) decoded, and the resolved `FigureSpec` printed whole by
/// reflection (`ReflectionDump`), so any change to what the decoder makes of a spec shows up in review.
/// Re-record with `PLOTSPEC_RECORD=1 swift test --filter IRGoldenTests` (docs/testing.md).
@Suite struct IRGoldenTests {
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let repository = here.deletingLastPathComponent().deletingLastPathComponent().path
    static let goldens = here.appendingPathComponent("IRGoldens").path

    static var bundledSpecs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: repository + "/specs")) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted()
    }

    /// The dump of a spec file's IR, with paths shown relative to `base` so the golden does not depend on
    /// where the checkout lives.
    static func dump(path: String, relativeTo base: String) throws -> String {
        let loaded = try SpecLoader.loadSpec(path: path, sources: SourceRegistry())
        let (spec, diagnostics) = SpecDecoder.decode(loaded)
        let decoded = try #require(spec, "\(diagnostics.filter(\.isError).map(\.message))")
        return ReflectionDump.text(decoded).replacingOccurrences(of: base + "/", with: "")
    }

    @Test(arguments: SpecCaseTests.files(in: "valid"))
    func validCaseIRMatchesGolden(_ file: String) throws {
        let folder = SpecCaseTests.casesFolder
        let text = try Self.dump(path: folder + "/" + file, relativeTo: folder)
        try GoldenFile.check(text, against: folder + "/" + file.replacingOccurrences(of: ".yaml", with: ".ir.txt"))
    }

    @Test(arguments: bundledSpecs)
    func bundledSpecIRMatchesGolden(_ name: String) throws {
        let text = try Self.dump(path: Self.repository + "/specs/" + name, relativeTo: Self.repository)
        let golden = Self.goldens + "/" + name.replacingOccurrences(of: ".yaml", with: ".ir.txt")
        try GoldenFile.check(text, against: golden)
    }

    @Test func theDumpSeesEveryChange() throws {
        #expect(ReflectionDump.text([0.5, 0.25]) != ReflectionDump.text([0.5, 0.2500001]))
        #expect(ReflectionDump.text(["b": 1, "a": 2]) == ReflectionDump.text(["a": 2, "b": 1]), "sorted entries")
        #expect(ReflectionDump.text(0.1 + 0.2) == ReflectionDump.text(0.3), "12 significant digits")
    }
}
