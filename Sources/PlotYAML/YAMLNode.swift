import PlotDiagnostics

/// A YAML node with the position it was written at. The loader's output; the decoder's input.
///
/// Aliases are expanded into copies of the anchored node (the copy's root keeps the alias's own position),
/// and merge keys (`<<`) are already applied, so consumers see a plain tree.
public struct YAMLNode: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var kind: Kind
    /// Where the node starts (for a scalar: its first character, including any quote).
    public var location: SourceLocation
    /// Characters the node's first line covers, for underlining; 1 for collections.
    public var length: Int
    /// An explicit tag (`!!str`, `!custom`), if the user wrote one.
    public var tag: String?

    public init(kind: Kind, location: SourceLocation, length: Int = 1, tag: String? = nil) {
        self.kind = kind
        self.location = location
        self.length = length
        self.tag = tag
    }

    public var span: SourceSpan { SourceSpan(start: location, length: length) }

    public var scalar: YAMLScalar? {
        if case .scalar(let s) = kind { return s }
        return nil
    }

    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }

    public var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = kind { return pairs }
        return nil
    }

    /// A short name of the node's kind for messages: "a mapping", "a list", "the number 3", "the string 'x'".
    public var kindDescription: String {
        switch kind {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .scalar(let s): s.valueDescription
        }
    }
}

/// One `key: value` entry of a mapping.
public struct YAMLPair: Hashable, Sendable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }

    /// The key's text when it is a scalar (almost always).
    public var keyText: String? { key.scalar?.text }
}

/// A scalar with its raw text, how it was written, and its resolved value.
public struct YAMLScalar: Hashable, Sendable {
    public enum Style: Hashable, Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    /// A scalar's meaning under plotspec's resolution rules (docs/spec-reference.md, "Scalars").
    /// Only plain scalars resolve to non-strings; quoted and block scalars are always strings.
    public enum Value: Hashable, Sendable {
        case null
        case bool(Bool)
        case integer(Int)
        case number(Double)
        case string(String)
    }

    /// The scalar's text after YAML unescaping.
    public var text: String
    public var style: Style
    public var value: Value
    /// Where the first character of `text` sits in the file (after an opening quote; on the first content
    /// line of a block scalar). Formula diagnostics add their column offset to this.
    public var contentStart: SourceLocation
    /// True when every character of `text` maps one-to-one to a source column on a single line
    /// (no escapes, no folding), so `contentStart + offset` is exact.
    public var columnsAreExact: Bool

    public init(text: String, style: Style, value: Value, contentStart: SourceLocation, columnsAreExact: Bool) {
        self.text = text
        self.style = style
        self.value = value
        self.contentStart = contentStart
        self.columnsAreExact = columnsAreExact
    }

    /// The value as a Double if it is numeric.
    public var number: Double? {
        switch value {
        case .integer(let i): Double(i)
        case .number(let d): d
        default: nil
        }
    }

    var valueDescription: String {
        switch value {
        case .null: "null"
        case .bool(let b): "the boolean \(b)"
        case .integer, .number: "the number \(text)"
        case .string(let s): "the string '\(s.count > 40 ? String(s.prefix(40)) + "…" : s)'"
        }
    }
}
