import Foundation
import PlotDiagnostics
import Testing

/// The JSON object of one diagnostic: every key present, positions 1-based, the end exclusive.
@Suite struct DiagnosticJSONTests {
    static let keys: Set<String> = [
        "severity", "code", "message", "file", "line", "column", "end_line",
        "end_column", "notes", "suggestion"
    ]

    static func parse(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func locatedDiagnosticHasItsSpanAndNotes() throws {
        let span = SourceSpan(start: SourceLocation(file: "a \"b\".yaml", line: 4, column: 9), length: 5)
        let diagnostic = Diagnostic.warning(
            "spec.x", "tab\there\u{1}", at: span,
            notes: [.init("unlocated", at: nil), .init("here", at: span)],
            suggestion: "y")
        let object = try Self.parse(DiagnosticJSON.object(diagnostic, leading: [("spec", "\"s.yaml\"")]))
        #expect(Set(object.keys) == Self.keys.union(["spec"]))
        #expect(object["spec"] as? String == "s.yaml")
        #expect(object["message"] as? String == diagnostic.message)
        #expect(object["file"] as? String == span.start.file)
        #expect(object["end_column"] as? Int == 9 + 5 && object["end_line"] as? Int == 4)
        let notes = try #require(object["notes"] as? [[String: Any]])
        #expect(notes.count == 2)
        #expect(notes[0]["file"] is NSNull && notes[1]["column"] as? Int == 9)
        #expect(object["suggestion"] as? String == "y")
    }

    @Test func unlocatedDiagnosticHasNullPositions() throws {
        let object = try Self.parse(DiagnosticJSON.object(.error("input.unreadable", "cannot read", at: nil)))
        #expect(Set(object.keys) == Self.keys)
        for key in ["file", "line", "column", "end_line", "end_column", "suggestion"] {
            #expect(object[key] is NSNull, "\(key)")
        }
        #expect((object["notes"] as? [Any])?.isEmpty == true)
    }
}
