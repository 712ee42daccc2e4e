import PlotDiagnostics

/// The lines of an input, for checking that a diagnostic's position lies inside it.
///
/// Lines end at `\n`; columns count Unicode scalars (invalid bytes count as one each), the way libyaml
/// and `SourceText` count them. A position may sit one past a line's last character (an error "at the end
/// of the line").
struct LocationBounds {
    /// Characters on each line, without a trailing `\r`.
    let lineLengths: [Int]

    init(bytes: [UInt8]) {
        var lengths: [Int] = []
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            let trimmed = line.last == UInt8(ascii: "\r") ? line.dropLast() : line
            lengths.append(trimmed.count { $0 & 0xC0 != 0x80 })
        }
        lineLengths = lengths
    }

    func contains(_ location: SourceLocation) -> Bool {
        guard location.line >= 1, location.line <= lineLengths.count else { return false }
        return location.column >= 1 && location.column <= lineLengths[location.line - 1] + 1
    }
}
