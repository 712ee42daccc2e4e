import PlotDiagnostics
import PlotFormula
import PlotSpec

/// The exact importance of a spec's parameters: the functional ANOVA (`FunctionalANOVA`) of the
/// noise-free score, **before** `score.clip` unless the plot asks for it (`clipped`), over the measured parameters distributed as random trials
/// draw them (`ParameterMeasure`), every other parameter at its held value.
///
/// Why unclipped: the clip is a kink where the score crosses a bound, and quadrature over a kink converges
/// slowly (the bundled landscape's clip binds where the learning rate diverges); the unclipped model is
/// smooth, so Gauss–Legendre makes the shares exact to rounding. `clippedShare` says how much of the box
/// the clip changes, and the figure's note says which score was decomposed.
public struct ParameterImportance: Sendable, Hashable {
    /// One measured parameter's first-order variance and its share of the total.
    public struct Entry: Sendable, Hashable {
        /// Index into `FigureSpec.parameters`.
        public var parameter: Int
        /// `Var(E[score | parameter])`.
        public var variance: Double
        /// `variance / totalVariance` (0 when the score does not vary).
        public var share: Double
    }

    /// Measured parameters in declaration order.
    public var entries: [Entry]
    /// The variance only combinations of parameters explain, and its share.
    public var interactionVariance: Double
    public var interactionShare: Double
    /// `Var(score)` and `E[score]` over the measured parameters.
    public var totalVariance: Double
    public var mean: Double
    /// Score evaluations made (the quadrature grid's size).
    public var evaluations: Int
    /// The probability (under the same measure) that `score.clip` would change the score; 0 without a
    /// clip.
    public var clippedShare: Double
    /// For real trials (`sampling.data`), how many trials the Gaussian process that was decomposed was fitted
    /// to; nil for the exact decomposition of a score model.
    public var estimatedFrom: Int? = nil

    /// Entries by share, largest first (declaration order on ties): the bars' order, top to bottom.
    public var ranked: [Entry] {
        entries.enumerated().sorted { a, b in
            a.element.share != b.element.share ? a.element.share > b.element.share : a.offset < b.offset
        }.map(\.element)
    }

    /// Decomposes `spec`'s noise-free score over `plot.parameters`. The decoder bounded the quadrature grid
    /// (`SpecLimits.maxImportanceEvaluations`); throws a located diagnostic when the score is not finite at
    /// a node.
    public static func evaluate(_ plot: ImportancePlot, spec: FigureSpec) throws(DiagnosticError) -> ParameterImportance
    {
        if case .data(let data) = spec.sampling { return try estimated(plot, spec: spec, data: data) }
        let lowering = ScoreLowering(parameters: spec.parameters)
        let span =
            spec.score.terms.first?.span ?? SourceSpan(start: SourceLocation(file: spec.sourcePath, line: 1, column: 1))
        let (truth, _) = lowering.lower(spec.score, span: span, clipped: plot.clipped, noisy: false)
        var bindings: [String: Expression] = [:]
        for (index, parameter) in spec.parameters.enumerated() where !plot.parameters.contains(index) {
            bindings[parameter.name] = .number(parameter.heldValue, parameter.span)
        }
        let program = try CompiledFormula(
            truth.substituting(bindings), variables: plot.parameters.map { spec.parameters[$0].name },
            definitions: spec.definitions.substituting(bindings))
        let rules = plot.parameters.map {
            ParameterMeasure.rule(for: spec.parameters[$0], nodes: plot.nodes, in: .data)
        }
        var failure: Diagnostic?
        // 1 where the clip would change the score, in the table's order, for the clip's probability.
        var clipped: [Double] = []
        // Clip bounds of the unclipped values; after the clip, compare with the unclipped program's values.
        let clip = spec.score.clip
        let unclipped =
            plot.clipped && clip != nil
            ? try CompiledFormula(
                lowering.lower(spec.score, span: span, clipped: false, noisy: false).0.substituting(bindings),
                variables: plot.parameters.map { spec.parameters[$0].name },
                definitions: spec.definitions.substituting(bindings)) : nil
        let result = FunctionalANOVA.decompose(rules: rules) { columns, count in
            let values = program.evaluate(columns: columns, count: count)
            if failure == nil, let bad = values.firstIndex(where: { !$0.isFinite }) {
                let point = plot.parameters.indices.map {
                    "\(spec.parameters[plot.parameters[$0]].name)=\(LandscapeEvaluator.shortNumber(columns[$0][bad]))"
                }
                failure = Messages.Evaluation.nonFinite(
                    value: values[bad], point: point.joined(separator: ", "), at: span)
            }
            if let clip {
                let raw = unclipped?.evaluate(columns: columns, count: count) ?? values
                clipped += raw.map { clip.contains($0) ? 0 : 1 }
            }
            return values.map { $0.isFinite ? $0 : 0 }
        }
        if let failure { throw DiagnosticError(failure) }
        let entries = plot.parameters.indices.map { j in
            Entry(parameter: plot.parameters[j], variance: result.firstOrder[j], share: result.share(j))
        }
        return ParameterImportance(
            entries: entries, interactionVariance: result.interactions, interactionShare: result.interactionShare,
            totalVariance: result.totalVariance, mean: result.mean, evaluations: result.evaluations,
            clippedShare: clip == nil ? 0 : FunctionalANOVA.decompose(values: clipped, rules: rules).mean)
    }

