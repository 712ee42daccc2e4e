import Foundation
import PlotDiagnostics
import Testing

/// The formatter's machine-readable styles, checked against their consumers' rules.
@Suite struct DiagnosticFormatTests {
    static let awkward = Diagnostic.error(
        "spec.test", "50% done\r\nnext: a,b \"quoted\"\ttab \u{1}",
        at: SourceSpan(
            start: SourceLocation(file: "dir,x:y%z/spec.yaml", line: 3, column: 7), length: 4),
        notes: [.init("see: here", at: SourceSpan(start: SourceLocation(file: "b.yaml", line: 1, column: 1)))],
        suggestion: "x,y")

    @Test func githubEscapesDataAndProperties() {
        let line = DiagnosticFormatter(style: .github).format(Self.awkward)
        #expect(
            line == "::error file=dir%2Cx%3Ay%25z/spec.yaml,line=3,col=7,title=plotspec spec.test::"
                + "50%25 done\\r\\nnext: a,b \"quoted\"\\ttab \\x01 (did you mean 'x,y'?)%0Ab.yaml:1:1: note: see: here\n"
        )
    }

    @Test func githubWithoutLocationHasOnlyATitle() {
        let line = DiagnosticFormatter(style: .github).format(.error("output.write", "cannot write", at: nil))
        #expect(line == "::error title=plotspec output.write::cannot write\n")
    }

    @Test func jsonIsOneParseableObject() throws {
        let text = DiagnosticFormatter(style: .json).format(Self.awkward)
        #expect(text.hasSuffix("\n"))
        #expect(text.dropLast().split(separator: "\n", omittingEmptySubsequences: false).count == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["message"] as? String == SafeText.escaped(Self.awkward.message))
        #expect(object["file"] as? String == "dir,x:y%z/spec.yaml")
        #expect(object["line"] as? Int == 3 && object["column"] as? Int == 7)
        #expect(object["end_line"] as? Int == 3 && object["end_column"] as? Int == 11)
        #expect(object["suggestion"] as? String == "x,y")
        let notes = try #require(object["notes"] as? [[String: Any]])
        #expect(notes.first?["message"] as? String == "see: here")
    }

    @Test(arguments: [true, false])
    func textIsColouredOnlyWhenAsked(_ useColor: Bool) {
        let text = DiagnosticFormatter(style: .text, useColor: useColor).format(Self.awkward)
        #expect(text.contains("\u{1B}[") == useColor)
    }

    @Test(arguments: [DiagnosticFormatter.Style.json, .github])
    func machineStylesNeverColour(_ style: DiagnosticFormatter.Style) {
        #expect(!DiagnosticFormatter(style: style, useColor: true).format(Self.awkward).contains("\u{1B}["))
    }
}
