import ArgumentParser
import Foundation
import PlotDiagnostics
import PlotSpecKit

/// `plotspec data`: print the evaluated samples of a spec.
struct DataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract:
            "Print the evaluated samples: one row per grid cell or trial, one column per parameter, then score and true_score.",
        discussion: """
            A page of panels (facet or panels) prints every panel's rows, panel by panel, behind a leading \
            'panel' column: the view's name, or the panel's number in reading order for a facet.
            """
    )

    @Argument(help: "The spec file.")
    var spec: String

    @Option(help: "Output format: csv or json.")
    var format: DataExport.Format = .csv

    @Flag(
        help: """
            Print the grid an estimate heatmap or surface draws (one row per cell: its centre, the estimate, \
            the Gaussian process's std, the trial count) instead of the trials.
            """)
    var estimate = false

    @OptionGroup var dataRead: DataReadArguments

    func run() throws {
        let pipeline = Pipeline()
        pipeline.dataPolicy = dataRead.policy
        let printer = DiagnosticPrinter(sources: pipeline.sources)
        let exported: String?
        do {
            let figure = try pipeline.decode(path: spec)
            let table = try pipeline.evaluate(figure)
            printer.print(pipeline.warnings)
            exported =
                estimate
                ? EstimateExport.render(table, spec: figure, format: format)
                : DataExport.render(table, spec: figure, format: format)
        } catch {
            printer.print(pipeline.warnings + error.diagnostics)
            throw ExitCode(1)
        }
        guard let exported else {
            let name = SafeText.escapedKeepingEnds(spec, maxColumns: 120)
            FileHandle.standardError.write(
                Data("error: \(name) draws no estimate: --estimate needs a heatmap or surface with 'estimate'\n".utf8))
            throw ExitCode(1)
        }
        FileHandle.standardOutput.write(Data(exported.utf8))
    }
}

extension DataExport.Format: ExpressibleByArgument {}
