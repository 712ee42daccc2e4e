import ArgumentParser
import PlotDiagnostics
import PlotSpecKit

/// `plotspec validate`: load, decode and type-check specs without rendering.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check specs for errors without rendering (exit 1 if any spec has an error).",
        discussion: "Every problem in every spec is reported, as file:line:col: error: message.")

    @Argument(help: "Spec files to check.")
    var specs: [String]

    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        let pipeline = Pipeline()
        let printer = DiagnosticPrinter(options: diagnostics, sources: pipeline.sources)
        var failed = 0
        for path in specs {
            do {
                _ = try pipeline.decode(path: path)
            } catch {
                printer.print(error.diagnostics)
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
