import PlotDiagnostics

extension FigureCheck {
    /// `verify` for a checked spec's own output, with every finding placed at the spec's `output:` node:
    /// the committed file a stale or missing figure names is the one that line declares, so CI annotations
    /// (`--format github`) land on it like any other error.
    @discardableResult
    public static func verify(
        _ bytes: [UInt8], for checked: CheckedSpec, spec: String, options: CheckOptions = CheckOptions()
    ) throws(DiagnosticError) -> CheckResult {
        do {
            return try verify(bytes, against: checked.output.path, spec: spec, options: options)
        } catch {
            let span = checked.spec.figure.outputSpan
            throw DiagnosticError(
                error.diagnostics.map { diagnostic in
                    var located = diagnostic
                    if located.span == nil { located.span = span }
                    return located
                })
        }
    }
}
