import Foundation
import PlotDiagnostics

/// Prints the results of a `render` or `validate` run in argument order, in the chosen format, and ends
/// the run with its summary.
///
/// - text: diagnostics (with source lines) and timings on standard error, "wrote …" lines on standard
///   output; a failing run ends with one summary line on standard error ("2 errors in 1 of 5 specs").
/// - github: workflow commands and "wrote …" lines on standard output (the Actions log shows both), the
///   same summary line on standard error.
/// - json: nothing until the end, then one JSON document on standard output (`JSONRunReport`).
final class RunReporter {
    let style: DiagnosticFormatter.Style
    let command: String
    private let useColor: Bool
    private var results: [SpecResult] = []

    /// `command` names the run in the JSON document: "validate", "render" or "render --check".
    init(options: DiagnosticOptions, command: String) {
        style = options.style
        self.command = command
        useColor = DiagnosticPrinter.wantsColor(style: options.style, noColor: options.noColor)
    }

    var failedCount: Int { results.count(where: \.failed) }

    /// Prints one spec's result (text and github immediately; json keeps it for the document).
    func report(_ result: SpecResult) {
        // Only the counts and JSON fields are kept; the figure bytes and source registry can go.
        var kept = result
        kept.pendingWrite = nil
        results.append(kept)
        guard style != .json else { return }
        let formatter = DiagnosticFormatter(style: style, useColor: useColor, sources: result.sources)
        var bag = DiagnosticBag()
        bag.append(contentsOf: result.diagnostics)
        let diagnostics = bag.bounded().map { formatter.format($0) }.joined()
        let lines = result.lines.map { $0 + "\n" }.joined()
        if style == .text {
            write(diagnostics + (result.timings ?? ""), to: .standardError)
            write(lines, to: .standardOutput)
        } else {
            write(diagnostics + lines, to: .standardOutput)
            write(result.timings ?? "", to: .standardError)
        }
    }

    /// Ends the run: the JSON document, or the summary line of a failing run. Returns whether any spec
    /// failed.
    func finish() -> Bool {
        let failed = failedCount
        switch style {
        case .json:
            write(JSONRunReport.document(command: command, results: results), to: .standardOutput)
        case .text, .github:
            if failed > 0 { write(RunSummary(results).line + "\n", to: .standardError) }
        }
        return failed > 0
    }

    private func write(_ text: String, to handle: FileHandle) {
        guard !text.isEmpty else { return }
        handle.write(Data(text.utf8))
    }
}

/// The counts a run ends with.
struct RunSummary {
    var specs: Int
    var failed: Int
    var errors: Int
    var warnings: Int

    init(_ results: [SpecResult]) {
        specs = results.count
        failed = results.count(where: \.failed)
        errors = results.reduce(0) { $0 + $1.errorCount }
        warnings = results.reduce(0) { $0 + $1.warningCount }
    }

    /// "2 errors in 1 of 5 specs", then "; 3 warnings" when there are any.
    var line: String {
        var text = "\(Self.counted(errors, "error")) in \(failed) of \(Self.counted(specs, "spec"))"
        if warnings > 0 { text += "; \(Self.counted(warnings, "warning"))" }
        return text
    }

    static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
