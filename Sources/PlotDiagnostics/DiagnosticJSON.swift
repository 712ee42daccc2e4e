/// One diagnostic as a JSON object: the shape `--format json` documents in `docs/ci.md`.
///
/// Every key is always present (absent values are `null`, absent notes `[]`), so a consumer can read
/// fields without checking for them. Positions are 1-based; a span covers one line, so `end_line` equals
/// `line` and `end_column` is the column just after the last underlined character (exclusive, as in SARIF
/// and LSP).
public enum DiagnosticJSON {
    /// `leading` fields (already JSON-encoded values) come first, e.g. the spec that reported it.
    public static func object(_ diagnostic: Diagnostic, leading: [(key: String, value: String)] = []) -> String {
        var fields = leading
        fields += [
            ("severity", JSONText.quote(diagnostic.severity.rawValue)),
            ("code", JSONText.quote(diagnostic.code)),
            ("message", JSONText.quote(diagnostic.message)),
        ]
        fields += positionFields(diagnostic.span)
        fields.append(("notes", "[" + diagnostic.notes.map(note).joined(separator: ",") + "]"))
        fields.append(("suggestion", diagnostic.suggestion.map(JSONText.quote) ?? "null"))
        return encode(fields)
    }

    private static func note(_ note: Diagnostic.Note) -> String {
        encode([("message", JSONText.quote(note.message))] + positionFields(note.span))
    }

    private static func positionFields(_ span: SourceSpan?) -> [(key: String, value: String)] {
        guard let span else {
            return ["file", "line", "column", "end_line", "end_column"].map { ($0, "null") }
        }
        return [
            ("file", JSONText.quote(span.start.file)),
            ("line", String(span.start.line)),
            ("column", String(span.start.column)),
            ("end_line", String(span.start.line)),
            ("end_column", String(span.start.column + span.length)),
        ]
    }

    /// `{"key":value,…}` in the given order (stable output diffs better than a dictionary's order).
    public static func encode(_ fields: [(key: String, value: String)]) -> String {
        "{" + fields.map { JSONText.quote($0.key) + ":" + $0.value }.joined(separator: ",") + "}"
    }
}
