import ArgumentParser
import Foundation
import PlotDiagnostics
import PlotRender
import PlotSpecKit

/// `plotspec render`: render specs to PNG, SVG or PDF (by the output file's extension).
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render each spec to the file its 'figure.output' names (PNG, SVG or PDF).",
        discussion: """
            Output paths are relative to the spec's folder and must stay inside the current directory \
            unless --allow-outside is given (with --output-dir, only the output's file name is used). \
            Good specs are rendered even when others fail; the exit status is 1 if any spec failed. Files are replaced atomically.
            """)

    @Argument(help: "Spec files to render.")
    var specs: [String]

    @OptionGroup var output: OutputArguments

    @Flag(help: "Render in memory and fail if any committed figure differs from what its spec renders now.")
    var check = false

    @Flag(name: .customLong("no-color"), help: "Never colour diagnostics.")
    var noColor = false

    @Flag(help: "Print the seconds each phase took, per figure, to standard error.")
    var timings = false

    func run() throws {
        let pipeline = Pipeline()
        let printer = DiagnosticPrinter(noColor: noColor, sources: pipeline.sources)
        var failed = 0
        var claims = OutputClaims(), shared = SharedDiagnosticFilter()
        for path in specs {
            do {
                let timer = timings ? PhaseTimer() : nil
                let checked = try pipeline.check(path: path, options: self.output.options, claims: &claims, timer: timer)
                let output = checked.output.path
                let bytes = try pipeline.figureBytes(checked, timer: timer)
                timer?.report(path)
                if check {
                    try FigureCheck.verify(bytes, against: output, spec: path)
                    print("up to date: \(output)")
                } else {
                    try OutputWriter.write(bytes, to: checked.output)
                    print("wrote \(output)")
                }
            } catch {
                printer.print(shared.firstReports(error.diagnostics, ofSpec: path))
                failed += 1
            }
        }
        printer.print(pipeline.warnings)
        if failed > 0 { throw ExitCode(1) }
    }
}
