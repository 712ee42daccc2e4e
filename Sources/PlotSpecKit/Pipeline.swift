import Foundation
import PlotDiagnostics
import PlotLayout
import PlotRender
import PlotSampling
import PlotScene
import PlotSpec
import PlotYAML

/// Runs plotspec's phases in order: load → decode → evaluate → layout → render. Each phase is callable
/// on its own, so commands can stop after any of them (`data` after evaluating); `check` runs everything
/// before layout, for `validate` and `render` alike.
///
/// Errors travel as `DiagnosticError`; later phases never run on a spec an earlier one rejected.
public final class Pipeline {
    /// Every file read, for showing source lines under diagnostics.
    public let sources = SourceRegistry()
    /// Warnings collected so far (errors are thrown).
    public private(set) var warnings: [Diagnostic] = []
    /// Warnings inside shared files are kept once per run, not once per spec that includes them.
    private var sharedWarnings = SharedDiagnosticFilter()

    /// Where `sampling.data` may read files: like outputs, inside the working directory unless allowed.
    public var dataPolicy = DataReadPolicy()

    public init() {}

    /// Loads a spec file (and what it extends) and decodes it into the typed IR.
    public func decode(path: String) throws(DiagnosticError) -> FigureSpec {
        let loaded = try SpecLoader.loadSpec(path: path, sources: sources)
        let (spec, diagnostics) = SpecDecoder.decode(loaded, dataPolicy: dataPolicy, sources: sources)
        warnings += sharedWarnings.firstReports(diagnostics.filter { !$0.isError }, ofSpec: path)
        guard let spec else { throw DiagnosticError(diagnostics.filter(\.isError)) }
        // Which fonts exist depends on the machine, not the spec, so the decoder leaves it to us.
        let fontWarnings = loaded.withIncludeNotes(FontAvailability.warnings(for: spec.figure))
        warnings += sharedWarnings.firstReports(fontWarnings, ofSpec: path)
        return spec
    }

    /// Samples the landscape and scores every sample; warns where a labelled best sample sits on a clip bound.
    public func evaluate(_ spec: FigureSpec) throws(DiagnosticError) -> SampleTable {
        let table = try LandscapeEvaluator.evaluate(spec)
        warnings += sharedWarnings.firstReports(ClipBoundCheck.warnings(spec, table: table), ofSpec: spec.sourcePath)
        return table
    }

    /// Places everything on the page, measuring text with the renderer's own font engine.
    public func layout(_ spec: FigureSpec, table: SampleTable) throws(DiagnosticError) -> Scene {
        try FigureLayout.layout(spec, table: table, measurer: SceneRenderer.measurer())
    }

    /// Encodes a scene in the format the output path's extension names, at the spec's resolution
    /// (`dpi`): the scene itself does not depend on it.
    public func render(_ scene: Scene, format: OutputFormat, dpi: Double) throws(DiagnosticError) -> [UInt8] {
        do {
            return try SceneRenderer.render(scene, format: format, pixelScale: dpi / 72)
        } catch {
            throw DiagnosticError(Messages.Output.renderFailed("\(error)"))
        }
    }

    /// Where a spec's figure goes: its `output` relative to the spec's folder, or the output's file name
    /// inside `outputDirectory` when one is given.
    ///
    /// A spec is data someone else may have written, so by default it may only write inside the current
    /// working directory: a path that leaves it (absolute, or `..` past it once normalised) is refused
    /// with an error at the spec's `output` node unless `allowOutside`. An `outputDirectory` comes from
    /// the user's own command line and is trusted; the spec then only contributes a file name.
    /// The check is lexical, on the very path that is written (symlinks the user placed are followed).
    public func outputPath(
        for spec: FigureSpec, outputDirectory: String?, allowOutside: Bool = false,
        workingDirectory: String = FileManager.default.currentDirectoryPath
    ) throws(DiagnosticError) -> String {
        let output = spec.figure.output
        let at = spec.figure.outputSpan
        if let outputDirectory {
            let name = (output as NSString).lastPathComponent
            guard !name.isEmpty, name != ".", name != "..", name != "/" else {
                throw DiagnosticError(Messages.Output.notAFileName(output, at: at))
            }
            return (outputDirectory as NSString).appendingPathComponent(name)
        }
        let folder = (spec.sourcePath as NSString).deletingLastPathComponent
        let joined =
            output.hasPrefix("/") || folder.isEmpty ? output : (folder as NSString).appendingPathComponent(output)
        let path = SpecLoader.lexicallyNormalized(joined)
        if !allowOutside, !Self.isInside(path, workingDirectory: workingDirectory) {
            throw DiagnosticError(Messages.Output.outsideWorkingDirectory(output, resolved: path, at: at))
        }
        return path
    }

    /// Whether a normalised path stays inside `workingDirectory` (the directory itself does not count:
    /// a figure is a file inside it).
    static func isInside(_ path: String, workingDirectory: String) -> Bool {
        SpecLoader.isInside(path, workingDirectory: workingDirectory)
    }

    /// The figure's bytes for a checked spec: layout and encoding, without writing anything.
    public func figureBytes(_ checked: CheckedSpec, timer: PhaseTimer? = nil) throws(DiagnosticError) -> [UInt8] {
        let scene = try layout(checked.spec, table: checked.table)
        timer?.lap("layout")
        let bytes = try render(scene, format: checked.output.format, dpi: checked.spec.figure.dpi)
        timer?.lap("render")
        return bytes
    }

    /// The figure's bytes, from spec to encoded file, without writing anything.
    public func figureBytes(_ spec: FigureSpec, format: OutputFormat, timer: PhaseTimer? = nil)
        throws(DiagnosticError) -> [UInt8]
    {
        let table = try evaluate(spec)
        timer?.lap("evaluate")
        let scene = try layout(spec, table: table)
        timer?.lap("layout")
        let bytes = try render(scene, format: format, dpi: spec.figure.dpi)
        timer?.lap("render")
        return bytes
    }
}
