/// One diagnostic as a JSON object: the shape `--format json` documents in `docs/ci.md`.
///
/// Every key is always present (absent values are `null`, absent notes `[]`), so a consumer can read
/// fields without checking for them. Positions are 1-based; a span covers one line, so `end_line` equals
/// `line` and `end_column` is the column just after the last underlined character (exclusive, as in SARIF
/// and LSP).
public enum DiagnosticJSON {
    /// How text from input is shown: `DiagnosticFormatter` passes its escaping and shortening (`SafeText`),
    /// so JSON carries the same safe text as the other styles.
    public struct Display: Sendable {
        public var message: @Sendable (String) -> String
        public var path: @Sendable (String) -> String
        public var suggestion: @Sendable (String) -> String

        public init(
            message: @escaping @Sendable (String) -> String, path: @escaping @Sendable (String) -> String,
            suggestion: @escaping @Sendable (String) -> String
        ) {
            (self.message, self.path, self.suggestion) = (message, path, suggestion)
        }

        /// Text as it is, for callers that escape it themselves.
        public static let raw = Display(message: { $0 }, path: { $0 }, suggestion: { $0 })
    }

    /// `leading` fields (already JSON-encoded values) come first, e.g. the spec that reported it.
    public static func object(
        _ diagnostic: Diagnostic, leading: [(key: String, value: String)] = [],
        display: Display = .raw
    ) -> String {
        var fields = leading
        fields += [
            ("severity", JSONText.quote(diagnostic.severity.rawValue)),
            ("code", JSONText.quote(diagnostic.code)),
            ("message", JSONText.quote(display.message(diagnostic.message)))
        ]
        fields += positionFields(diagnostic.span, display: display)
        let notes = diagnostic.notes.map { note in
            encode(
                [("message", JSONText.quote(display.message(note.message)))]
                    + positionFields(note.span, display: display))
        }
        fields.append(("notes", "[" + notes.joined(separator: ",") + "]"))
        fields.append(("suggestion", diagnostic.suggestion.map { JSONText.quote(display.suggestion($0)) } ?? "null"))
        return encode(fields)
    }

    private static func positionFields(_ span: SourceSpan?, display: Display) -> [(key: String, value: String)] {
        guard let span else {
            return ["file", "line", "column", "end_line", "end_column"].map { ($0, "null") }
        }
        return [
            ("file", JSONText.quote(display.path(span.start.file))),
            ("line", String(span.start.line)),
            ("column", String(span.start.column)),
            ("end_line", String(span.start.line)),
            ("end_column", String(span.start.column + span.length))
        ]
    }

    /// `{"key":value,…}` in the given order (stable output diffs better than a dictionary's order).
    public static func encode(_ fields: [(key: String, value: String)]) -> String {
        "{" + fields.map { JSONText.quote($0.key) + ":" + $0.value }.joined(separator: ",") + "}"
    }
}