    /// Real trials have no score model: the same decomposition is applied to the smooth estimator of
    /// `estimate: {method: gp}` — a Gaussian process fitted to the trials over the measured parameters (each
    /// in its own scale mapped onto [0, 1], categories matched exactly) — and its posterior mean is what is
    /// decomposed. Categories are summed exactly; a parameter with at most `nodes` values is summed over them;
    /// any other is integrated with `nodes` Gauss–Legendre nodes (an integer range of hundreds of values is
    /// smooth in the estimate, and summing each value would multiply the work for nothing). The decoder
    /// bounded the trials (`SpecLimits.maxGaussianProcessTrials`) and the work.
    static func estimated(_ plot: ImportancePlot, spec: FigureSpec, data: DataSampling) throws(DiagnosticError)
        -> ParameterImportance
    {
        let parameters = plot.parameters.map { spec.parameters[$0] }
        let columns = plot.parameters.map { data.values(of: $0) ?? [] }
        let points = (0..<data.count).map { row in
            zip(parameters, columns).map { parameter, column in
                parameter.isCategorical ? column[row] : ParameterMeasure.unit(column[row], of: parameter)
            }
        }
        let dimensions = parameters.map { $0.isCategorical ? GaussianProcess.Dimension.categorical : .continuous }
        let process: GaussianProcess
        do {
            process = try GaussianProcess(points: points, values: data.score, dimensions: dimensions)
        } catch {
            throw DiagnosticError(
                Messages.Spec.importanceEstimateFailed(trials: data.count, at: data.span))
        }
        let rules = parameters.map { parameter -> QuadratureRule in
            if parameter.isCategorical { return ParameterMeasure.rule(for: parameter, nodes: plot.nodes, in: .data) }
            if parameter.estimateSumsValues(nodes: plot.nodes) {
                return ParameterMeasure.rule(for: parameter, nodes: plot.nodes, in: .unit)
            }
            return QuadratureRule.gaussLegendre(count: plot.nodes, on: 0...1)
        }
        let result = FunctionalANOVA.decompose(rules: rules) { process.mean(at: $0) }
        let entries = plot.parameters.indices.map { j in
            Entry(parameter: plot.parameters[j], variance: result.firstOrder[j], share: result.share(j))
        }
        return ParameterImportance(
            entries: entries, interactionVariance: result.interactions, interactionShare: result.interactionShare,
            totalVariance: result.totalVariance, mean: result.mean, evaluations: result.evaluations,
            clippedShare: 0, estimatedFrom: data.count)
    }
}
