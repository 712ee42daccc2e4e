import PlotDiagnostics
import PlotFormula
import PlotSpec

/// The curves of a `slice` plot, evaluated where every other value is: the noise-free score along
/// `resolution` points of x (evenly spaced in x's scale, ends included) with every other parameter at its
/// held value, once per value of the hold list, and the noise's standard deviation at each point.
///
/// The score model is linear in each noise variable (`σ · noise · factors`), so the noise's spread at a
/// point is exact: term k contributes `f(noiseₖ = 1) − f(0)`, and independent normals add in quadrature,
/// `σ = √(Σ σₖ²)`. The curve and the band edges are clipped like the samples are (`score.clip`), so a band
/// shows where sampled scores can land.
public struct SliceCurves: Sendable {
    /// One curve: the held value of the series parameter (nil without a hold list), x, the shown value
    /// and the noise's sigma at each point.
    public struct Curve: Sendable {
        public var heldValue: Double?
        public var x: [Double]
        public var value: [Double]
        public var sigma: [Double]
        /// The index of the best point (highest shown value; lowest when `sampling.data` minimises), first on
        /// ties.
        public var best: Int
    }

    public var curves: [Curve]
    /// The score bounds the samples are clipped to, applied to the band edges.
    public var clip: ClosedRange<Double>?

    /// The band edges of `curve` at point `i`, `k` sigmas out, in shown value, clipped.
    public func band(_ curve: Curve, at i: Int, sigmas k: Double, shown: ShownValue) -> ClosedRange<Double> {
        // Clip in score space, then show: for a loss the edges swap.
        let score = shown.apply(curve.value[i])
        var low = score - k * curve.sigma[i]
        var high = score + k * curve.sigma[i]
        if let clip {
            low = min(max(low, clip.lowerBound), clip.upperBound)
            high = min(max(high, clip.lowerBound), clip.upperBound)
        }
        let a = shown.apply(low)
        let b = shown.apply(high)
        return min(a, b)...max(a, b)
    }

    /// Evaluates `plot`'s curves. Throws a located diagnostic when the score is not finite on a curve.
    public static func evaluate(_ plot: SlicePlot, spec: FigureSpec) throws(DiagnosticError) -> SliceCurves {
        let lowering = ScoreLowering(parameters: spec.parameters)
        let span =
            spec.score.terms.first?.span ?? SourceSpan(start: SourceLocation(file: spec.sourcePath, line: 1, column: 1))
        let (expression, noises) = lowering.lower(spec.score, span: span, clipped: false)
        let noiseNames = noises.indices.map { lowering.noiseName($0) }
        let program = try CompiledFormula(
            expression, variables: spec.parameterNames + noiseNames, definitions: spec.definitions)
        let n = plot.resolution
        let scale = spec.parameters[plot.x].continuousScale
        let xs = (0..<n).map { scale.value(atNormalized: Double($0) / Double(n - 1)) }
        let held: [Double?] = plot.series.map { $0.values.map { Optional($0) } } ?? [nil]
        var curves: [Curve] = []
        for value in held {
            var inputs = spec.parameters.map { [Double](repeating: $0.heldValue, count: n) }
            inputs[plot.x] = xs
            if let series = plot.series, let value { inputs[series.parameter] = Array(repeating: value, count: n) }
            let zeros = [Double](repeating: 0, count: n)
            let ones = [Double](repeating: 1, count: n)
            let base = program.evaluate(columns: inputs + noiseNames.map { _ in zeros }, count: n)
            var variance = zeros
            for k in noiseNames.indices {
                var noiseInputs = noiseNames.map { _ in zeros }
                noiseInputs[k] = ones
                let shifted = program.evaluate(columns: inputs + noiseInputs, count: n)
                for i in 0..<n { variance[i] += (shifted[i] - base[i]) * (shifted[i] - base[i]) }
            }
            if let bad = base.indices.first(where: { !base[$0].isFinite || !variance[$0].isFinite }) {
                let point = spec.parameters.indices.map { inputs[$0][bad] }
                let text = zip(spec.parameters, point).map { "\($0.name)=\(LandscapeEvaluator.shortNumber($1))" }
                throw DiagnosticError(
                    Messages.Evaluation.nonFinite(
                        value: base[bad].isFinite ? variance[bad] : base[bad], point: text.joined(separator: ", "),
                        at: span))
            }
            let clipped = base.map { score in
                spec.score.clip.map { min(max(score, $0.lowerBound), $0.upperBound) } ?? score
            }
            let shown = clipped.map(plot.shown.apply)
            // Over data that minimises its score, the best point is the curve's lowest.
            let direction = spec.sampling.direction
            var best = 0
            for i in 1..<n where direction.isBetter(shown[i], than: shown[best]) { best = i }
            curves.append(
                Curve(
                    heldValue: value, x: xs, value: shown, sigma: variance.map { $0.squareRoot() }, best: best))
        }
        return SliceCurves(curves: curves, clip: spec.score.clip)
    }
}
