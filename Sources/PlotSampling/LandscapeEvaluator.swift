import PlotDiagnostics
import PlotFormula
import PlotSpec

/// Samples a spec's landscape and evaluates its score model over every sample, column-wise.
public enum LandscapeEvaluator {
    /// Samples and scores, then resolves the annotations' anchors and curves (`AnnotationGeometry`).
    /// Throws a located diagnostic when the score is NaN or infinite anywhere.
    public static func evaluate(_ spec: FigureSpec) throws(DiagnosticError) -> SampleTable {
        if let panels = spec.panels { return try PanelEvaluator.evaluate(panels) }
        let count: Int
        var columns: [SampleTable.Column]
        var grid: SampleTable.GridShape?
        switch spec.sampling {
        case .grid(let g):
            let sampled = GridSampler.sample(g, parameters: spec.parameters)
            (columns, grid, count) = (sampled.columns, sampled.shape, g.cellCount)
        case .trials(let t):
            columns = TrialSampler.sample(t, parameters: spec.parameters, seed: spec.seed)
            count = t.count
        case .data(let data):
            return try evaluate(data, spec: spec)
        }
        let clip = spec.score.clip
        let lowering = ScoreLowering(parameters: spec.parameters)
        let scoreSpan =
            spec.score.terms.first?.span ?? SourceSpan(start: SourceLocation(file: spec.sourcePath, line: 1, column: 1))
        // Clipped below, after the finiteness check.
        let (expression, noises) = lowering.lower(spec.score, span: scoreSpan, clipped: false)

        // Held parameters become constants, so the program only reads the columns that vary.
        var bindings: [String: Expression] = [:]
        var variables: [String] = []
        var inputs: [[Double]] = []
        for (parameter, column) in zip(spec.parameters, columns) {
            switch column {
            case .constant(let value): bindings[parameter.name] = .number(value, parameter.span)
            case .varying(let values):
                variables.append(parameter.name)
                inputs.append(values)
            }
        }
        for (index, noise) in noises.enumerated() {
            variables.append(lowering.noiseName(index))
            inputs.append(RandomStream(seed: spec.seed, identityHash: noise.streamKey).normals(count: count))
        }
        let program = try CompiledFormula(
            expression.substituting(bindings), variables: variables,
            definitions: spec.definitions.substituting(bindings))
        var score = program.evaluate(columns: inputs, count: count)
        if let bad = score.firstIndex(where: { !$0.isFinite }) {
            throw DiagnosticError(
                nonFiniteDiagnostic(
                    spec: spec, columns: columns, row: bad, value: score[bad],
                    lowering: lowering))
        }
        try checkNoiseSigmas(
            noises, bindings: bindings, variables: variables, inputs: inputs, count: count,
            spec: spec, columns: columns)
        // The noise-free value: one more program over the same columns, without the noise terms. A model
        // without noise has no second program; its truth is its score.
        var trueScore = score
        if !noises.isEmpty {
            let (truth, _) = lowering.lower(spec.score, span: scoreSpan, clipped: false, noisy: false)
            let parameterCount = variables.count - noises.count
            let truthProgram = try CompiledFormula(
                truth.substituting(bindings), variables: Array(variables.prefix(parameterCount)),
                definitions: spec.definitions.substituting(bindings))
            trueScore = truthProgram.evaluate(columns: Array(inputs.prefix(parameterCount)), count: count)
            if let bad = trueScore.firstIndex(where: { !$0.isFinite }) {
                throw DiagnosticError(
                    nonFiniteDiagnostic(
                        spec: spec, columns: columns, row: bad, value: trueScore[bad],
                        lowering: lowering))
            }
        }
        if let clip {
            clamp(&score, to: clip)
            if !noises.isEmpty { clamp(&trueScore, to: clip) }
        }
        let table = SampleTable(count: count, columns: columns, score: score, trueScore: trueScore, grid: grid)
        return try withPlotResults(table, spec: spec)
    }

    /// `table` with what its annotations and plot kind compute from it: anchor rows, a slice's curves, an
    /// estimate, a history, an importance. One place for drawn and real trials alike, so a kind added later
    /// cannot be wired into one path and forgotten in the other.
    private static func withPlotResults(_ table: SampleTable, spec: FigureSpec) throws(DiagnosticError) -> SampleTable {
        var table = table
        table.annotations = try AnnotationGeometry(spec: spec, table: table)
        if case .slice(let plot) = spec.plot { table.slice = try SliceCurves.evaluate(plot, spec: spec) }
        table.estimate = try estimate(spec, table: table)
        if case .history(let plot) = spec.plot {
            table.history = try OptimizationHistory.evaluate(plot, table: table, spec: spec)
        }
        if case .importance(let plot) = spec.plot {
            table.importance = try ParameterImportance.evaluate(plot, spec: spec)
        }
        return table
    }

