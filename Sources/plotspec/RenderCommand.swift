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
            Good specs are rendered even when others fail; the exit status is 1 if any spec failed, and a \
            failing run ends with a summary such as '2 errors in 1 of 5 specs' on standard error. Files are \
            replaced atomically. Specs are rendered in parallel (--jobs); output comes in argument order \
            and the files are the same as a serial run's. See docs/ci.md for the json and github formats.
            """)

    @Argument(help: "Spec files to render.")
    var specs: [String]

    @Option(name: .customLong("output-dir"), help: "Write figures into this folder instead of the specs' output paths.")
    var outputDirectory: String?

    @Flag(name: .customLong("allow-outside"),
          help: "Let specs write figures outside the current directory (absolute paths or '..').")
    var allowOutside = false

    @Flag(help: "Render in memory and fail if any committed figure differs from what its spec renders now.")
    var check = false

    @OptionGroup var diagnostics: DiagnosticOptions
    @OptionGroup var parallel: ParallelOptions

    @Flag(help: "Print the seconds each phase took, per figure, to standard error.")
    var timings = false

    func run() throws {
        let reporter = RunReporter(options: diagnostics, command: check ? "render --check" : "render")
        let paths = specs
        let settings = Settings(outputDirectory: outputDirectory, allowOutside: allowOutside, check: check,
                                timings: timings)
        OrderedWork.run(count: paths.count, jobs: parallel.jobs, work: { Self.render(paths[$0], settings) },
                        report: { _, result in
                            var result = result
                            result.commit()
                            reporter.report(result)
                        })
        if reporter.finish() { throw ExitCode(1) }
    }

    /// The options one spec's rendering depends on, as a value the workers can share.
    struct Settings: Sendable {
        var outputDirectory: String?
        var allowOutside: Bool
        var check: Bool
        var timings: Bool
    }

    /// Everything `render` does for one spec short of writing the figure, which `SpecResult.commit` does
    /// in argument order.
    static func render(_ path: String, _ settings: Settings) -> SpecResult {
        let pipeline = Pipeline()
        var result = SpecResult(path: path, sources: pipeline.sources)
        do {
            let spec = try pipeline.decode(path: path)
            let output = try pipeline.outputPath(for: spec, outputDirectory: settings.outputDirectory,
                                                  allowOutside: settings.allowOutside)
            result.output = output
            let format = OutputFormat(pathExtension: (output as NSString).pathExtension.lowercased()) ?? .png
            let timer = settings.timings ? PhaseTimer() : nil
            let bytes = try pipeline.figureBytes(spec, format: format, timer: timer)
            result.timings = timer?.summary(path)
            if settings.check {
                try FigureCheck.verify(bytes, against: output, spec: path)
                result.lines.append("up to date: \(output)")
            } else {
                result.pendingWrite = SpecResult.PendingWrite(bytes: bytes, path: output)
            }
        } catch {
            result.diagnostics += error.diagnostics
        }
        result.diagnostics += pipeline.warnings
        return result
    }
}
