import ArgumentParser
import Foundation
import PlotDiagnostics

/// Options shared by commands that print diagnostics.
struct DiagnosticOptions: ParsableArguments {
    @Option(
        name: .customLong("format"),
        help: ArgumentHelp(
            "How results are printed: text, json or github.",
            discussion: """
                text: file:line:col: error: message with the source line, on standard error. \
                json: one JSON document on standard output (specs, diagnostics, summary; see docs/ci.md). \
                github: GitHub Actions ::error/::warning workflow commands on standard output.
                """))
    var style: DiagnosticFormatter.Style = .text

    @Flag(name: .customLong("no-color"), help: "Never colour diagnostics (NO_COLOR is honoured too).")
    var noColor = false
}

extension DiagnosticFormatter.Style: ExpressibleByArgument {}

/// Prints diagnostics to standard error (the github and json styles go to standard output, where CI
/// tools read them). Used by the single-spec commands (`data`, `dump`); `render` and `validate` report
/// through `RunReporter`.
struct DiagnosticPrinter {
    let formatter: DiagnosticFormatter

    init(style: DiagnosticFormatter.Style = .text, noColor: Bool = false, sources: SourceRegistry) {
        formatter = DiagnosticFormatter(
            style: style, useColor: Self.wantsColor(style: style, noColor: noColor),
            sources: sources)
    }

    /// Colour only for text on a terminal, and never with `--no-color` or `NO_COLOR`.
    static func wantsColor(style: DiagnosticFormatter.Style, noColor: Bool) -> Bool {
        style == .text && !noColor && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            && isatty(STDERR_FILENO) == 1
    }

    func print(_ diagnostics: [Diagnostic]) {
        var bag = DiagnosticBag()
        bag.append(contentsOf: diagnostics)
        let text = bag.bounded().map { formatter.format($0) }.joined()
        guard !text.isEmpty else { return }
        if formatter.style == .text {
            FileHandle.standardError.write(Data(text.utf8))
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
