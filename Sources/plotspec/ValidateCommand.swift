import ArgumentParser
import Foundation
import PlotDiagnostics
import PlotSpecKit

/// `plotspec validate`: every check `render` makes (decode, evaluation, output paths), without rendering.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check specs for errors without rendering (exit 1 if any spec has an error).",
        discussion: """
            Every problem in every spec is reported, as file:line:col: error: message. Runs every check \
            'render' runs short of drawing and writing (scores finite everywhere, output paths as render \
            would resolve them with the same --output-dir and --allow-outside, no two specs writing one \
            file), so a spec that validates renders. Specs are checked in parallel (--jobs) and reported in \
            argument order. A passing run prints 'N specs valid'; a failing one ends with a summary such as \
            '2 errors in 1 of 5 specs' on standard error. See docs/ci.md for the json and github formats \
            and for CI and pre-commit set-ups.
            """)

    @Argument(help: "Spec files to check.")
    var specs: [String]

    @OptionGroup var diagnostics: DiagnosticOptions
    @OptionGroup var output: OutputArguments
    @OptionGroup var parallel: ParallelOptions

    func run() throws {
        let reporter = RunReporter(options: diagnostics, command: "validate")
        let paths = specs
        let options = output.options
        var run = RunOrder()
        OrderedWork.run(
            count: paths.count, jobs: parallel.jobs, work: { Self.validate(paths[$0], options) },
            report: { _, result in
                var result = result
                run.settle(&result)
                reporter.report(result)
            })
        if reporter.finish() { throw ExitCode(1) }
        if diagnostics.style == .text {
            print("\(RunSummary.counted(specs.count, "spec")) valid")
        }
    }

    /// Everything `validate` has to say about one spec on its own (claims are settled in argument order).
    static func validate(_ path: String, _ options: OutputOptions) -> SpecResult {
        let pipeline = Pipeline()
        var result = SpecResult(path: path, sources: pipeline.sources)
        let outcome = pipeline.checkAlone(path: path, options: options)
        result.target = outcome.target
        result.output = outcome.target?.path
        result.diagnostics = outcome.errors + pipeline.warnings
        return result
    }
}
