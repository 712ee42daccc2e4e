import PlotDiagnostics
import PlotSampling
import PlotSpec

/// A spec that passed every check `render` makes short of laying out, rasterising and writing: decoded,
/// evaluated (every score finite), and with an output target that can be written.
///
/// Layout cannot fail on a decoded spec (it has no error paths: page size, pixel budget and every count
/// it depends on are decode-time limits), so a `CheckedSpec` renders.
public struct CheckedSpec: Sendable {
    public let spec: FigureSpec
    public let table: SampleTable
    public let output: OutputTarget
}

extension Pipeline {
    /// Runs everything `render` runs before layout, for `validate` and `render` alike so the two cannot
    /// drift: decode, the output policy and file-system checks, the run's duplicate-output check (claims
    /// are made in call order), and evaluation. Problems with the output and with evaluation are
    /// reported together; decoding errors stop before either.
    public func check(path: String, options: OutputOptions, claims: inout OutputClaims, timer: PhaseTimer? = nil)
        throws(DiagnosticError) -> CheckedSpec
    {
        let spec = try decode(path: path)
        timer?.lap("decode")
        var problems: [Diagnostic] = []
        var target: OutputTarget?
        do {
            target = try outputTarget(for: spec, options: options)
        } catch {
            problems += error.diagnostics
        }
        if let claimed = target, let duplicate = claims.claim(claimed, by: path) {
            problems.append(duplicate)
        }
        var table: SampleTable?
        do {
            table = try evaluate(spec)
        } catch {
            problems += error.diagnostics
        }
        timer?.lap("evaluate")
        guard problems.isEmpty, let target, let table else { throw DiagnosticError(problems) }
        return CheckedSpec(spec: spec, table: table, output: target)
    }
}
