import Foundation
import PlotDiagnostics
import PlotSpec
import Testing

/// The resolved IR of every valid spec the tests use, printed by `FigureSpec.summary()` (what
/// `plotspec dump --stage spec` prints) and compared with `IRGoldens/<case>.ir.txt`. A change in what
/// the decoder resolves — a default, a colormap, a placeholder's pattern, an index — shows up in review.
///
/// The cases: `Cases/valid/*.yaml`, the specs of every `ValidateCorpus` case that validates (`exit 0`),
/// and the bundled `specs/*.yaml`. Re-record with `PLOTSPEC_RECORD=1 swift test --filter IRGoldenTests`;
/// a re-record fails the run so nothing is accepted silently.
@Suite struct IRGoldenTests {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let goldensFolder = testsFolder.appendingPathComponent("IRGoldens").path
    static let repository = testsFolder.deletingLastPathComponent().deletingLastPathComponent()

    /// One valid spec: where it is and the golden's name.
    struct Case: CustomTestStringConvertible, Sendable {
        let path: String
        let golden: String
        var testDescription: String { golden }
    }

    static let cases: [Case] = {
        var cases: [Case] = []
        let valid = testsFolder.appendingPathComponent("Cases/valid").path
        for name in yamlFiles(in: valid) {
            cases.append(Case(path: valid + "/" + name, golden: "cases_valid_" + stem(name)))
        }
        let corpus = repository.appendingPathComponent("Tests/PlotSpecKitTests/ValidateCorpus").path
        for folder in ((try? FileManager.default.contentsOfDirectory(atPath: corpus)) ?? []).sorted() {
            let expected = (try? String(contentsOfFile: corpus + "/" + folder + "/expected", encoding: .utf8)) ?? ""
            guard expected.contains("\nexit 0\n") else { continue }
            for name in yamlFiles(in: corpus + "/" + folder) {
                cases.append(Case(path: corpus + "/" + folder + "/" + name, golden: "corpus_\(folder)_" + stem(name)))
            }
        }
        let specs = repository.appendingPathComponent("specs").path
        for name in yamlFiles(in: specs) {
            cases.append(Case(path: specs + "/" + name, golden: "specs_" + stem(name)))
        }
        return cases
    }()

    static func yamlFiles(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
    }

    static func stem(_ name: String) -> String { String(name.dropLast(".yaml".count)) }

    static func goldenPath(_ name: String) -> String { goldensFolder + "/" + name + ".ir.txt" }

    @Test func everyKindOfValidCaseIsFound() {
        #expect(Self.cases.contains { $0.golden.hasPrefix("cases_valid_") })
        #expect(Self.cases.contains { $0.golden.hasPrefix("corpus_") })
        #expect(Self.cases.filter { $0.golden.hasPrefix("specs_") }.count == 5)
    }

    @Test(arguments: cases)
    func resolvedIRMatchesItsGolden(_ c: Case) throws {
        let loaded = try SpecLoader.loadSpec(path: c.path, sources: SourceRegistry())
        let (spec, diagnostics) = SpecDecoder.decode(loaded)
        let errors = diagnostics.filter(\.isError).map(\.message)
        let decoded = try #require(spec, "\(c.path) no longer decodes: \(errors)")
        let printed = decoded.summary()
        let path = Self.goldenPath(c.golden)
        if ProcessInfo.processInfo.environment["PLOTSPEC_RECORD"] != nil {
            try printed.write(toFile: path, atomically: true, encoding: .utf8)
            Issue.record("re-recorded \(path); run again without PLOTSPEC_RECORD")
            return
        }
        let expected = try String(contentsOfFile: path, encoding: .utf8)
        #expect(printed == expected)
    }

    /// A golden whose case is gone (renamed, or no longer valid) would otherwise sit there unchecked.
    @Test func everyGoldenHasItsCase() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.goldensFolder)
            .filter { $0.hasSuffix(".ir.txt") }.map { String($0.dropLast(".ir.txt".count)) }
        let expected = Set(Self.cases.map(\.golden))
        #expect(names.filter { !expected.contains($0) }.isEmpty)
    }
}
