import ArgumentParser
import Foundation
import PlotDiagnostics
import PlotSpecKit

/// `plotspec render`: render specs to PNG, SVG or PDF (by the output file's extension).
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render each spec to the file its 'figure.output' names (PNG, SVG or PDF).",
        discussion: """
            Output paths are relative to the spec's folder and must stay inside the current directory \
            unless --allow-outside is given (with --output-dir, only the output's file name is used). \
            Good specs are rendered even when others fail; the exit status is 1 if any spec failed, and a \
            failing run ends with a summary such as '2 errors in 1 of 5 specs' on standard error. Files are \
            replaced atomically. Specs are rendered in parallel (--jobs); output comes in argument order \
            and the files are the same as a serial run's. See docs/ci.md for the json and github formats.

            With --check, a PNG passes when its pixels are within --tolerance of the new render: the RMS \
            difference over all pixels and colour channels (0-255 levels, as matplotlib's compare_images \
            and pytest-mpl compute it) is at most the tolerance, and no 8x8 block differs by an RMS of more \
            than 24 times it. So another machine's Cairo or FreeType passes while a changed title, colormap \
            or annotation fails. A different pixel size always fails. SVG and PDF are compared byte for \
            byte. --exact compares every format byte for byte.

            With --watch, every spec is rendered once and then again whenever it, or a file it extends, is \
            saved (one line per render, or the diagnostics), until Ctrl-C, which exits with status 0.
            """)

    @Argument(help: "Spec files to render.")
    var specs: [String]

    @OptionGroup var output: OutputArguments

    @Flag(help: "Render in memory and fail if any committed figure differs from what its spec renders now.")
    var check = false

    @Option(
        help: ArgumentHelp(
            "With --check: largest RMS pixel difference accepted for PNG (0-255 levels, default 2; 0 = same pixels).",
            valueName: "rms"))
    var tolerance: Double?

    @Flag(help: "With --check: compare files byte for byte instead of decoded pixels.")
    var exact = false

    @Option(
        name: .customLong("artifacts"),
        help: ArgumentHelp(
            "With --check: write NAME.actual/.expected/.diff.png of each failing figure into this folder.",
            valueName: "dir"))
    var artifactsDirectory: String?

    @OptionGroup var diagnostics: DiagnosticOptions
    @OptionGroup var parallel: ParallelOptions

    @Flag(help: "Print the seconds each phase took, per figure, to standard error.")
    var timings = false

    @Flag(help: "Keep running: re-render a spec whenever it or a file it extends is saved (Ctrl-C stops).")
    var watch = false

    func validate() throws {
        if !check, tolerance != nil || exact || artifactsDirectory != nil {
            throw ValidationError("--tolerance, --exact and --artifacts only apply with --check")
        }
        if let tolerance, !(tolerance.isFinite && tolerance >= 0) {
            throw ValidationError("--tolerance must be a number of 0 or more, not '\(tolerance)'")
        }
        if exact, tolerance != nil { throw ValidationError("--exact and --tolerance cannot be combined") }
        if watch, check { throw ValidationError("--watch and --check cannot be combined") }
        if watch, diagnostics.style == .json {
            throw ValidationError("--watch prints each render as it happens; use --format text or github")
        }
    }

    func run() throws {
        if watch {
            let settings = Settings(output: output.options, timings: timings, check: nil)
            RenderWatch(specs: specs, settings: settings, jobs: parallel.jobs, diagnostics: diagnostics).run()
            return
        }
        let reporter = RunReporter(options: diagnostics, command: check ? "render --check" : "render")
        let paths = specs
        let settings = Settings(
            output: output.options, timings: timings,
            check: check
                ? CheckOptions(
                    tolerance: tolerance ?? CheckOptions.defaultTolerance, exact: exact,
                    artifactsDirectory: artifactsDirectory) : nil)
        var run = RunOrder()
        OrderedWork.run(
            count: paths.count, jobs: parallel.jobs, work: { Self.render(paths[$0], settings) },
            report: { _, result in
                var result = result
                run.settle(&result)
                result.commit()
                reporter.report(result)
            })
        if reporter.finish() { throw ExitCode(1) }
    }

    /// The options one spec's rendering depends on, as a value the workers can share.
    struct Settings: Sendable {
        var output: OutputOptions
        var timings: Bool
        /// How committed figures are compared, with `--check`; nil to write figures.
        var check: CheckOptions?
    }

    /// Everything `render` does for one spec that needs no other spec: the checks `validate` makes, then
    /// layout and encoding. Claiming the output file and writing it happen in argument order (`RunOrder`,
    /// `SpecResult.commit`).
    static func render(_ path: String, _ settings: Settings) -> SpecResult {
        let pipeline = Pipeline()
        var result = SpecResult(path: path, sources: pipeline.sources)
        let timer = settings.timings ? PhaseTimer() : nil
        let outcome = pipeline.checkAlone(path: path, options: settings.output, timer: timer)
        result.target = outcome.target
        result.output = outcome.target?.path
        result.diagnostics += outcome.errors
        if let checked = outcome.checked {
            do {
                let bytes = try pipeline.figureBytes(checked, timer: timer)
                result.timings = timer?.summary(path)
                if let options = settings.check {
                    let verdict = try FigureCheck.verify(bytes, for: checked, spec: path, options: options)
                    result.lines.append("up to date: \(checked.output.path)\(verdict.summary)")
                } else {
                    result.pendingWrite = SpecResult.PendingWrite(bytes: bytes, target: checked.output)
                }
            } catch {
                result.diagnostics += error.diagnostics
            }
        }
        result.diagnostics += pipeline.warnings
        return result
    }
}
