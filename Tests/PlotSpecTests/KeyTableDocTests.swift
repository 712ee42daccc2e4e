import Foundation
import Testing

@testable import PlotSpec

/// The key tables of docs/spec-reference.md are generated from the language's description; this test
/// keeps the committed block in step (re-record with PLOTSPEC_RECORD=1, or paste
/// `plotspec schema --format markdown` between the markers).
@Suite struct KeyTableDocTests {
    static let docPath = SpecCaseTests.casesFolder + "/../../../docs/spec-reference.md"
    static let start = "<!-- generated:keys (plotspec schema --format markdown) -->\n"
    static let end = "<!-- /generated:keys -->"

    @Test func referenceKeyTablesAreCurrent() throws {
        let doc = try String(contentsOfFile: Self.docPath, encoding: .utf8)
        let startRange = try #require(doc.range(of: Self.start), "no generated block in spec-reference.md")
        let endRange = try #require(doc.range(of: Self.end, range: startRange.upperBound..<doc.endIndex))
        let committed = String(doc[startRange.upperBound..<endRange.lowerBound])
        let generated = "\n" + KeyTableWriter.write() + "\n"
        if ProcessInfo.processInfo.environment["PLOTSPEC_RECORD"] != nil, committed != generated {
            try doc.replacingCharacters(in: startRange.upperBound..<endRange.lowerBound, with: generated)
                .write(toFile: Self.docPath, atomically: true, encoding: .utf8)
            Issue.record("re-recorded the key tables of \(Self.docPath); run again without PLOTSPEC_RECORD")
            return
        }
        #expect(committed == generated, "run: PLOTSPEC_RECORD=1 swift test --filter KeyTableDocTests")
    }

    /// A changed description changes the tables: they are written from it, not copied.
    @Test func tablesFollowTheDescription() {
        var language = SpecDescription.standard
        language.surface.elevation.defaultValue = 12
        language.surface.azimuth.key.name = "turn"
        let table = KeyTableWriter.write([.surface], language)
        #expect(table.contains("| `elevation` | number from -90 to 90 degrees | `12` |"))
        #expect(table.contains("| `turn` |"))
        #expect(!table.contains("| `azimuth` |"))
    }
}
