import PlotDiagnostics

/// Reading a data source failed: every problem found, as located diagnostics from `Messages.Data`.
public struct DataReadError: Error, Sendable {
    public let diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    init(_ diagnostic: Diagnostic) {
        self.diagnostics = [diagnostic]
    }
}

/// Collects a reader's errors, stopping once there are too many to be worth printing.
struct DataErrorCollector {
    static let limit = 20
    let path: String
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String) {
        self.path = path
    }

    /// False once the limit is reached: the reader should stop.
    var wantsMore: Bool { diagnostics.count < Self.limit }

    mutating func report(_ diagnostic: Diagnostic) {
        guard wantsMore else { return }
        diagnostics.append(diagnostic)
        if !wantsMore { diagnostics.append(Messages.Data.tooManyErrors(Self.limit, in: path)) }
    }

    /// Throws everything collected, if anything was.
    func throwIfAny() throws(DataReadError) {
        if !diagnostics.isEmpty { throw DataReadError(diagnostics) }
    }
}
