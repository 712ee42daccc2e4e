import PlotDiagnostics

/// Whether a `[` or `{` is ever closed, for telling "never closed" from "a comma is missing".
///
/// A light scan, not a parser: it skips quoted strings and comments and counts brackets, which is all
/// the difference needs. Linear in the rest of the file.
enum FlowBracketScan {
    static func closes(_ source: SourceText, from opening: SourceLocation) -> Bool {
        guard let start = source.byteOffset(of: opening) else { return false }
        let bytes = source.bytes
        var depth = 0
        var index = start
        var previous = UInt8(ascii: " ")
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
                if depth == 0 { return true }
            case _ where (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")) && startsToken(after: previous):
                guard let end = quoteEnd(bytes, from: index) else { return false }
                index = end
            case UInt8(ascii: "#") where isBlank(previous):
                while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
            default:
                break
            }
            previous = index < bytes.count ? bytes[index] : previous
            index += 1
        }
        return false
    }

    /// A quote opens a string only where a token can start (inside a plain scalar it is text).
    private static func startsToken(after previous: UInt8) -> Bool {
        isBlank(previous)
            || [UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","), UInt8(ascii: ":")]
                .contains(previous)
    }

    /// The index of the closing quote of the string opened at `start`, or `nil` if it never closes.
    private static func quoteEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        let quote = bytes[start]
        var index = start + 1
        while index < bytes.count {
            let byte = bytes[index]
            if quote == UInt8(ascii: "\""), byte == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if byte == quote {
                // In single quotes, '' is an escaped quote.
                if quote == UInt8(ascii: "'"), index + 1 < bytes.count, bytes[index + 1] == quote {
                    index += 2
                    continue
                }
                return index
            }
            index += 1
        }
        return nil
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r")
    }
}
