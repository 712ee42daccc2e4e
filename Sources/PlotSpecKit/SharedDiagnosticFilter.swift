import PlotDiagnostics

/// Keeps a problem inside a shared file (one that several specs `extend`) from being printed once per
/// spec: the first spec of the run to hit it reports it, with its "included from" notes; later specs
/// that include the same file do not repeat it. Feed specs in argument order and the output is
/// deterministic.
public struct SharedDiagnosticFilter: Sendable {
    private var reported: Set<Diagnostic> = []

    public init() {}

    /// `diagnostics` of the spec at `specPath`, minus those located in another file that an earlier
    /// spec of this run already reported. Diagnostics in the spec's own file always pass.
    public mutating func firstReports(_ diagnostics: [Diagnostic], ofSpec specPath: String) -> [Diagnostic] {
        diagnostics.filter { diagnostic in
            guard let file = diagnostic.location?.file, file != specPath else { return true }
            var identity = diagnostic
            identity.notes = []  // the include chain differs per spec; the problem does not
            return reported.insert(identity).inserted
        }
    }
}
