import Foundation
import PlotDiagnostics

@testable import PlotSpecKit

/// A fresh folder under the system temp directory, removed when the value is released.
final class TemporaryFolder {
    let path: String

    init() throws {
        let base = (NSTemporaryDirectory() as NSString).appendingPathComponent("plotspec-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        path = base
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes `bytes` to `name` (folders are created) and returns the full path.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let full = (path as NSString).appendingPathComponent(name)
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent,
            withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: full))
        return full
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Array(text.utf8))
    }
}

/// Paths inside this repository, found from this file's own location.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// Every `.yaml` file under `folder` (relative to the root), recursively, sorted.
    static func yamlFiles(under folder: String) -> [String] {
        let base = (root as NSString).appendingPathComponent(folder)
        let names = FileManager.default.enumerator(atPath: base)?.compactMap { $0 as? String } ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { (base as NSString).appendingPathComponent($0) }
    }

    /// The `plotspec` binary `swift build`/`swift test` put beside the test bundle, if it is there.
    static var plotspecBinary: String? {
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = url.appendingPathComponent("plotspec").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            url.deleteLastPathComponent()
        }
        return nil
    }
}

/// A small valid spec: a 6 × 5 grid heatmap over two parameters, with the given output path and terms.
enum SpecText {
    static func minimal(
        output: String = "out.png", xRange: String = "[0, 1]", xScale: String = "linear",
        terms: String = "- expr: \"x + y\""
    ) -> String {
        """
        figure: {output: \(output), size: [3, 2], dpi: 40}
        parameters:
          x: {range: \(xRange), scale: \(xScale)}
          y: {range: [0, 1]}
        sampling: {grid: {x: 6, y: 5}}
        score:
          terms:
            \(terms)
        plot: {heatmap: {x: x, y: y}}

        """
    }
}

/// Checks that a diagnostic points inside the file it names: line ≤ line count and column ≤ that line's
/// length + 1, counting Unicode scalars and `\n`-terminated lines as plotspec does.
enum LocationCheck {
    /// A description of each span that lies outside its file (empty when all are fine).
    static func problems(in diagnostics: [Diagnostic]) -> [String] {
        var lengthsByFile: [String: [Int]?] = [:]
        var problems: [String] = []
        for diagnostic in diagnostics {
            for case let span? in [diagnostic.span] + diagnostic.notes.map(\.span) {
                let file = span.start.file
                if lengthsByFile[file] == nil { lengthsByFile[file] = lineLengths(of: file) }
                guard let lengths = lengthsByFile[file] ?? nil else {
                    problems.append("\(diagnostic.code): \(file) cannot be read")
                    continue
                }
                let (line, column) = (span.start.line, span.start.column)
                if line < 1 || line > lengths.count || column < 1 || column > lengths[line - 1] + 1 {
                    problems.append("\(diagnostic.code) at \(span.start) is outside the file (\(lengths.count) lines)")
                }
            }
        }
        return problems
    }

    static func lineLengths(of path: String) -> [Int]? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return [UInt8](data).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            let trimmed = line.last == UInt8(ascii: "\r") ? line.dropLast() : line
            return trimmed.count { $0 & 0xC0 != 0x80 }
        }
    }
}
