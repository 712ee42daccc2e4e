import PlotDiagnostics
import PlotFormula
import PlotSampling
import PlotSpec
import PlotYAML

/// One fuzz iteration: YAML bytes → node tree (following `extends` into `FuzzBundle`'s shared files) →
/// `FigureSpec` → evaluated samples, plus every diagnostic printed in all three styles.
///
/// Besides "does not crash", the harness checks three promises the CLI relies on: every diagnostic points
/// inside the text it names (line ≤ line count, column ≤ that line's length + 1), a spec that decodes and
/// evaluates lays out and encodes (`RenderOracle`), and no input takes longer than `SlowInputOracle`'s
/// budget. A violation traps, so libFuzzer keeps the input as a crash.
enum FuzzHarness {
    /// Specs that sample more than this are decoded but not evaluated, so one input cannot take seconds.
    static let maxEvaluatedSamples = 20_000

    static func run(_ bytes: [UInt8]) {
        SlowInputOracle.timed { runOnce(bytes) }
    }

    private static func runOnce(_ bytes: [UInt8]) {
        let bundle = FuzzBundle.shared
        guard bundle.write(bytes) else { return }
        let sources = SourceRegistry()
        let root: YAMLNode
        do {
            root = try SpecLoader.load(path: bundle.specPath, sources: sources)
        } catch {
            check(error.diagnostics, bytes: bytes, sources: sources)
            return
        }
        let fileName = bundle.specPath
        let (decoded, diagnostics) = SpecDecoder.decode(root, sourcePath: fileName)
        check(diagnostics, bytes: bytes, sources: sources)
        guard let spec = decoded, sampleCount(spec) <= maxEvaluatedSamples else { return }
        do {
            let table = try LandscapeEvaluator.evaluate(spec)
            RenderOracle.check(spec, table: table, sampleCount: sampleCount(spec))
        } catch {
            check(error.diagnostics, bytes: bytes, sources: sources)
        }
    }

    /// Samples the spec evaluates: a page of panels evaluates every panel's.
    static func sampleCount(_ spec: FigureSpec) -> Int {
        if let grid = spec.panels { return grid.panels.reduce(0) { $0 + sampleCount($1.spec) } }
        return spec.sampling.sampleCount
    }

    /// Formats every diagnostic (exercising the caret and escaping code) and traps on a position outside
    /// the file it names (the input or a shared file).
    static func check(_ diagnostics: [Diagnostic], bytes: [UInt8], sources: SourceRegistry) {
        let formatters = DiagnosticFormatter.Style.allCases.map { DiagnosticFormatter(style: $0, sources: sources) }
        let bundle = FuzzBundle.shared
        var bounds = bundle.fixedFiles.mapValues(LocationBounds.init)
        bounds[bundle.specPath] = LocationBounds(bytes: bytes)
        for diagnostic in diagnostics {
            for formatter in formatters { _ = formatter.format(diagnostic) }
            let spans = [diagnostic.span] + diagnostic.notes.map(\.span)
            for case let span? in spans {
                if let bounds = bounds[span.start.file], !bounds.contains(span.start) {
                    preconditionFailure(
                        "\(diagnostic.code) at \(span.start) is outside the input: \(diagnostic.message)")
                }
            }
        }
    }
}
