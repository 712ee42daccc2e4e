import PlotDiagnostics
import PlotSpecKit

/// What a run decides across specs, in argument order, whatever order the specs were processed in: which
/// spec claims an output file first (`OutputClaims`), and which spec reports a problem in a shared file
/// (`SharedDiagnosticFilter`). Both depend on earlier specs only, so a parallel run prints the same bytes
/// as a serial one.
struct RunOrder {
    private var claims = OutputClaims()
    private var shared = SharedDiagnosticFilter()
    /// The spec files settled so far, so a note pointing at an earlier spec can quote its line.
    private var earlierSpecs = SourceRegistry()

    /// Claims the result's output file (a second spec writing it gets an error and writes nothing) and
    /// drops problems in shared files that an earlier spec already reported (they still fail this spec).
    mutating func settle(_ result: inout SpecResult) {
        if let target = result.target, let duplicate = claims.claim(target, by: result.path) {
            result.diagnostics.append(duplicate)
            result.pendingWrite = nil
            result.lines.removeAll()
            for case let file? in duplicate.notes.compactMap({ $0.span.flatMap { earlierSpecs.file($0.start.file) } }) {
                result.sources.register(file)
            }
        }
        if let own = result.sources.file(result.path) { earlierSpecs.register(own) }
        let errors = result.errorCount
        result.diagnostics = shared.firstReports(result.diagnostics, ofSpec: result.path)
        result.repeatedErrors += errors - result.errorCount
    }

    /// Claims `target` for a spec that has no result in this run: in a `render --watch` round, a spec that
    /// was not re-rendered keeps the file it wrote, so a re-rendered spec later in argument order cannot
    /// take it over (as in a full run).
    mutating func reserve(_ target: OutputTarget, by path: String) {
        _ = claims.claim(target, by: path)
    }
}
