import PlotDiagnostics
import PlotYAML

/// Turns a loaded (and import-merged) node tree into a `FigureSpec`, reporting every problem it finds.
public enum SpecDecoder {
    static let topLevelKeys = [
        "extends", "figure", "seed", "parameters", "hold", "define", "sampling", "score", "plot", "annotations",
    ]

    /// Decodes a loaded spec; diagnostics inside shared files say where each file was included from.
    public static func decode(_ loaded: LoadedSpec) -> (FigureSpec?, [Diagnostic]) {
        let (spec, diagnostics) = decode(loaded.root, sourcePath: loaded.path)
        return (spec, loaded.withIncludeNotes(diagnostics))
    }

    /// Decodes `root`. Returns the spec when there were no errors; the diagnostics (errors and warnings)
    /// either way.
    public static func decode(_ root: YAMLNode, sourcePath: String) -> (FigureSpec?, [Diagnostic]) {
        let context = DecodeContext()
        guard let top = MappingReader(root, section: "the spec", known: topLevelKeys, context: context) else {
            return (nil, [Messages.Spec.notASpecRoot(found: root.kindDescription, at: root.span)])
        }
        let figure = top.required("figure").flatMap { context.decodeFigure($0) }
        let seed = top["seed"].flatMap { context.integer($0, "seed", in: 0...Int.max) }.map(UInt64.init) ?? 0
        if let node = top.required("parameters") {
            context.decodeParameters(node)
        } else {
            context.declarationsUnreadable = true
        }
        if let node = top["hold"] { context.decodeHold(node) }
        if let node = top["define"] { context.decodeDefinitions(node) }
        let sampling = top.required("sampling").flatMap { context.decodeSampling($0) }
        if let hold = top["hold"], let sampling { context.checkHold(hold, sampling: sampling) }
        let score = top.required("score").flatMap { context.decodeScore($0) }
        let plot = top.required("plot").flatMap { context.decodePlot($0, sampling: sampling) }
        let annotations = top["annotations"].map { context.decodeAnnotations($0, plot: plot) } ?? []

        guard !context.bag.hasErrors, let figure, let sampling, let score, let plot else {
            return (nil, context.bag.diagnostics)
        }
        let spec = FigureSpec(
            sourcePath: sourcePath, figure: figure, seed: seed, parameters: context.parameters,
            definitions: context.definitions, sampling: sampling, score: score, plot: plot, annotations: annotations)
        return (spec, context.bag.diagnostics)
    }
}
