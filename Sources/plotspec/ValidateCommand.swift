import ArgumentParser
import PlotDiagnostics
import PlotSpecKit

/// `plotspec validate`: every check `render` makes (decode, evaluation, output paths), without rendering.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check specs for errors without rendering (exit 1 if any spec has an error).",
        discussion: """
            Every problem in every spec is reported, as file:line:col: error: message. Runs every check \
            'render' runs short of drawing and writing (scores finite everywhere, output paths as render \
            would resolve them with the same --output-dir and --allow-outside), so a spec that validates renders.
            """)

    @Argument(help: "Spec files to check.")
    var specs: [String]

    @OptionGroup var diagnostics: DiagnosticOptions

    @OptionGroup var output: OutputArguments

    func run() throws {
        let pipeline = Pipeline()
        let printer = DiagnosticPrinter(options: diagnostics, sources: pipeline.sources)
        var failed = 0
        var claims = OutputClaims(), shared = SharedDiagnosticFilter()
        for path in specs {
            do {
                _ = try pipeline.check(path: path, options: output.options, claims: &claims)
            } catch {
                printer.print(shared.firstReports(error.diagnostics, ofSpec: path))
                failed += 1
            }
        }
        printer.print(pipeline.warnings)
        if failed > 0 { throw ExitCode(1) }
        if diagnostics.style == .text {
            print("\(specs.count) spec\(specs.count == 1 ? "" : "s") valid")
        }
    }
}
