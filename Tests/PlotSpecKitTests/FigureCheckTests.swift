import Foundation
import PlotDiagnostics
import PlotSpecKit
import Testing

/// `render --check` catches a spec whose committed figure no longer matches it.
@Suite struct FigureCheckTests {
    static func spec(title: String, output: String) -> String {
        """
        figure: {title: "\(title)", size: [3, 2], dpi: 60, output: \(output)}
        parameters:
          x: {range: [0, 1]}
          y: {range: [0.1, 10], scale: log10}
        sampling: {grid: {x: 10, y: 8}}
        score: {terms: [{bell: {center: {x: 0.5, y: 1}, width: 0.3}}]}
        plot: {heatmap: {x: x, y: y}}
        """
    }

    func render(_ text: String, in folder: URL, format: String) throws -> (
        bytes: [UInt8], figure: String, specPath: String
    ) {
        let specPath = folder.appendingPathComponent("fig.yaml").path
        try text.write(toFile: specPath, atomically: true, encoding: .utf8)
        let pipeline = Pipeline()
        let spec = try pipeline.decode(path: specPath)
        let figure = try pipeline.outputPath(for: spec, outputDirectory: nil, workingDirectory: folder.path)
        let bytes = try pipeline.figureBytes(spec, format: format == "svg" ? .svg : (format == "pdf" ? .pdf : .png))
        return (bytes, figure, specPath)
    }

    @Test(arguments: ["png", "svg", "pdf"])
    func changedSpecIsCaughtAndUnchangedSpecPasses(format: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "plotspec-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        let original = try render(Self.spec(title: "Before", output: "fig.\(format)"), in: folder, format: format)
        // Missing figure.
        #expect(throws: DiagnosticError.self) {
            try FigureCheck.verify(original.bytes, against: original.figure, spec: original.specPath)
        }
        try OutputWriter.write(original.bytes, to: original.figure)

        // Re-rendered unchanged (a fresh pipeline, as a later run would): up to date.
        let again = try render(Self.spec(title: "Before", output: "fig.\(format)"), in: folder, format: format)
        try FigureCheck.verify(again.bytes, against: original.figure, spec: original.specPath)

        // The spec changed: the committed figure is stale.
        let changed = try render(Self.spec(title: "After", output: "fig.\(format)"), in: folder, format: format)
        #expect {
            try FigureCheck.verify(changed.bytes, against: original.figure, spec: original.specPath)
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.first?.code == "output.stale"
        }
    }
}
