/// One source line as Unicode scalars, with the few YAML-shaped questions the syntax explainer asks
/// about it. Columns are 1-based and count scalars, like libyaml's marks.
struct SourceLine {
    let scalars: [Unicode.Scalar]

    init(bytes: ArraySlice<UInt8>) {
        scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
    }

    /// The scalar at 1-based `column`, if the line is that long.
    func character(at column: Int) -> Unicode.Scalar? {
        scalars.indices.contains(column - 1) ? scalars[column - 1] : nil
    }

    /// The column of the first character that is not a blank, or `nil` for a blank or comment-only line.
    var contentStart: Int? {
        guard let index = scalars.firstIndex(where: { !isBlank($0) }), scalars[index] != "#" else { return nil }
        return index + 1
    }

    /// Whether the line starts with a block list item (`- `).
    var isListItem: Bool {
        guard let start = contentStart, scalars[start - 1] == "-" else { return false }
        return character(at: start + 1).map(isBlank) ?? true
    }

    /// Where the line's own key (or value) starts: after the `- ` of a list item, else at its content.
    var keyColumn: Int {
        guard let start = contentStart else { return 1 }
        guard isListItem else { return start }
        var column = start + 1
        while let next = character(at: column), isBlank(next) { column += 1 }
        return column
    }

    /// Whether every character before `column` is a blank.
    func isBlank(before column: Int) -> Bool {
        scalars.prefix(max(0, column - 1)).allSatisfy(isBlank)
    }

    /// The column of the first tab in the line's indentation.
    var firstIndentationTab: Int? {
        let indentation = scalars.prefix { isBlank($0) }
        return indentation.firstIndex(of: "\t").map { $0 + 1 }
    }

    /// The last non-blank character before `column`.
    func lastNonBlank(before column: Int) -> Unicode.Scalar? {
        scalars.prefix(max(0, column - 1)).last { !isBlank($0) }
    }

    /// The text from `column` to the end of the line, without a trailing comment and blanks.
    func trimmedContent(from column: Int) -> String {
        var rest = scalars.dropFirst(max(0, column - 1))
        if let hash = rest.indices.first(where: { rest[$0] == "#" && ($0 == rest.startIndex || isBlank(rest[$0 - 1])) })
        {
            rest = rest[rest.startIndex..<hash]
        }
        while let last = rest.last, isBlank(last) { rest = rest.dropLast() }
        var text = ""
        text.unicodeScalars.append(contentsOf: rest)
        return text
    }

    /// The line's `key: value` split, if it has one: the key's text, the column of its `:` and the column
    /// where the value starts (one past the end when the value is on the next lines).
    ///
    /// A quoted key is skipped whole; a `:` counts only when a blank or the line's end follows it.
    func entry() -> (key: String, colon: Int, valueStart: Int)? {
        var index = keyColumn - 1
        guard index < scalars.count, scalars[index] != "[", scalars[index] != "{" else { return nil }
        if scalars[index] == "\"" || scalars[index] == "'" {
            let quote = scalars[index]
            index += 1
            while index < scalars.count, scalars[index] != quote { index += scalars[index] == "\\" ? 2 : 1 }
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "#", index > 0, isBlank(scalars[index - 1]) { return nil }
            if scalar == ":", index + 1 == scalars.count || isBlank(scalars[index + 1]) {
                let key = trimmedContent(from: keyColumn).unicodeScalars.prefix(index - (keyColumn - 1))
                var valueStart = index + 2
                while let next = character(at: valueStart), isBlank(next) { valueStart += 1 }
                var keyText = ""
                keyText.unicodeScalars.append(contentsOf: key)
                return (keyText.trimmingBlanks, index + 1, valueStart)
            }
            index += 1
        }
        return nil
    }

    private func isBlank(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" }
}

extension String {
    fileprivate var trimmingBlanks: String {
        var scalars = Substring(self).unicodeScalars[...]
        while let last = scalars.last, last == " " || last == "\t" { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
