import PlotDiagnostics

/// One libyaml parser event, copied into Swift values with 1-based positions.
///
/// The tree builder consumes these; it never sees a C type, so everything past `EventReader` is plain Swift.
enum YAMLEvent {
    case streamStart
    case streamEnd
    case documentStart(at: SourceLocation)
    case documentEnd
    case alias(name: String, start: SourceLocation, end: SourceLocation)
    case scalar(ScalarEvent)
    case sequenceStart(CollectionEvent)
    case sequenceEnd
    case mappingStart(CollectionEvent)
    case mappingEnd
}

/// A scalar as libyaml reported it, before type resolution.
struct ScalarEvent {
    /// The unescaped text; decoded with the event's length so embedded NULs survive.
    var text: String
    /// Size of the unescaped text in UTF-8 bytes (what `YAMLLimits.maxScalarBytes` bounds).
    var byteCount: Int
    var style: YAMLScalar.Style
    var anchor: String?
    /// The explicit tag in short form (`!!int`, `!custom`), or `nil` when none was written.
    var tag: String?
    var start: SourceLocation
    var end: SourceLocation
}

/// The start of a list or mapping.
struct CollectionEvent {
    var anchor: String?
    var tag: String?
    var start: SourceLocation
}

/// Why libyaml stopped, in Swift terms; the loader turns it into a located diagnostic.
enum ParseFailure: Error {
    /// A reader (encoding) error: libyaml reports a byte offset, not a line and column.
    case reader(problem: String, byteOffset: Int, value: Int)
    /// A scanner or parser error at a position, with libyaml's optional "while parsing …" context.
    case syntax(problem: String, at: SourceLocation, context: String?, contextAt: SourceLocation?)
    case outOfMemory
}

/// The YAML core-schema tag prefix, which libyaml expands `!!` into.
let coreTagPrefix = "tag:yaml.org,2002:"

/// Shortens `tag:yaml.org,2002:int` back to `!!int`, the form users write and messages show.
func shortTag(_ tag: String) -> String {
    tag.hasPrefix(coreTagPrefix) ? "!!" + tag.dropFirst(coreTagPrefix.count) : tag
}
