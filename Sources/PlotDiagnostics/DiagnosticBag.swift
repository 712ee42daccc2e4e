/// Collects diagnostics as a phase runs, so one run reports every problem instead of the first.
///
/// A phase appends and keeps going; the driver checks `hasErrors` before starting the next phase
/// (later phases never run on a spec an earlier phase rejected).
public struct DiagnosticBag: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public var hasErrors: Bool { diagnostics.contains { $0.isError } }
    public var errorCount: Int { diagnostics.count { $0.isError } }

    public mutating func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    public mutating func append(contentsOf other: some Sequence<Diagnostic>) {
        diagnostics.append(contentsOf: other)
    }

    /// The diagnostics in file order (line, then column), errors first at equal positions; stable otherwise.
    public var sorted: [Diagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            let l = lhs.element.location
            let r = rhs.element.location
            switch (l, r) {
            case (let l?, let r?):
                if l.file != r.file { return lhs.offset < rhs.offset }
                if l.line != r.line { return l.line < r.line }
                if l.column != r.column { return l.column < r.column }
                return lhs.offset < rhs.offset
            case (nil, _?): return true
            case (_?, nil): return false
            case (nil, nil): return lhs.offset < rhs.offset
            }
        }.map(\.element)
    }
}

/// Thrown for the truly fatal: a file that cannot be read, YAML that cannot be parsed, a Cairo failure.
/// Everything else is collected in a `DiagnosticBag`.
public struct DiagnosticError: Error, Sendable {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public init(_ diagnostic: Diagnostic) {
        self.diagnostics = [diagnostic]
    }
}
