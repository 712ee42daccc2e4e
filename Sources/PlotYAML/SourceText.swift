import PlotDiagnostics

/// The raw input split into lines, for the few positions libyaml's events do not give directly.
///
/// Columns are counted in Unicode scalars, as libyaml counts them. Lines end at `\n` (a `\r` before it is
/// dropped); libyaml also breaks lines at a lone `\r`, NEL, LS and PS, which spec files do not use.
struct SourceText {
    let file: String
    let bytes: [UInt8]
    /// Byte offset where each line starts; `lineStarts[0] == 0`.
    private let lineStarts: [Int]
    /// Characters on the last line (it has no line break, so no `\r` to drop).
    private let lastLineLength: Int

    init(file: String, bytes: [UInt8]) {
        self.file = file
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        self.lineStarts = starts
        let lastLine = bytes[(starts.last ?? 0)...]
        self.lastLineLength = lastLine.count { $0 & 0xC0 != 0x80 }
    }

    /// The bytes of 1-based line `number` without its terminator, or `nil` past the end.
    func line(_ number: Int) -> ArraySlice<UInt8>? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return bytes[start..<end]
    }

    /// The location of a byte offset (libyaml's reader errors give only that).
    func location(ofByteOffset offset: Int) -> SourceLocation {
        let offset = min(max(0, offset), bytes.count)
        // The last line start at or before `offset`.
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        let column = bytes[lineStarts[low]..<offset].count { !isContinuation($0) } + 1
        return SourceLocation(file: file, line: low + 1, column: column)
    }

    /// `location`, moved back inside the text if it lies past its end.
    ///
    /// libyaml puts marks at the end of the stream on the line after the last one when the file does not
    /// end with a line break (`[` alone fails at 2:1, `---` alone has its empty value at 2:1); such a
    /// position would point outside the file.
    ///
    /// O(1): it runs for every node, and only the last line can hold such a mark, so only that line's
    /// length (counted once, in `init`) is needed.
    func clamped(_ location: SourceLocation) -> SourceLocation {
        let lastLine = lineStarts.count
        if location.line >= 1, location.line < lastLine { return location }
        if location.line == lastLine, location.column >= 1, location.column <= lastLineLength + 1 { return location }
        return SourceLocation(file: location.file, line: lastLine, column: lastLineLength + 1)
    }

    /// The character at a location, if the location is inside a line.
    func scalar(at location: SourceLocation) -> Unicode.Scalar? {
        guard let line = line(location.line), let slice = suffix(of: line, fromColumn: location.column)
        else { return nil }
        var iterator = slice.makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }

    /// The byte offset of a location inside a line, or `nil` if the line is shorter.
    func byteOffset(of location: SourceLocation) -> Int? {
        guard let line = line(location.line) else { return nil }
        return suffix(of: line, fromColumn: location.column)?.startIndex
    }

    /// Characters from `location` to the end of its line, without trailing blanks (and, when
    /// `trimComment`, without a trailing comment; a `#` inside quotes is text).
    ///
    /// Used as the underline length of scalars that continue on later lines.
    func restOfLineLength(from location: SourceLocation, trimComment: Bool = true) -> Int {
        guard let line = line(location.line), var slice = suffix(of: line, fromColumn: location.column)
        else { return 1 }
        if trimComment, let hash = commentStart(in: slice) { slice = slice[slice.startIndex..<hash] }
        while let last = slice.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") {
            slice = slice.dropLast()
        }
        return max(1, slice.count { !isContinuation($0) })
    }

    /// Where the content of a block scalar (`|`, `>`) starts: the first non-blank line after its header,
    /// at that line's indentation.
    func blockContentStart(headerLine: Int, lastLine: Int) -> SourceLocation? {
        guard headerLine < lastLine else { return nil }
        for number in (headerLine + 1)...lastLine {
            guard let line = line(number) else { return nil }
            let indent = line.prefix { $0 == UInt8(ascii: " ") }.count
            if line.dropFirst(indent).contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) {
                return SourceLocation(file: file, line: number, column: indent + 1)
            }
        }
        return nil
    }

    /// Where a node's own text starts when libyaml's mark points at its properties (`&anchor`, `!tag`).
    ///
    /// Skips `count` property tokens and the blanks, line breaks and comments around them, so a scalar's
    /// location and content start are on the value itself.
    func skippingProperties(_ count: Int, from location: SourceLocation) -> SourceLocation {
        guard count > 0, let line = line(location.line), let slice = suffix(of: line, fromColumn: location.column)
        else { return location }
        var offset = slice.startIndex
        var remaining = count
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "\r")
            {
                offset += 1
            } else if byte == UInt8(ascii: "#") {
                while offset < bytes.count, bytes[offset] != UInt8(ascii: "\n") { offset += 1 }
            } else if remaining > 0, byte == UInt8(ascii: "&") || byte == UInt8(ascii: "!") {
                while offset < bytes.count, !isBlank(bytes[offset]) { offset += 1 }
                remaining -= 1
            } else {
                break
            }
        }
        return remaining == 0 ? self.location(ofByteOffset: offset) : location
    }

    // MARK: - Helpers

    private func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r")
    }

    /// The part of `line` starting at 1-based character `column`, or `nil` if the line is shorter.
    private func suffix(of line: ArraySlice<UInt8>, fromColumn column: Int) -> ArraySlice<UInt8>? {
        var remaining = column - 1
        var index = line.startIndex
        while remaining > 0, index < line.endIndex {
            index += 1
            while index < line.endIndex, isContinuation(line[index]) { index += 1 }
            remaining -= 1
        }
        guard remaining == 0, index < line.endIndex else { return nil }
        return line[index...]
    }

    /// A ` #` that starts a comment (a `#` inside a plain scalar needs a space before it).
    private func commentStart(in slice: ArraySlice<UInt8>) -> Int? {
        var previous = UInt8(ascii: " ")
        for index in slice.indices {
            let byte = slice[index]
            if byte == UInt8(ascii: "#"), previous == UInt8(ascii: " ") || previous == UInt8(ascii: "\t"),
                index != slice.startIndex
            {
                return index
            }
            previous = byte
        }
        return nil
    }

    private func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
}
