import PlotDiagnostics

/// Reads a JSON Lines trial table: one JSON object per line, its keys the columns.
///
/// Columns appear in the order their keys are first written; a row without a key has a missing cell there.
/// Numbers are numbers (and `NaN`, `Infinity`, `-Infinity`, as Python writes them, are non-finite numbers);
/// strings are categories; `true`/`false` are the categories `true` and `false`; `null` is a missing cell.
/// An object or array as a value, a line that is not an object, a key written twice and invalid JSON or
/// UTF-8 are errors at `FILE:LINE:COLUMN` (a character column). Blank lines are skipped.
public enum JSONLinesReader {
    /// Reads the JSON Lines file at `path`; an unreadable file is an error located at `origin`.
    public static func read(path: String, origin: SourceSpan? = nil) throws(DataReadError) -> TrialTable {
        try read(FileInput(path: path, origin: origin), path: path)
    }

    /// Reads JSON Lines text held in memory, reporting problems against `path`.
    public static func read(bytes: [UInt8], path: String) throws(DataReadError) -> TrialTable {
        try read(MemoryInput(bytes), path: path)
    }

    static func read(_ input: any ByteInput, path: String) throws(DataReadError) -> TrialTable {
        var builder = JSONLinesTableBuilder(path: path)
        let lines = LineReader(input: input)
        while builder.errors.wantsMore, var line = try lines.next() {
            if lines.lineNumber == 1, line.starts(with: [0xEF, 0xBB, 0xBF]) {
                line = UnsafeBufferPointer(rebasing: line[3...])
            }
            builder.readLine(line, number: lines.lineNumber)
        }
        try builder.errors.throwIfAny()
        return builder.table()
    }
}

/// The state of one JSON Lines read.
private struct JSONLinesTableBuilder {
    let path: String
    var errors: DataErrorCollector
    var names: [String] = []
    var columnOfName: [String: Int] = [:]
    var builders: [ColumnBuilder] = []
    var valueColumns: [[UInt32]] = []
    var rowLines: [UInt32] = []

    init(path: String) {
        self.path = path
        errors = DataErrorCollector(path: path)
    }

    mutating func readLine(_ line: UnsafeBufferPointer<UInt8>, number: Int) {
        guard line.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { return }
        let value: JSONValue
        do throws(JSONSyntaxError) {
            value = try JSONScanner.parse(line)
        } catch {
            let span = span(line: number, offset: error.offset, in: line)
            switch error.kind {
            case .syntax(let detail): errors.report(Messages.Data.jsonSyntax(detail, at: span))
            case .invalidUTF8: errors.report(Messages.Data.invalidUTF8(at: span))
            }
            return
        }
        guard case .object(let members) = value else {
            errors.report(Messages.Data.jsonNotObject(at: span(line: number, offset: firstNonBlank(line), in: line)))
            return
        }
        guard checkMembers(members, line: line, number: number) else { return }
        let row = rowLines.count
        var written = Set<Int>()
        for member in members {
            let column = column(named: member.key, rows: row)
            written.insert(column)
            valueColumns[column][row] = UInt32(clamping: characterColumn(of: member.valueOffset, in: line))
            switch member.value {
            case .number(let number): builders[column].append(number: number)
            case .string(let text): builders[column].append(text: text)
            case .bool(let flag): builders[column].append(text: flag ? "true" : "false")
            case .null, .array, .object: builders[column].appendMissing()
            }
        }
        for column in builders.indices where !written.contains(column) { builders[column].appendMissing() }
        rowLines.append(UInt32(clamping: number))
        for column in valueColumns.indices where valueColumns[column].count == row { valueColumns[column].append(0) }
    }

    /// Reports nested values and repeated keys; false when the line has any.
    private mutating func checkMembers(_ members: [JSONValue.Member], line: UnsafeBufferPointer<UInt8>, number: Int)
        -> Bool
    {
        var firstOffset: [String: Int] = [:]
        var clean = true
        for member in members {
            if let first = firstOffset[member.key] {
                errors.report(
                    Messages.Data.jsonDuplicateKey(
                        member.key, at: span(line: number, offset: member.keyOffset, in: line),
                        first: span(line: number, offset: first, in: line)))
                clean = false
            } else {
                firstOffset[member.key] = member.keyOffset
            }
            switch member.value {
            case .array, .object:
                errors.report(
                    Messages.Data.jsonNestedValue(
                        member.key, at: span(line: number, offset: member.valueOffset, in: line)))
                clean = false
            default: break
            }
        }
        return clean
    }

    /// The column for `name`, created (missing in the `rows` rows before) the first time it is written.
    private mutating func column(named name: String, rows: Int) -> Int {
        if let column = columnOfName[name] {
            if valueColumns[column].count == rows { valueColumns[column].append(0) }
            return column
        }
        let column = names.count
        names.append(name)
        columnOfName[name] = column
        var builder = ColumnBuilder()
        for _ in 0..<rows { builder.appendMissing() }
        builders.append(builder)
        valueColumns.append([UInt32](repeating: 0, count: rows + 1))
        return column
    }

    private func firstNonBlank(_ line: UnsafeBufferPointer<UInt8>) -> Int {
        line.firstIndex { $0 != 0x20 && $0 != 0x09 } ?? 0
    }

    /// The 1-based character column of a byte offset (UTF-8 continuation bytes do not count).
    private func characterColumn(of offset: Int, in line: UnsafeBufferPointer<UInt8>) -> Int {
        var column = 1
        for index in 0..<min(offset, line.count) where line[index] & 0xC0 != 0x80 { column += 1 }
        return column
    }

    private func span(line: Int, offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourceSpan {
        SourceSpan(start: SourceLocation(file: path, line: line, column: characterColumn(of: offset, in: bytes)))
    }

    func table() -> TrialTable {
        let columns = names.indices.map { index in
            TrialColumn(name: names[index], field: index + 1, values: builders[index].build(), role: .data)
        }
        return TrialTable(
            source: DataSource(path: path, format: .jsonLines), columns: columns, rowCount: rowLines.count,
            origins: .jsonLines(lines: rowLines, valueColumns: valueColumns))
    }
}
