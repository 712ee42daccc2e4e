import ArgumentParser
import Foundation
import PlotDiagnostics

/// Options shared by commands that print diagnostics.
struct DiagnosticOptions: ParsableArguments {
    @Option(name: .customLong("format"), help: "How diagnostics are printed: text, json or github.")
    var style: DiagnosticFormatter.Style = .text

    @Flag(name: .customLong("no-color"), help: "Never colour diagnostics (NO_COLOR is honoured too).")
    var noColor = false
}

extension DiagnosticFormatter.Style: ExpressibleByArgument {}

/// Prints diagnostics to standard error (the github and json styles go to standard output, where CI
/// tools read them).
struct DiagnosticPrinter {
    let formatter: DiagnosticFormatter

    init(style: DiagnosticFormatter.Style = .text, noColor: Bool = false, sources: SourceRegistry) {
        let environment = ProcessInfo.processInfo.environment
        let color = style == .text && !noColor && environment["NO_COLOR"] == nil && isatty(STDERR_FILENO) == 1
        formatter = DiagnosticFormatter(style: style, useColor: color, sources: sources)
    }

    init(options: DiagnosticOptions, sources: SourceRegistry) {
        self.init(style: options.style, noColor: options.noColor, sources: sources)
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
