import ArgumentParser
import Foundation
import PlotDiagnostics
import PlotSpecKit

/// `plotspec validate`: load, decode and type-check specs without rendering.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check specs for errors without rendering (exit 1 if any spec has an error).",
        discussion: """
            Every problem in every spec is reported, as file:line:col: error: message. Specs are checked in \
            parallel (--jobs) and reported in argument order. A passing run prints 'N specs valid'; a \
            failing one ends with a summary such as '2 errors in 1 of 5 specs' on standard error. \
            See docs/ci.md for the json and github formats and for CI and pre-commit set-ups.
            """)

    @Argument(help: "Spec files to check.")
    var specs: [String]

    @OptionGroup var diagnostics: DiagnosticOptions
    @OptionGroup var parallel: ParallelOptions

    func run() throws {
        let reporter = RunReporter(options: diagnostics, command: "validate")
        let paths = specs
        OrderedWork.run(count: paths.count, jobs: parallel.jobs, work: { Self.validate(paths[$0]) },
                        report: { reporter.report($1) })
        if reporter.finish() { throw ExitCode(1) }
        if diagnostics.style == .text {
            print("\(RunSummary.counted(specs.count, "spec")) valid")
        }
    }

    /// Everything `validate` has to say about one spec.
    static func validate(_ path: String) -> SpecResult {
        let pipeline = Pipeline()
        var result = SpecResult(path: path, sources: pipeline.sources)
        do {
            _ = try pipeline.decode(path: path)
        } catch {
            result.diagnostics += error.diagnostics
        }
        result.diagnostics += pipeline.warnings
        return result
    }
}
