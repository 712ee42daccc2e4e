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
    /// Decodes a loaded spec, reading `sampling.data` files as `policy` allows.
    /// Data files are registered in `sources`, so notes show their lines and `render --watch` watches them.
    public static func decode(_ loaded: LoadedSpec, dataPolicy policy: DataReadPolicy, sources: SourceRegistry? = nil)
        -> (FigureSpec?, [Diagnostic])
    {
        let context = DecodeContext()
        context.dataPolicy = policy
        context.sources = sources
        let (spec, diagnostics) = decode(loaded.root, sourcePath: loaded.path, context: context)
        return (spec, loaded.withIncludeNotes(diagnostics))
    }

    static func decode(_ root: YAMLNode, sourcePath: String, context: DecodeContext) -> (FigureSpec?, [Diagnostic]) {
        let d = context.language.spec
        guard let top = MappingReader(root, .spec, context: context) else {
            return (nil, [Messages.Spec.notASpecRoot(found: root.kindDescription, at: root.span)])
        }
        let figure = top.required(d.figure).flatMap { context.decodeFigure($0) }
        let seed =
            top[d.seed.key].flatMap { context.integer($0, "seed", in: d.seed.key.integerRange) }
            .map(UInt64.init) ?? UInt64(d.seed.defaultValue)
        // A parameter without a range takes it from the data, so the data file is read first.
        context.preloadData(samplingNode: top[d.sampling])
        if let node = top.required(d.parameters) {
            context.decodeParameters(node)
        } else {
            context.declarationsUnreadable = true
        }
        if let node = top[d.hold] { context.decodeHold(node) }
        if let node = top[d.define] { context.decodeDefinitions(node) }
        let sampling = top.required(d.sampling).flatMap { context.decodeSampling($0) }
        if let hold = top[d.hold], let sampling { context.checkHold(hold, sampling: sampling) }
        // With panels, each view may bring its own plot: the spec's is then only their default.
        let plotNode = top[d.plot]
        if plotNode == nil, top[d.panels] == nil {
            context.report(Messages.Spec.missingKey(d.plot.name, in: context.language.spec.section.name, at: root.span))
        }
        let plot = plotNode.flatMap { context.decodePlot($0, sampling: sampling) }
        let score = context.decodeScoreSection(top, samplingNode: top[d.sampling], plotNode: plotNode)
        context.checkSliceNoiseBand(plot, score: score, plotNode: plotNode)
        let annotationsNode = top[d.annotations]
        let annotations = annotationsNode.map { context.decodeAnnotations($0, plot: plot) } ?? []
        let base = PanelBase(
            sampling: sampling, plot: plot, plotNode: plotNode, annotations: annotations,
            annotationsNode: annotationsNode, score: score)
        var panels: PanelGridDraft?
        switch (top[d.facet], top[d.panels]) {
        case (let facet?, nil): panels = context.decodeFacet(facet, base: base)
        case (nil, let node?): panels = context.decodePanels(node, base: base)
        case (_?, _?): context.report(Messages.Spec.facetAndPanels(at: top.keyNode(d.panels)?.span ?? root.span))
        case (nil, nil): break
        }

        guard !context.bag.hasErrors, let figure, let score else {
            return (nil, context.bag.diagnostics)
        }
        let grid = panels?.resolved(
            sourcePath: sourcePath, figure: figure, seed: seed, definitions: context.definitions, score: score)
        // The page's own sampling, plot and annotations are its first panel's when it has panels.
        let first = panels?.panels.first
        guard let sampling = first?.sampling ?? sampling, let plot = first?.plot ?? plot else {
            return (nil, context.bag.diagnostics)
        }
        let spec = FigureSpec(
            sourcePath: sourcePath, figure: figure, seed: seed, parameters: context.parameters,
            definitions: context.definitions, sampling: sampling, score: score, plot: plot,
            annotations: first?.annotations ?? annotations, panels: grid)
        return (spec, context.bag.diagnostics)
    }
}
