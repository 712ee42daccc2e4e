import PlotDiagnostics

/// Which explicit tags plotspec honours, and the error for the rest.
///
/// Honoured: the core-schema scalar tags `!!str`, `!!int`, `!!float`, `!!bool`, `!!null` (applied by
/// `ScalarResolver`), the non-specific `!` (a string), `!!map` on a mapping, `!!seq` on a sequence and
/// `!!merge` on a `<<` key. Any other tag (`!!python/object:…`, `!foo`, `!!binary`, `!!set`) would be
/// ignored by the decoder, so it is an error at the tag rather than a silently different reading.
enum TagCheck {
    static let scalarTags = ["!!str", "!!int", "!!float", "!!bool", "!!null", "!"]
    static let knownTags = scalarTags + ["!!map", "!!seq"]

    enum NodeKind {
        case scalar(text: String)
        case mapping
        case sequence

        var description: String {
            switch self {
            case .scalar: "a scalar"
            case .mapping: "a mapping"
            case .sequence: "a list"
            }
        }
    }

    /// The problem with `tag` on a node of `kind`, or nil when plotspec honours it.
    static func problem(_ tag: String, on kind: NodeKind, at span: SourceSpan) -> Diagnostic? {
        switch (tag, kind) {
        case ("!", _), ("!!map", .mapping), ("!!seq", .sequence), ("!!merge", .scalar(text: "<<")):
            return nil
        case (_, .scalar) where scalarTags.contains(tag):
            return nil
        case ("!!map", _), ("!!seq", _),
            (_, .mapping) where scalarTags.contains(tag),
            (_, .sequence) where scalarTags.contains(tag):
            return Messages.YAML.tagKindMismatch(tag, found: kind.description, at: span)
        default:
            return Messages.YAML.unknownTag(tag, at: span, suggestion: Suggestions.closest(to: tag, among: knownTags))
        }
    }

    /// Where the tag token of a node starts: at the node's properties, or after its anchor when the
    /// anchor is written first (`&a !!str x`).
    static func location(from propertiesStart: SourceLocation, hasAnchor: Bool, in source: SourceText)
        -> SourceLocation
    {
        guard hasAnchor, source.scalar(at: propertiesStart) != "!" else { return propertiesStart }
        return source.skippingProperties(1, from: propertiesStart)
    }
}
