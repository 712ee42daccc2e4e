/// A description of what a spec node may hold: the source of `plotspec schema`.
///
/// Object schemas take their key lists from the decoder's own tables (`DecodeContext.figureKeys`, …), and
/// a test checks that every decoder key has a type here, so the schema and the decoder cannot drift apart.
public indirect enum SchemaNode: Sendable {
    /// A mapping with fixed keys. `exactlyOne` lists keys of which exactly one must be present.
    case object(ObjectSchema)
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

/// The keys of one mapping section.
public struct ObjectSchema: Sendable {
    public var description: String
    /// Keys in documentation order.
    public var keys: [String]
    public var properties: [String: SchemaNode]
    public var required: [String]
    public var exactlyOne: [String]

    public init(description: String, keys: [String], properties: [String: SchemaNode], required: [String] = [],
                exactlyOne: [String] = [])
    {
        self.description = description
        self.keys = keys
        self.properties = properties
        self.required = required
        self.exactlyOne = exactlyOne
    }

    /// Keys the decoder accepts that have no schema entry (should always be empty; a test checks it).
    public var untypedKeys: [String] { keys.filter { properties[$0] == nil } }
}
