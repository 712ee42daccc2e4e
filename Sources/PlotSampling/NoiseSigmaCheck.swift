import PlotDiagnostics
import PlotFormula
import PlotSpec

extension LandscapeEvaluator {
    /// Throws when a noise sigma formula is negative at some sample, naming the term and that sample, as
    /// for a non-finite score: a standard deviation below zero is a mistake in the formula, not noise.
    ///
    /// Constant sigmas were checked by the decoder; only sigmas that vary are evaluated here, over the
    /// same columns (held parameters already bound as constants) as the score.
    static func checkNoiseSigmas(
        _ noises: [Noise], bindings: [String: Expression], variables: [String], inputs: [[Double]], count: Int,
        spec: FigureSpec, columns: [SampleTable.Column]
    ) throws(DiagnosticError) {
        for noise in noises {
            let program = try CompiledFormula(
                noise.sigma.expression.substituting(bindings), variables: variables,
                definitions: spec.definitions.substituting(bindings))
            let row: Int
            let value: Double
            if let constant = program.constantValue {
                guard constant < 0, count > 0 else { continue }
                (row, value) = (0, constant)
            } else {
                let sigma = program.evaluate(columns: inputs, count: count)
                guard let bad = sigma.firstIndex(where: { $0 < 0 }) else { continue }
                (row, value) = (bad, sigma[bad])
            }
            let point = zip(spec.parameters, spec.parameters.indices.map { columns[$0][row] })
                .map { "\($0.name)=\(shortNumber($1))" }.joined(separator: ", ")
            throw DiagnosticError(
                Messages.Evaluation.negativeSigma(
                    value: shortNumber(value),
                    point: point, at: noise.sigma.span))
        }
    }
}
