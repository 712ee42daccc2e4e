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

    @Option(name: .customLong("output-dir"), help: "Write figures into this folder instead of the specs' output paths.")
    var outputDirectory: String?

    @Flag(name: .customLong("allow-outside"),
          help: "Let specs write figures outside the current directory (absolute paths or '..').")
    var allowOutside = false

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
        for path in specs {
            do {
                let spec = try pipeline.decode(path: path)
                let output = try pipeline.outputPath(for: spec, outputDirectory: outputDirectory,
                                                      allowOutside: allowOutside)
                let format = OutputFormat(pathExtension: (output as NSString).pathExtension.lowercased()) ?? .png
                let timer = timings ? PhaseTimer() : nil
                let bytes = try pipeline.figureBytes(spec, format: format, timer: timer)
                timer?.report(path)
                if check {
                    try FigureCheck.verify(bytes, against: output, spec: path)
                    print("up to date: \(output)")
                } else {
                    try OutputWriter.write(bytes, to: output)
                    print("wrote \(output)")
                }
            } catch {
                printer.print(error.diagnostics)
                failed += 1
            }
        }
        printer.print(pipeline.warnings)
        if failed > 0 { throw ExitCode(1) }
    }
}
