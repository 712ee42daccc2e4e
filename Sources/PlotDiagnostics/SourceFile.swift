import PlotConcurrency

/// The text of a file that diagnostics may point into, split into lines for caret display.
public struct SourceFile: Sendable {
    public let path: String
    public let lines: [Substring]

    public init(path: String, text: String) {
        self.path = path
        // Split on the byte, not on Characters: "\r\n" is one Character, so a Character split would leave
        // a CRLF file as one line. memchr keeps a megabyte line cheap even in a debug build.
        var text = text
        let offsets: [Int] = text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return [] }
            var found: [Int] = []
            var offset = 0
            while offset < bytes.count,
                let hit = memchr(base + offset, Int32(UInt8(ascii: "\n")), bytes.count - offset)
            {
                let position = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                found.append(position)
                offset = position + 1
            }
            return found
        }
        var lines: [Substring] = []
        var start = text.utf8.startIndex
        for offset in offsets {
            let end = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
            lines.append(text[start..<end])
            start = text.utf8.index(after: end)
        }
        lines.append(text[start...])
        self.lines = lines
    }

    /// The 1-based line `number` without its line terminator, or `nil` past the end.
    public func line(_ number: Int) -> Substring? {
        guard number >= 1, number <= lines.count else { return nil }
        let line = lines[number - 1]
        return line.last == "\r" ? line.dropLast() : line
    }
}

/// Every source file read during one run, so the formatter can show the offending line under a diagnostic.
public final class SourceRegistry: Sendable {
    private let files = Locked<[String: SourceFile]>([:])

    public init() {}

    public func register(_ file: SourceFile) {
        files.withLock { $0[file.path] = file }
    }

    public func file(_ path: String) -> SourceFile? {
        files.withLock { $0[path] }
    }

    /// The path of every file registered so far, as diagnostics name them, sorted. For a pipeline that
    /// loaded one spec, these are the files the spec read (itself and what it extends), including when
    /// loading failed part-way: what `render --watch` watches.
    public var paths: [String] {
        files.withLock { $0.keys.sorted() }
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
