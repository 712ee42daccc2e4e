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

/// What `Pipeline.checkAlone` found about one spec: the checked spec when everything passed, and the
/// output target whenever it could be resolved, so a run can still claim it (see `OutputClaims`).
public struct SpecCheckOutcome: Sendable {
    public var checked: CheckedSpec?
    public var target: OutputTarget?
    /// Errors from decoding, the output target and evaluation (warnings stay in `Pipeline.warnings`).
    public var errors: [Diagnostic]
}

extension Pipeline {
    /// Runs everything `render` runs before layout, for `validate` and `render` alike so the two cannot
    /// drift: decode, the output policy and file-system checks, the run's duplicate-output check (claims
    /// are made in call order), and evaluation. Problems with the output and with evaluation are
    /// reported together; decoding errors stop before either.
    public func check(path: String, options: OutputOptions, claims: inout OutputClaims, timer: PhaseTimer? = nil)
        throws(DiagnosticError) -> CheckedSpec
    {
        var outcome = checkAlone(path: path, options: options, timer: timer)
        if let target = outcome.target, let duplicate = claims.claim(target, by: path) {
            outcome.errors.append(duplicate)
        }
        guard outcome.errors.isEmpty, let checked = outcome.checked else { throw DiagnosticError(outcome.errors) }
        return checked
    }

    /// Every check of `check` that needs no other spec of the run (all but the duplicate-output claim),
    /// so specs can be checked in parallel and claimed afterwards, in argument order.
    public func checkAlone(path: String, options: OutputOptions, timer: PhaseTimer? = nil) -> SpecCheckOutcome {
        let spec: FigureSpec
        // Data files are read under the same policy as outputs are written.
        dataPolicy = DataReadPolicy(allowOutside: options.allowOutside, workingDirectory: options.workingDirectory)
        do {
            spec = try decode(path: path)
        } catch {
            return SpecCheckOutcome(checked: nil, target: nil, errors: error.diagnostics)
        }
        timer?.lap("decode")
        var problems: [Diagnostic] = []
        var target: OutputTarget?
        do {
            target = try outputTarget(for: spec, options: options)
        } catch {
            problems += error.diagnostics
        }
        var table: SampleTable?
        do {
            table = try evaluate(spec)
        } catch {
            problems += error.diagnostics
        }
        timer?.lap("evaluate")
        guard problems.isEmpty, let target, let table else {
            return SpecCheckOutcome(checked: nil, target: target, errors: problems)
        }
        return SpecCheckOutcome(
            checked: CheckedSpec(spec: spec, table: table, output: target), target: target, errors: [])
    }
}
