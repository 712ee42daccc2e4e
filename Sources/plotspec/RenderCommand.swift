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

            With --check, a PNG passes when its pixels are within --tolerance of the new render: the RMS \
            difference over all pixels and colour channels (0-255 levels, as matplotlib's compare_images \
            and pytest-mpl compute it) is at most the tolerance, and no 8x8 block differs by an RMS of more \
            than 24 times it. So another machine's Cairo or FreeType passes while a changed title, colormap \
            or annotation fails. A different pixel size always fails. SVG is compared as text, PDF byte for \
            byte. --exact compares every format byte for byte.
            """)

    @Argument(help: "Spec files to render.")
    var specs: [String]

    @OptionGroup var output: OutputArguments

    @Flag(help: "Render in memory and fail if any committed figure differs from what its spec renders now.")
    var check = false

    @Option(help: ArgumentHelp(
        "With --check: largest RMS pixel difference accepted for PNG (0-255 levels, default 2; 0 = same pixels).",
        valueName: "rms"))
    var tolerance: Double?

    @Flag(help: "With --check: compare files byte for byte instead of decoded pixels.")
    var exact = false

    @Option(name: .customLong("artifacts"), help: ArgumentHelp(
        "With --check: write NAME.actual/.expected/.diff.png of each failing figure into this folder.",
        valueName: "dir"))
    var artifactsDirectory: String?

    @Flag(name: .customLong("no-color"), help: "Never colour diagnostics.")
    var noColor = false

    @Flag(help: "Print the seconds each phase took, per figure, to standard error.")
    var timings = false

    func validate() throws {
        if !check, tolerance != nil || exact || artifactsDirectory != nil {
            throw ValidationError("--tolerance, --exact and --artifacts only apply with --check")
        }
        if let tolerance, !(tolerance.isFinite && tolerance >= 0) {
            throw ValidationError("--tolerance must be a number of 0 or more, not '\(tolerance)'")
        }
        if exact, tolerance != nil { throw ValidationError("--exact and --tolerance cannot be combined") }
    }

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
                    let options = CheckOptions(
                        tolerance: tolerance ?? CheckOptions.defaultTolerance, exact: exact, artifactsDirectory: artifactsDirectory)
                    let result = try FigureCheck.verify(bytes, against: output, spec: path, options: options)
                    print("up to date: \(output)\(result.summary)")
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
