/// How bad a diagnostic is. Errors stop the pipeline; warnings are printed and the run goes on.
public enum Severity: String, Sendable, Hashable, Comparable {
    case error
    case warning
    case note

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .note: 2
        }
    }
}

/// One problem found in a spec, as a value: what, where, and how to fix it.
///
/// Diagnostics are created through the message catalogue (`Messages`), never from ad-hoc strings, so the
/// wording of a given problem is the same wherever it is detected and tests can compare against it.
public struct Diagnostic: Hashable, Sendable {
    public var severity: Severity
    /// A stable, dotted identifier such as `spec.unknown-key`; safe for tools and tests to match on.
    public var code: String
    public var message: String
    /// Where the problem is; `nil` only for problems with no source (a missing file, a bad argument).
    public var span: SourceSpan?
    /// Extra located remarks, e.g. "first defined here".
    public var notes: [Note]
    /// A replacement the user most likely meant (the "did you mean" text), if any.
    public var suggestion: String?

    public init(
        _ severity: Severity, code: String, message: String, at span: SourceSpan?,
        notes: [Note] = [], suggestion: String? = nil
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.span = span
        self.notes = notes
        self.suggestion = suggestion
    }

    public var location: SourceLocation? { span?.start }
    public var isError: Bool { severity == .error }

    /// A located remark attached to a diagnostic.
    public struct Note: Hashable, Sendable {
        public var message: String
        public var span: SourceSpan?

        public init(_ message: String, at span: SourceSpan?) {
            self.message = message
            self.span = span
        }
    }
}

extension Diagnostic {
    /// Shorthand for an error from the catalogue.
    public static func error(
        _ code: String, _ message: String, at span: SourceSpan?,
        notes: [Note] = [], suggestion: String? = nil
    ) -> Diagnostic {
        Diagnostic(.error, code: code, message: message, at: span, notes: notes, suggestion: suggestion)
    }

    /// Shorthand for a warning from the catalogue.
    public static func warning(
        _ code: String, _ message: String, at span: SourceSpan?,
        notes: [Note] = [], suggestion: String? = nil
    ) -> Diagnostic {
        Diagnostic(.warning, code: code, message: message, at: span, notes: notes, suggestion: suggestion)
    }
}
