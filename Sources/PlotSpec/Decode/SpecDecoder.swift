import PlotDiagnostics
import PlotYAML

/// Turns a loaded (and import-merged) node tree into a `FigureSpec`, reporting every problem it finds.
public enum SpecDecoder {
    /// Decodes a loaded spec; diagnostics inside shared files say where each file was included from.
    public static func decode(_ loaded: LoadedSpec) -> (FigureSpec?, [Diagnostic]) {
        let (spec, diagnostics) = decode(loaded.root, sourcePath: loaded.path)
        return (spec, loaded.withIncludeNotes(diagnostics))
    }

    /// Decodes `root`. Returns the spec when there were no errors; the diagnostics (errors and warnings)
    /// either way.
    public static func decode(_ root: YAMLNode, sourcePath: String) -> (FigureSpec?, [Diagnostic]) {
        decode(root, sourcePath: sourcePath, context: DecodeContext())
    }

    /// Decodes `root` with `context`, whose language description says which keys are accepted, their
    /// ranges and defaults (tests pass a changed description; the driver always the standard one).
    static func decode(_ root: YAMLNode, sourcePath: String, context: DecodeContext) -> (FigureSpec?, [Diagnostic]) {
        let d = context.language.spec
        guard let top = MappingReader(root, .spec, context: context) else {
            return (nil, [Messages.Spec.notASpecRoot(found: root.kindDescription, at: root.span)])
        }
        let figure = top.required(d.figure).flatMap { context.decodeFigure($0) }
        let seed =
            top[d.seed.key].flatMap { context.integer($0, "seed", in: d.seed.key.integerRange) }
            .map(UInt64.init) ?? UInt64(d.seed.defaultValue)
        if let node = top.required(d.parameters) {
            context.decodeParameters(node)
        } else {
            context.declarationsUnreadable = true
        }
        if let node = top[d.hold] { context.decodeHold(node) }
        if let node = top[d.define] { context.decodeDefinitions(node) }
        let sampling = top.required(d.sampling).flatMap { context.decodeSampling($0) }
        if let hold = top[d.hold], let sampling { context.checkHold(hold, sampling: sampling) }
        let score = top.required(d.score).flatMap { context.decodeScore($0) }
        let plot = top.required(d.plot).flatMap { context.decodePlot($0, sampling: sampling) }
        context.checkSliceNoiseBand(plot, score: score, plotNode: top[d.plot])
        let facet = top[d.facet].flatMap { context.decodeFacet($0, sampling: sampling) }
        let annotations = top[d.annotations].map { context.decodeAnnotations($0, plot: plot) } ?? []

        guard !context.bag.hasErrors, let figure, let sampling, let score, let plot else {
            return (nil, context.bag.diagnostics)
        }
        let spec = FigureSpec(
            sourcePath: sourcePath, figure: figure, seed: seed, parameters: context.parameters,
            definitions: context.definitions, sampling: sampling, score: score, plot: plot, annotations: annotations,
            facet: facet)
        return (spec, context.bag.diagnostics)
    }
}
