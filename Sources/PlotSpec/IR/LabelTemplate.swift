import PlotScales

/// Annotation text with `{name}` and `{name:%fmt}` placeholders, parsed once by the decoder.
///
/// Guarantees: every field names a quantity that exists (`score`, the shown `value`, or a parameter by
/// index) and carries the `NumberPattern` it prints with (parsed and validated, or the default). Filling it in reads numbers and formats
/// them; nothing is parsed or looked up by name again.
public struct LabelTemplate: Hashable, Sendable {
    /// What a placeholder reads at the annotation's point.
    public enum Quantity: Hashable, Sendable {
        /// `{score}`: the score, whatever the plot shows.
        case score
        /// `{true_score}`: the noise-free score of the same sample (`SampleTable.trueScore`).
        case trueScore
        /// `{value}`: the value the plot shows (score or loss).
        case value
        /// `{parameter}`: a parameter's coordinate, by index into `FigureSpec.parameters`.
        case parameter(Int)
    }

    /// The placeholders that read the sample at the annotation's point rather than a parameter.
    public static let sampleQuantities = ["score", "true_score", "value"]

    /// One placeholder, resolved.
    public struct Field: Hashable, Sendable {
        public let quantity: Quantity
        /// The pattern written after `:`, or `NumberPattern.threeSignificantDigits` when none was.
        public let pattern: NumberPattern
        /// Category names printed instead of the number: set for a categorical parameter written
        /// without a pattern (`{optimizer}` prints `adam`, `{optimizer:%d}` prints `0`).
        public let categories: [String]?

        init(quantity: Quantity, pattern: NumberPattern, categories: [String]?) {
            self.quantity = quantity
            self.pattern = pattern
            self.categories = categories
        }
    }

    public enum Piece: Hashable, Sendable {
        case literal(String)
        case field(Field)
    }

    /// The text as written in the spec. When `fields` is empty (always so for text with no point to
    /// read), this is what is drawn.
    public let written: String
    public let pieces: [Piece]

    init(written: String, pieces: [Piece]) {
        self.written = written
        self.pieces = pieces
    }

    /// The placeholders, in order.
    public var fields: [Field] {
        pieces.compactMap { if case .field(let field) = $0 { field } else { nil } }
    }

    /// The text with every field replaced by `number(field.quantity)`, formatted by the field.
    public func filled(_ number: (Quantity) -> Double) -> String {
        var out = ""
        for piece in pieces {
            switch piece {
            case .literal(let text):
                out += text
            case .field(let field):
                let value = number(field.quantity)
                out +=
                    field.categories.flatMap { Parameter.categoryName(of: value, among: $0) }
                    ?? field.pattern.format(value)
            }
        }
        return out
    }
}
