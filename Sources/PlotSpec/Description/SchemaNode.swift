/// The shape of a value in the spec language: what a key may hold.
///
/// Part of the one description of the language (`SpecDescription`): a key's shape says what the decoder
/// reads there, and the JSON Schema and the reference's key tables are written from it. Mappings with
/// fixed keys are named by `SectionID` and resolved through the description, so a changed section
/// changes every place that holds it.
public indirect enum SchemaNode: Sendable {
    /// A mapping with fixed keys: one of the described sections.
    case section(SectionID)
    /// A mapping whose keys are user names (parameters) with values of one shape.
    case map(SchemaNode, description: String)
    case number(minimum: Double?, maximum: Double?, description: String)
    case integer(minimum: Int?, maximum: Int?, description: String)
    case string(description: String)
    case boolean(description: String)
    case choice([String], description: String)
    /// A list of exactly two items.
    case pair(SchemaNode, description: String)
    case list(SchemaNode, maxItems: Int?, description: String)
    /// Any one of several shapes (e.g. a number or `[below, above]`).
    case anyOf([SchemaNode], description: String)
    /// A formula: a string, or a number as a constant formula.
    case formula(description: String)
    /// A colour name, `#rrggbb`, `#rgb` or a grey level.
    case color(description: String)
}

extension SchemaNode {
    /// A number with no bounds and no description of its own (the key's doc says what it is).
    static let anyNumber = SchemaNode.number(minimum: nil, maximum: nil, description: "")

    /// The bounds of a number (or of the numbers in a pair or list), for the decoder's range checks.
    var numberBounds: (minimum: Double?, maximum: Double?)? {
        switch self {
        case .number(let lo, let hi, _): (lo, hi)
        case .integer(let lo, let hi, _): (lo.map(Double.init), hi.map(Double.init))
        case .pair(let item, _), .list(let item, _, _): item.numberBounds
        default: nil
        }
    }

    /// The integer shape itself, or of the items of a pair, list or name map, or the first of several
    /// shapes that has one (a grid's cell count: a whole number or `all`).
    var integerShape: SchemaNode? {
        switch self {
        case .integer: self
        case .pair(let item, _), .list(let item, _, _), .map(let item, _): item.integerShape
        case .anyOf(let options, _): options.lazy.compactMap(\.integerShape).first
        default: nil
        }
    }
}
