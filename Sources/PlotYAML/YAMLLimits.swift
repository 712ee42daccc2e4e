/// Bounds that keep hostile or accidental input (deep nesting, alias bombs, huge files) cheap to reject.
public struct YAMLLimits: Sendable, Hashable {
    /// Deepest allowed nesting of lists and mappings (the root collection is level 1).
    public var maxDepth: Int
    /// Most nodes one document may produce, counting every node an alias expands to.
    public var maxNodes: Int
    /// Largest accepted input, in bytes.
    public var maxInputBytes: Int
    /// Longest accepted scalar, in bytes after unescaping.
    public var maxScalarBytes: Int

    public init(
        maxDepth: Int = 200, maxNodes: Int = 1_000_000, maxInputBytes: Int = 16 << 20,
        maxScalarBytes: Int = 1 << 20
    ) {
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
        self.maxInputBytes = maxInputBytes
        self.maxScalarBytes = maxScalarBytes
    }

    /// Limits generous enough for any real spec and small enough to fail fast on hostile input.
    public static let `default` = YAMLLimits()
}
