/// A 1-based position in a source file, counted in Unicode characters (as libyaml counts them).
///
/// libyaml's 0-based marks are converted to this type in exactly one place (`PlotYAML`'s event reader);
/// everything downstream speaks 1-based lines and columns.
public struct SourceLocation: Hashable, Sendable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// The same line, `count` characters further right (used for positions inside a formula).
    public func advanced(byColumns count: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column + count)
    }
}

/// A run of characters on one line: where a diagnostic's caret and underline go.
public struct SourceSpan: Hashable, Sendable {
    public var start: SourceLocation
    /// Characters to underline; at least 1.
    public var length: Int

    public init(start: SourceLocation, length: Int = 1) {
        self.start = start
        self.length = max(1, length)
    }
}

// MARK: - CustomStringConvertible

extension SourceLocation: CustomStringConvertible {
    public var description: String { "\(file):\(line):\(column)" }
}
