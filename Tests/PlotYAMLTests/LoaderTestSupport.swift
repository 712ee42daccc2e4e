import PlotDiagnostics

@testable import PlotYAML

/// The file name every in-memory test document is loaded under.
let testFile = "test.yaml"

/// Loads `text`, letting the test fail on any diagnostic.
func load(_ text: String, limits: YAMLLimits = .default) throws -> YAMLNode {
    try YAMLLoader.load(text: text, file: testFile, sources: nil, limits: limits)
}

/// The diagnostics loading `bytes` produces (empty when it loads).
func diagnostics(bytes: [UInt8], limits: YAMLLimits = .default) -> [Diagnostic] {
    do {
        _ = try YAMLLoader.load(bytes: bytes, file: testFile, sources: nil, limits: limits)
        return []
    } catch {
        return error.diagnostics
    }
}

/// The diagnostics loading `text` produces (empty when it loads).
func diagnostics(_ text: String, limits: YAMLLimits = .default) -> [Diagnostic] {
    diagnostics(bytes: Array(text.utf8), limits: limits)
}

/// A 1-based location in the test file.
func at(_ line: Int, _ column: Int) -> SourceLocation {
    SourceLocation(file: testFile, line: line, column: column)
}

/// A span in the test file.
func span(_ line: Int, _ column: Int, length: Int = 1) -> SourceSpan {
    SourceSpan(start: at(line, column), length: length)
}

extension YAMLNode {
    /// The value under `key` in a mapping node.
    subscript(key: String) -> YAMLNode? {
        mapping?.first { $0.keyText == key }?.value
    }

    /// The item at `index` in a sequence node.
    subscript(index: Int) -> YAMLNode? {
        guard let items = sequence, items.indices.contains(index) else { return nil }
        return items[index]
    }

    var value: YAMLScalar.Value? { scalar?.value }
}
