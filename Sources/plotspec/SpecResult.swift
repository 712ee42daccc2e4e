import PlotDiagnostics
import PlotSpecKit

/// Everything processing one spec produced, kept until it is its turn to be printed.
///
/// `render` and `validate` process specs in parallel but report them in argument order, so a spec's work
/// is one function returning this value (no printing on the way): the reporter then prints the results one
/// by one, and the output is the same bytes however many jobs ran.
struct SpecResult: Sendable {
    /// The spec path as given on the command line.
    var path: String
    /// The files this spec's diagnostics may quote (the spec and what it extends).
    var sources: SourceRegistry
    /// The figure file the spec writes or is checked against, once known.
    var output: String?
    /// The same file as resolved by the output checks, for the run's duplicate-output claim.
    var target: OutputTarget?
    /// Errors this spec hit in a shared file that an earlier spec of the run already printed.
    var repeatedErrors = 0
    /// Lines for standard output, without newlines ("wrote figures/a.png").
    var lines: [String] = []
    /// Errors and warnings, in the order they were found (the reporter sorts them).
    var diagnostics: [Diagnostic] = []
    /// Extra text for standard error after the diagnostics (`--timings`).
    var timings: String?
    /// A figure that is written only when the result is reported (see `commit`).
    var pendingWrite: PendingWrite?

    init(path: String, sources: SourceRegistry) {
        self.path = path
        self.sources = sources
    }

    /// Whether the spec failed: any error fails it, including one printed for an earlier spec (warnings
    /// do not).
    var failed: Bool { repeatedErrors > 0 || diagnostics.contains(where: \.isError) }
    var errorCount: Int { diagnostics.count(where: \.isError) }
    var warningCount: Int { diagnostics.count { $0.severity == .warning } }

    /// Bytes for `target`, written in argument order, after the run has checked that no earlier spec
    /// claimed the same file (`RunOrder`), so files appear in the order a serial run writes them.
    struct PendingWrite: Sendable {
        var bytes: [UInt8]
        var target: OutputTarget
    }

    /// Performs the pending write, turning its outcome into a "wrote" line or an error.
    mutating func commit() {
        guard let write = pendingWrite else { return }
        pendingWrite = nil
        do {
            try OutputWriter.write(write.bytes, to: write.target)
            lines.append("wrote \(write.target.path)")
        } catch {
            diagnostics += error.diagnostics
        }
    }
}
