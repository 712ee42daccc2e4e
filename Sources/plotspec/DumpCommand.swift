import ArgumentParser
import Foundation
import PlotDiagnostics
import PlotSampling
import PlotSpecKit

/// `plotspec dump`: print what one pipeline stage made of a spec.
struct Dump: ParsableCommand {
    enum Stage: String, ExpressibleByArgument, CaseIterable {
        case spec, formula, scene
    }

    static let configuration = CommandConfiguration(
        abstract: "Print an intermediate stage: the typed spec, the score as one formula, or the laid-out scene.")

    @Argument(help: "The spec file.")
    var spec: String

    @Option(help: "Stage to print: spec, formula or scene.")
    var stage: Stage = .spec

    func run() throws {
        let pipeline = Pipeline()
        let printer = DiagnosticPrinter(sources: pipeline.sources)
        do {
            let figure = try pipeline.decode(path: spec)
            let text: String
            switch stage {
            case .spec: text = figure.summary()
            case .formula: text = LandscapeEvaluator.scoreListing(figure)
            case .scene: text = try pipeline.layout(figure, table: pipeline.evaluate(figure)).dump()
            }
            printer.print(pipeline.warnings)
            FileHandle.standardOutput.write(Data(text.utf8))
        } catch {
            printer.print(pipeline.warnings + error.diagnostics)
            throw ExitCode(1)
        }
    }
}
