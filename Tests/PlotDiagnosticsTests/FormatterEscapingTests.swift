import Foundation
import Testing

@testable import PlotDiagnostics

/// No character of the input reaches the output raw, in any style: messages, quoted values, file names
/// and source lines are all escaped.
@Suite struct FormatterEscapingTests {
    static let file = "spec.yaml"

    /// A diagnostic about a key holding `scalar`, in a file whose line holds it too.
    static func setting(_ scalar: Unicode.Scalar, inPath: Bool = false)
        -> (DiagnosticFormatter.Style) -> String
    {
        let bad = "ti\(scalar)tle"
        let path = inPath ? "dir\(scalar)/spec.yaml" : file
        let sources = SourceRegistry()
        sources.register(SourceFile(path: path, text: "plot:\n  \(bad): \"x\(scalar)y\"\n"))
        let diagnostic = Diagnostic.error(
            "spec.unknown-key", "unknown key '\(bad)'",
            at: SourceSpan(start: SourceLocation(file: path, line: 2, column: 3), length: bad.unicodeScalars.count),
            notes: [
                .init(
                    "the value is 'x\(scalar)y'", at: SourceSpan(start: SourceLocation(file: path, line: 2, column: 13))
                )
            ],
            suggestion: "ti\(scalar)t")
        return { DiagnosticFormatter(style: $0, sources: sources).format(diagnostic) }
    }

    /// Every scalar of `output` prints as itself, apart from the line breaks that end printed lines.
    static func isSafe(_ output: String) -> Bool {
        output.unicodeScalars.allSatisfy { $0 == "\n" || SafeText.escape(for: $0) == nil }
    }

    @Test(arguments: SafeTextTests.unsafe.map { ($0.scalar, $0.escape) })
    func textStyleEscapesMessageNoteSuggestionAndSourceLine(_ scalar: Unicode.Scalar, _ escape: String) {
        let out = Self.setting(scalar)(.text)
        #expect(Self.isSafe(out))
        #expect(out.hasPrefix("spec.yaml:2:3: error: unknown key 'ti\(escape)tle' (did you mean 'ti\(escape)t'?)\n"))
        // A line feed ends the source line, so only the other characters can be inside one.
        #expect(
            scalar == "\n"
                || out.contains(
                    " 2 |   ti\(escape)tle: \"x\(escape)y\"\n   |   ^\(String(repeating: "~", count: 4 + escape.count))\n"
                ))
        #expect(out.contains("note: the value is 'x\(escape)y'\n"))
    }

    @Test(arguments: SafeTextTests.unsafe.map { ($0.scalar, $0.escape) })
    func jsonStyleCarriesTheEscapedTextAsValidJSON(_ scalar: Unicode.Scalar, _ escape: String) throws {
        let out = Self.setting(scalar, inPath: true)(.json)
        #expect(Self.isSafe(out))
        #expect(out.dropLast().contains("\n") == false)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        #expect(object["message"] as? String == "unknown key 'ti\(escape)tle'")
        #expect(object["file"] as? String == "dir\(escape)/spec.yaml")
        #expect(object["suggestion"] as? String == "ti\(escape)t")
        let notes = try #require(object["notes"] as? [[String: Any]])
        #expect(notes.first?["message"] as? String == "the value is 'x\(escape)y'")
    }

    @Test(arguments: SafeTextTests.unsafe.map { ($0.scalar, $0.escape) })
    func githubStyleIsOneSafeWorkflowCommand(_ scalar: Unicode.Scalar, _ escape: String) {
        let out = Self.setting(scalar, inPath: true)(.github)
        #expect(Self.isSafe(out))
        #expect(out.dropLast().contains("\n") == false)
        #expect(out.hasPrefix("::error file=dir\(escape)/spec.yaml,line=2,col=3,"))
        #expect(out.contains("::unknown key 'ti\(escape)tle' (did you mean 'ti\(escape)t'?)%0A"))
        // Notes travel in the same command, after an escaped line break, escaped like the message.
        #expect(out.hasSuffix("%0Adir\(escape)/spec.yaml:2:13: note: the value is 'x\(escape)y'\n"))
    }

    @Test func githubStillPercentEncodesItsOwnSpecialCharacters() {
        let diagnostic = Diagnostic.error(
            "spec.x", "100% of 'a,b'",
            at: SourceSpan(
                start: SourceLocation(file: "a,b:c%.yaml", line: 1, column: 1)))
        #expect(
            DiagnosticFormatter(style: .github).format(diagnostic)
                == "::error file=a%2Cb%3Ac%25.yaml,line=1,col=1,title=plotspec spec.x::100%25 of 'a,b'\n")
    }

    @Test func colourCodesAreOursOnly() {
        let diagnostic = Diagnostic.error("spec.x", "bad '\u{1B}[2J'", at: nil)
        let out = DiagnosticFormatter(style: .text, useColor: true).format(diagnostic)
        #expect(out.contains("bad '\\x1b[2J'"))
        #expect(!out.contains("\u{1B}[2J"))
    }
}
