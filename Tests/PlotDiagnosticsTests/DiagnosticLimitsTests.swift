import Foundation
import Testing

@testable import PlotDiagnostics

/// The output caps: per quoted value, per message, per source line, per diagnostic and per file.
@Suite struct DiagnosticLimitsTests {
    /// Far beyond every cap (400 KB; the caps do not depend on the size, and a debug build scans slowly).
    static let huge = String(repeating: "abcdefghij", count: 40_000)

    static func at(_ file: String, _ line: Int, _ column: Int = 1, length: Int = 1) -> SourceSpan {
        SourceSpan(start: SourceLocation(file: file, line: line, column: column), length: length)
    }

    /// A diagnostic built to be as large as it can: a huge value quoted and unquoted in its message and
    /// notes, a huge file name, many notes, all pointing into a huge line.
    static func worstCase() -> (Diagnostic, SourceRegistry) {
        let path = "dir/" + String(huge.prefix(100_000)) + ".yaml"
        let sources = SourceRegistry()
        sources.register(SourceFile(path: path, text: "title: " + huge + "\n"))
        let span = at(path, 1, 200_000, length: 300_000)
        let note = Diagnostic.Note("note '\(huge)' and \(huge)", at: span)
        let diagnostic = Diagnostic.error(
            "spec.x", "it's '\(huge)' then \(huge)", at: span,
            notes: Array(repeating: note, count: 1000), suggestion: huge)
        return (diagnostic, sources)
    }

    @Test(arguments: DiagnosticFormatter.Style.allCases)
    func oneDiagnosticStaysUnderItsByteCapWhateverItHolds(_ style: DiagnosticFormatter.Style) throws {
        let (diagnostic, sources) = Self.worstCase()
        let out = DiagnosticFormatter(style: style, sources: sources).format(diagnostic)
        #expect(out.utf8.count <= DiagnosticLimits.default.maxBytesPerDiagnostic)
        if style != .github {  // the GitHub style prints no notes
            #expect(out.contains("… and 990 more notes not shown"))
        }
        if style == .json {
            #expect(try JSONSerialization.jsonObject(with: Data(out.utf8)) is [String: Any])
        }
    }

    @Test func aSmallByteCapDropsNotesFirst() {
        let notes = (1...10).map { Diagnostic.Note("note number \($0) with some words", at: Self.at("spec.yaml", 1)) }
        let diagnostic = Diagnostic.error("spec.x", "the message", at: Self.at("spec.yaml", 1), notes: notes)
        var limits = DiagnosticLimits()
        limits.maxBytesPerDiagnostic = 300
        let out = DiagnosticFormatter(style: .text, limits: limits).format(diagnostic)
        #expect(out.utf8.count <= 300)
        #expect(out.hasPrefix("spec.yaml:1:1: error: the message\n"))
        let kept = out.components(separatedBy: "note: note number").count - 1
        #expect(kept < 10)
        #expect(out.contains("… and \(10 - kept) more notes not shown"))
    }

    @Test func quotedValuesAreShortenedAndTheMessageKeepsItsEnd() {
        let value = String(repeating: "q", count: 5000)
        let diagnostic = Diagnostic.error(
            "spec.unknown-colormap", "unknown colormap '\(value)'", at: nil,
            suggestion: "viridis")
        let out = DiagnosticFormatter(style: .text).format(diagnostic)
        #expect(
            out == "plotspec: error: unknown colormap '\(String(repeating: "q", count: 63))…' "
                + "(did you mean 'viridis'?)\n")
    }

    @Test func anApostropheInsideAWordOpensNoQuote() {
        // The catalogue's own words ("a line's legend") must not turn the rest of the message into a
        // quoted run that is then cut short.
        let tail =
            "a line's legend has no point to fill it from (placeholders work in text annotations and marker legends)"
        let diagnostic = Diagnostic.error(
            "spec.x", "placeholder '{batch_size}' would be printed literally: " + tail, at: nil)
        let out = DiagnosticFormatter(style: .text).format(diagnostic)
        #expect(out.hasSuffix(tail + "\n"))
    }

    @Test func anUnquotedFloodIsCutInTheMiddle() {
        // A stray apostrophe in the value moves the long run outside the quotes; the message cap holds.
        let diagnostic = Diagnostic.error("spec.x", "bad 'it's \(Self.huge)' here", at: nil)
        let out = DiagnosticFormatter(style: .text).format(diagnostic)
        #expect(SafeText.columns(of: out.dropLast()) <= "plotspec: error: ".count + 400)
        #expect(out.hasSuffix("' here\n"))
    }

    @Test func aLongFileNameIsCutInTheMiddle() {
        let path = String(repeating: "d/", count: 500) + "spec.yaml"
        let out = DiagnosticFormatter(style: .text).format(.error("spec.x", "m", at: Self.at(path, 3)))
        #expect(out.hasSuffix("spec.yaml:3:1: error: m\n"))
        #expect(out.count < 260)
    }

    @Test func boundedKeepsTheFirstDiagnosticsOfEachFileAndCountsTheRest() {
        var bag = DiagnosticBag()
        for line in 1...120 { bag.append(.error("spec.x", "e\(line)", at: Self.at("a.yaml", line))) }
        for line in 1...5 { bag.append(.warning("spec.w", "w\(line)", at: Self.at("a.yaml", 200 + line))) }
        for line in 1...3 { bag.append(.error("spec.x", "b\(line)", at: Self.at("b.yaml", line))) }
        let shown = bag.bounded(perFile: 50)
        #expect(shown.count == 50 + 3 + 1)
        #expect(shown.filter { $0.location?.file == "a.yaml" }.map(\.message) == (1...50).map { "e\($0)" })
        #expect(shown.filter { $0.location?.file == "b.yaml" }.count == 3)
        #expect(shown.last == Messages.Reporting.notShown(errors: 70, warnings: 5, file: "a.yaml"))
        #expect(shown.last?.message == "… and 70 more errors and 5 warnings in a.yaml not shown")
    }

    @Test func boundedChangesNothingUnderTheLimit() {
        var bag = DiagnosticBag()
        for line in [3, 1, 2] { bag.append(.error("spec.x", "e\(line)", at: Self.at("spec.yaml", line))) }
        #expect(bag.bounded() == bag.sorted)
    }

    @Test func notShownWording() {
        #expect(
            Messages.Reporting.notShown(errors: 1, warnings: 0, file: "s.yaml").message
                == "… and 1 more error in s.yaml not shown")
        #expect(
            Messages.Reporting.notShown(errors: 0, warnings: 2, file: nil).message
                == "… and 2 more warnings not shown")
    }
}