    /// The plot's estimate from the table's trials, if it asks for one.
    private static func estimate(_ spec: FigureSpec, table: SampleTable) throws(DiagnosticError) -> EstimateGrid? {
        let axes: (x: Int, y: Int)
        switch spec.plot {
        case .heatmap(let plot): axes = (plot.x, plot.y)
        case .surface(let plot): axes = (plot.x, plot.y)
        default: return nil
        }
        guard let estimate = spec.plot.estimate else { return nil }
        return try TrialEstimator.estimate(
            estimate, x: axes.x, y: axes.y, table: table, parameters: spec.parameters)
    }

    /// Real trials: the data's values and scores as they are (the decoder checked them); parameters the
    /// data does not give are held. There is no noise-free value for a real trial, so the truth column is
    /// the score itself.
    private static func evaluate(_ data: DataSampling, spec: FigureSpec) throws(DiagnosticError) -> SampleTable {
        let columns: [SampleTable.Column] = spec.parameters.indices.map { index in
            data.values(of: index).map(SampleTable.Column.varying) ?? .constant(spec.parameters[index].heldValue)
        }
        let table = SampleTable(count: data.count, columns: columns, score: data.score, grid: nil)
        return try withPlotResults(table, spec: spec)
    }

    /// Clips every value into `bounds`, in place. The truth is clipped like the score: the clip states the
    /// range the measured quantity can take (an accuracy stays within 0…1), noise or not.
    private static func clamp(_ values: inout [Double], to bounds: ClosedRange<Double>) {
        let lo = bounds.lowerBound
        let hi = bounds.upperBound
        values.withUnsafeMutableBufferPointer { buffer in
            for i in buffer.indices { buffer[i] = min(max(buffer[i], lo), hi) }
        }
    }

    /// The whole score model as the one formula it is evaluated as (noise terms appear as `#noiseN`).
    /// Defined names stay names: see `scoreListing` for the text with the definitions it uses.
    public static func scoreFormula(_ spec: FigureSpec) -> Expression {
        let span = SourceSpan(start: SourceLocation(file: spec.sourcePath, line: 1, column: 1))
        return ScoreLowering(parameters: spec.parameters).lower(spec.score, span: span).0
    }

    /// The score formula as text, after one `let name = …` line per definition it uses, so the text
    /// stays as long as the spec (printing the expansion could be exponentially long).
    public static func scoreListing(_ spec: FigureSpec) -> String {
        let formula = scoreFormula(spec)
        return spec.definitions.listing(usedBy: [formula]) + formula.description + "\n"
    }

    /// Names the first term that is not finite at the offending sample, with the sample's coordinates.
    private static func nonFiniteDiagnostic(
        spec: FigureSpec, columns: [SampleTable.Column], row: Int, value: Double, lowering: ScoreLowering
    ) -> Diagnostic {
        let point = spec.parameters.indices.map { columns[$0][row] }
        let pointText = zip(spec.parameters, point).map { "\($0.name)=\(shortNumber($1))" }.joined(separator: ", ")
        for (index, term) in spec.score.terms.enumerated() {
            let single = spec.score.alone(term: index)
            let (expression, noises) = lowering.lower(single, span: term.span)
            var variables = spec.parameterNames
            variables += noises.indices.map { lowering.noiseName($0) }
            guard let program = try? CompiledFormula(expression, variables: variables, definitions: spec.definitions)
            else { continue }
            let termValue = program.evaluate(point: point + Array(repeating: 0, count: noises.count))
            if !termValue.isFinite {
                return Messages.Evaluation.nonFinite(value: termValue, point: pointText, at: term.span)
            }
        }
        return Messages.Evaluation.nonFinite(
            value: value, point: pointText,
            at: spec.score.terms.first?.span
                ?? SourceSpan(start: SourceLocation(file: spec.sourcePath, line: 1, column: 1)))
    }

    static func shortNumber(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int(v)) }
        return String(format: "%.4g", v)
    }
}
