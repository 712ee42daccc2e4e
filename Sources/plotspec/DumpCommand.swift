import ArgumentParser
import Foundation
import PlotDiagnostics
import PlotSpecKit

/// `plotspec dump`: print what one pipeline stage made of a spec.
struct Dump: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print an intermediate stage: the typed spec, the score as one formula, or the laid-out scene.")

    @Argument(help: "The spec file.")
    var spec: String

    @Option(help: "Stage to print: spec, formula or scene.")
    var stage: DumpStage = .spec

    @OptionGroup var dataRead: DataReadArguments

    func run() throws {
        let pipeline = Pipeline()
        pipeline.dataPolicy = dataRead.policy
        let printer = DiagnosticPrinter(sources: pipeline.sources)
        do {
            let figure = try pipeline.decode(path: spec)
            let text = try pipeline.dump(stage, of: figure)
            printer.print(pipeline.warnings)
            FileHandle.standardOutput.write(Data(text.utf8))
        } catch {
            printer.print(pipeline.warnings + error.diagnostics)
            throw ExitCode(1)
        }
    }
}

extension DumpStage: ExpressibleByArgument {}
