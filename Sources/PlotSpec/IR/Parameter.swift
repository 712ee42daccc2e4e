import PlotDiagnostics
import PlotScales

/// One hyperparameter: its range, scale and how it is shown.
public struct Parameter: Hashable, Sendable {
    public var name: String
    /// Data-space bounds, `lower < upper`; positive on log scales.
    public var lower: Double
    public var upper: Double
    public var scale: ScaleKind
    /// Values are whole numbers (batch size, depth): samples are rounded before scoring.
    public var integer: Bool
    /// Allowed discrete values, if the parameter is categorical or restricted to a list; sorted ascending.
    public var values: [Double]?
    /// Axis label; defaults to the name with underscores as spaces, capitalised.
    public var label: String
    public var tickFormat: TickFormat
    /// The value used when the parameter is held fixed (not on a grid axis): the spec's `default`,
    /// a `hold` override, or the middle of the range in the parameter's own scale.
    public var heldValue: Double
    public var span: SourceSpan

    public init(
        name: String, lower: Double, upper: Double, scale: ScaleKind, integer: Bool, values: [Double]?,
        label: String, tickFormat: TickFormat, heldValue: Double, span: SourceSpan
    ) {
        self.name = name
        self.lower = lower
        self.upper = upper
        self.scale = scale
        self.integer = integer
        self.values = values
        self.label = label
        self.tickFormat = tickFormat
        self.heldValue = heldValue
        self.span = span
    }

    public var continuousScale: ContinuousScale {
        ContinuousScale(kind: scale, lower: lower, upper: upper)
    }

    /// Snaps a raw value to what the parameter can take: rounded when integer, nearest listed value when
    /// restricted to `values`, and clamped into the range.
    @inlinable
    public func snap(_ raw: Double) -> Double {
        var v = Swift.min(Swift.max(raw, lower), upper)
        if let values, !values.isEmpty {
            var best = values[0]
            for candidate in values where abs(candidate - v) < abs(best - v) { best = candidate }
            return best
        }
        if integer { v = v.rounded() }
        return v
    }
}

/// How tick labels of an axis are written.
public enum TickFormat: Hashable, Sendable {
    /// Chosen from the scale: powers of ten on log10 axes, plain numbers elsewhere.
    case auto
    case plain
    /// `1e-4`
    case scientific
    /// `10⁻⁴`
    case power
    case percent
    /// A printf-style pattern such as `%.2f`.
    case pattern(String)
}
