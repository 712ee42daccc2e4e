import PlotDiagnostics
import PlotScales

/// One hyperparameter: its range, scale and how it is shown.
public struct Parameter: Hashable, Sendable {
    public let name: String
    /// Data-space bounds, `lower < upper`; positive on log scales.
    public let lower: Double
    public let upper: Double
    public let scale: ScaleKind
    /// Values are whole numbers (batch size, depth): samples are rounded before scoring.
    public let integer: Bool
    /// Allowed discrete values, if the parameter is categorical or restricted to a list; sorted ascending.
    /// For a categorical parameter these are the category indices 0…n−1.
    public let values: [Double]?
    /// Category names in the order written, if the parameter is categorical. Category `i` has the value
    /// `i`; the range is then `-0.5 … n−0.5`, so a grid of n cells samples each category once at a cell
    /// centre and a uniform draw snapped to the nearest index picks each category with probability 1/n.
    public let categories: [String]?
    /// Axis label; defaults to the name with underscores as spaces, capitalised.
    public let label: String
    public let tickFormat: TickFormat
    /// The value used when the parameter is held fixed (not on a grid axis): the spec's `default`,
    /// a `hold` override, or the middle of the range in the parameter's own scale.
    public let heldValue: Double
    public let span: SourceSpan

    init(
        name: String, lower: Double, upper: Double, scale: ScaleKind, integer: Bool, values: [Double]?,
        label: String, tickFormat: TickFormat, heldValue: Double, span: SourceSpan, categories: [String]? = nil
    ) {
        self.name = name
        self.lower = lower
        self.upper = upper
        self.scale = scale
        self.integer = integer
        self.values = values
        self.categories = categories
        self.label = label
        self.tickFormat = tickFormat
        self.heldValue = heldValue
        self.span = span
    }

    public var continuousScale: ContinuousScale {
        ContinuousScale(kind: scale, lower: lower, upper: upper)
    }

    /// Builds a categorical parameter: category `i` is the value `i` on a linear axis from −0.5 to n−0.5.
    static func categorical(
        name: String, categories: [String], label: String, heldIndex: Int, span: SourceSpan
    ) -> Parameter {
        let count = Double(categories.count)
        return Parameter(
            name: name, lower: -0.5, upper: count - 0.5, scale: .linear, integer: true,
            values: categories.indices.map(Double.init), label: label, tickFormat: .plain,
            heldValue: Double(heldIndex), span: span, categories: categories)
    }

    public var isCategorical: Bool { categories != nil }

    /// This parameter held at another value (`default`, `hold`); the decoder has checked and snapped it.
    func holding(_ value: Double) -> Parameter {
        Parameter(
            name: name, lower: lower, upper: upper, scale: scale, integer: integer, values: values, label: label,
            tickFormat: tickFormat, heldValue: value, span: span, categories: categories)
    }

    /// The category a (snapped) value stands for, if the parameter is categorical.
    public func categoryName(of value: Double) -> String? {
        categories.flatMap { Self.categoryName(of: value, among: $0) }
    }

    /// The name of the category nearest `value` among `categories` (index `i` has value `i`).
    static func categoryName(of value: Double, among categories: [String]) -> String? {
        guard !categories.isEmpty, value.isFinite else { return nil }
        let index = Int(Swift.min(Swift.max(value.rounded(), 0), Double(categories.count - 1)))
        return categories[index]
    }

    /// Snaps a raw value to what the parameter can take: the nearest category index when categorical,
    /// the nearest listed value (in the parameter's scale) when restricted to `values`, else rounded when
    /// integer; always clamped into the range.
    @inlinable
    public func snap(_ raw: Double) -> Double {
        if let categories {
            // Indices are 0…n−1, so rounding and clamping finds the nearest without a search.
            return Swift.min(Swift.max(raw.rounded(), 0), Double(Swift.max(categories.count - 1, 0)))
        }
        var v = Swift.min(Swift.max(raw, lower), upper)
        if let values, !values.isEmpty {
            // Nearest in the parameter's own scale, as grids and draws are even in it: with values [2, 4]
            // on a log2 scale the midpoint is 2.83, so 2.9 snaps to 4 (on a linear scale it would be 2).
            let s = scale.forward(v)
            var best = values[0]
            for candidate in values where abs(scale.forward(candidate) - s) < abs(scale.forward(best) - s) {
                best = candidate
            }
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
    /// A printf-style pattern such as `%.2f`, validated by the decoder.
    case pattern(NumberPattern)
}
