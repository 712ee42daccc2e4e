import PlotDiagnostics
import PlotFormula

/// The score surface: `clip(baseline + Σ termᵢ · Π factorsᵢ + noise)`.
public struct ScoreModel: Hashable, Sendable {
    public let baseline: Double
    public let terms: [Term]
    /// Lower and upper clip bounds (`[0, 1]` by default), or nil for no clipping.
    public let clip: ClosedRange<Double>?

    init(baseline: Double, terms: [Term], clip: ClosedRange<Double>?) {
        self.baseline = baseline
        self.terms = terms
        self.clip = clip
    }

    /// No model: what a spec whose `sampling.data` gives the score carries when it writes no `score`.
    /// Nothing evaluates it (only a slice evaluates a model over data, and it requires one).
    public static let absent = ScoreModel(baseline: 0, terms: [], clip: nil)
}

/// One additive term, optionally scaled by multiplicative factors (`times:` in the spec).
public struct Term: Hashable, Sendable {
    public let shape: TermShape
    public let factors: [TermShape]
    public let span: SourceSpan

    init(shape: TermShape, factors: [TermShape], span: SourceSpan) {
        self.shape = shape
        self.factors = factors
        self.span = span
    }
}

/// The vocabulary of score terms.
public enum TermShape: Hashable, Sendable {
    case bell(Bell)
    case ridge(Ridge)
    case penalty(Penalty)
    case interaction(Interaction)
    case expression(Formula)
    case noise(Noise)
}

/// A Gaussian optimum over one or more parameters, measured in each parameter's own scale.
public struct Bell: Hashable, Sendable {
    public struct Axis: Hashable, Sendable {
        public let parameter: Int
        /// The optimum in data space.
        public let center: Double
        /// Standard deviation below and above the centre, in the parameter's own scale units
        /// (decades on log10, octaves on log2). Equal for a symmetric bell.
        public let widthBelow: Double
        public let widthAbove: Double

        init(parameter: Int, center: Double, widthBelow: Double, widthAbove: Double) {
            self.parameter = parameter
            self.center = center
            self.widthBelow = widthBelow
            self.widthAbove = widthAbove
        }
    }

    public let axes: [Axis]
    public let height: Double

    init(axes: [Axis], height: Double) {
        self.axes = axes
        self.height = height
    }
}

/// A Gaussian across a formula: high where `along` is near `center`, e.g. a diagonal ridge.
public struct Ridge: Hashable, Sendable {
    public let along: Formula
    public let center: Double
    public let widthBelow: Double
    public let widthAbove: Double
    public let height: Double

    init(along: Formula, center: Double, widthBelow: Double, widthAbove: Double, height: Double) {
        self.along = along
        self.center = center
        self.widthBelow = widthBelow
        self.widthAbove = widthAbove
        self.height = height
    }
}

/// A monotonic penalty subtracted where a condition holds.
///
/// `when` is a boolean formula whose comparisons are softened: `a > b` becomes `sigmoid((a − b)/softness)`,
/// `and` multiplies, `or` is `1 − (1−p)(1−q)`, `not` is `1 − p`. With the linear and quadratic shapes,
/// `when` must be one comparison and the penalty grows as `strength · excess` or `strength · excess²`.
public struct Penalty: Hashable, Sendable {
    public enum Shape: String, Hashable, Sendable, CaseIterable {
        case sigmoid, linear, quadratic
    }

    public let when: Formula
    public let strength: Double
    public let softness: Double
    public let shape: Shape

    init(when: Formula, strength: Double, softness: Double, shape: Shape) {
        self.when = when
        self.strength = strength
        self.softness = softness
        self.shape = shape
    }
}

/// A bilinear interaction `strength · x · y` between two formulas (e.g. centred log learning rate and
/// log weight decay).
public struct Interaction: Hashable, Sendable {
    public let x: Formula
    public let y: Formula
    public let strength: Double

    init(x: Formula, y: Formula, strength: Double) {
        self.x = x
        self.y = y
        self.strength = strength
    }
}

/// Gaussian noise whose standard deviation may depend on the point.
public struct Noise: Hashable, Sendable {
    public let sigma: Formula
    /// Identifies this term's random stream: derived from the term's own text, so adding or removing
    /// other terms never reshuffles this one's noise.
    public let streamKey: UInt64

    init(sigma: Formula, streamKey: UInt64) {
        self.sigma = sigma
        self.streamKey = streamKey
    }
}

extension ScoreModel {
    /// Term `index` of this model on its own, with no baseline and no clip: evaluation uses it to name the
    /// term that is not finite. The term comes from this (valid) model, so the result is valid too.
    public func alone(term index: Int) -> ScoreModel {
        ScoreModel(baseline: 0, terms: [terms[index]], clip: nil)
    }
}
