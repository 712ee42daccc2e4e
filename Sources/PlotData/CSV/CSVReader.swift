import PlotDiagnostics

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a CSV trial table (RFC 4180, a header row, UTF-8 with or without a byte-order mark).
///
/// Every column starts numeric and becomes categorical at its first cell that is not a number
/// (`ColumnBuilder`); quoting does not make a number text (W&B quotes every field). An empty field, quoted
/// or not, is a missing cell. Empty lines are skipped. Problems are located as `FILE:LINE:FIELD`.
public enum CSVReader {
    /// Reads the CSV file at `path`; an unreadable file is an error located at `origin`.
    public static func read(path: String, origin: SourceSpan? = nil) throws(DataReadError) -> TrialTable {
        let input = try FileInput(path: path, origin: origin)
        return try read(input, path: path, format: .csv)
    }

    /// Reads CSV text held in memory, reporting problems against `path`.
    public static func read(bytes: [UInt8], path: String) throws(DataReadError) -> TrialTable {
        try read(MemoryInput(bytes), path: path, format: .csv)
    }

    static func read(_ input: any ByteInput, path: String, format: DataSource.Format)
        throws(DataReadError) -> TrialTable
    {
        try read(scanner: CSVRecordScanner(input: input), path: path, format: format, expectedSize: input.expectedSize)
    }

    /// Reads through a given scanner (tests pass one with tiny chunks to cut records everywhere).
    static func read(scanner: CSVRecordScanner, path: String, format: DataSource.Format, expectedSize: Int?)
        throws(DataReadError) -> TrialTable
    {
        var reader = CSVTableBuilder(scanner: scanner, path: path, expectedSize: expectedSize)
        return try reader.build(format: format)
    }
}

/// The state of one CSV read: the header, a builder per column, the line of each row, the errors.
private struct CSVTableBuilder {
    let scanner: CSVRecordScanner
    let path: String
    let expectedSize: Int?
    var errors: DataErrorCollector
    var names: [String] = []
    var builders: [ColumnBuilder] = []
    var rowLines: [UInt32] = []
    var scratch: [UInt8] = []
    /// Per column, the bytes and codes of up to `recentLimit` categories: hyperparameter columns have few, so
    /// most text cells are found here without building a String or hashing one.
    var recentLevels: [[(bytes: [UInt8], code: Int32)]] = []
    static var recentLimit: Int { 32 }

    init(scanner: CSVRecordScanner, path: String, expectedSize: Int?) {
        self.scanner = scanner
        self.path = path
        self.expectedSize = expectedSize
        self.errors = DataErrorCollector(path: path)
    }

    mutating func build(format: DataSource.Format) throws(DataReadError) -> TrialTable {
        try scanner.skipByteOrderMark()
        guard try readHeader() else { throw DataReadError(Messages.Data.emptyFile(path)) }
        var headerBytes = scanner.bytesConsumed
        var reserved = false
        while errors.wantsMore {
            let event = try scanner.next()
            switch event {
            case .end:
                try errors.throwIfAny()
                return table(format: format)
            case .syntaxError(let problem, let line, let field):
                errors.report(syntaxDiagnostic(problem, at: span(line: line, field: field)))
                if problem == .unterminatedQuote { try errors.throwIfAny() }
            case .record(let line):
                if isBlank(scanner.fields) { continue }
                readRow(line: line)
                // After a thousand rows the average row size says how many the file holds: reserve once,
                // so the columns do not end up with (up to) twice the capacity they need.
                if !reserved, rowLines.count == 1000, let size = expectedSize {
                    reserved = true
                    headerBytes = scanner.bytesConsumed - headerBytes
                    reserve(rows: size / max(1, headerBytes / 1000) + 1024)
                }
            }
        }
        try errors.throwIfAny()
        return table(format: format)
    }

    /// Reads the first non-empty record as column names; false when the input has none.
    private mutating func readHeader() throws(DataReadError) -> Bool {
        while true {
            switch try scanner.next() {
            case .end:
                return false
            case .syntaxError(let problem, let line, let field):
                throw DataReadError(syntaxDiagnostic(problem, at: span(line: line, field: field)))
            case .record(let line):
                if isBlank(scanner.fields) { continue }
                var firstSeen: [String: Int] = [:]
                for (index, field) in scanner.fields.enumerated() {
                    let name = text(of: field, fieldNumber: index + 1, line: line) ?? ""
                    if !name.isEmpty, let first = firstSeen[name] {
                        errors.report(
                            Messages.Data.duplicateColumn(
                                name, at: span(line: line, field: index + 1), first: span(line: line, field: first)))
                    } else if !name.isEmpty {
                        firstSeen[name] = index + 1
                    }
                    names.append(name)
                }
                builders = Array(repeating: ColumnBuilder(), count: names.count)
                recentLevels = Array(repeating: [], count: names.count)
                try errors.throwIfAny()
                return true
            }
        }
    }

    private mutating func readRow(line: Int) {
        let fields = scanner.fields
        guard fields.count == names.count else {
            let field = min(fields.count, names.count) + 1
            errors.report(
                Messages.Data.raggedRow(fields: fields.count, expected: names.count, at: span(line: line, field: field))
            )
            return
        }
        for column in 0..<fields.count {
            let field = fields[column]
            if field.start == field.end {
                builders[column].appendMissing()
            } else if !field.hasEscapedQuotes,
                let number = DecimalParser.parse(
                    UnsafeBufferPointer(start: scanner.buffer + field.start, count: field.end - field.start))
            {
                builders[column].append(number: number)
            } else if !field.hasEscapedQuotes, let code = recentCode(of: field, column: column) {
                builders[column].append(code: code)
            } else if let text = text(of: field, fieldNumber: column + 1, line: field.line) {
                let code = builders[column].append(text: text)
                if !field.hasEscapedQuotes, recentLevels[column].count < Self.recentLimit {
                    recentLevels[column].append(
                        (
                            Array(
                                UnsafeBufferPointer(start: scanner.buffer + field.start, count: field.end - field.start)
                            ), code
                        ))
                }
            } else {
                builders[column].appendMissing()  // reported as invalid UTF-8; the read fails anyway
            }
        }
        rowLines.append(UInt32(clamping: line))
    }

    /// The code of a category this column has seen with exactly these bytes, if it is among the recent ones.
    private func recentCode(of field: CSVRecordScanner.Field, column: Int) -> Int32? {
        let start = scanner.buffer + field.start
        let count = field.end - field.start
        for level in recentLevels[column] where level.bytes.count == count {
            let same = level.bytes.withUnsafeBufferPointer { bytes in
                guard let base = bytes.baseAddress else { return count == 0 }
                return memcmp(base, start, count) == 0
            }
            if same { return level.code }
        }
        return nil
    }

    /// The field as a string (quotes unescaped), or nil after reporting invalid UTF-8.
    private mutating func text(of field: CSVRecordScanner.Field, fieldNumber: Int, line: Int) -> String? {
        let raw = UnsafeBufferPointer(start: scanner.buffer + field.start, count: field.end - field.start)
        let decoded: String?
        if field.hasEscapedQuotes {
            scratch.removeAll(keepingCapacity: true)
            var index = 0
            while index < raw.count {
                scratch.append(raw[index])
                index += raw[index] == UInt8(ascii: "\"") ? 2 : 1
            }
            decoded = String(validating: scratch, as: UTF8.self)
        } else {
            decoded = String(validating: raw, as: UTF8.self)
        }
        if decoded == nil { errors.report(Messages.Data.invalidUTF8(at: span(line: line, field: fieldNumber))) }
        return decoded
    }

    private func isBlank(_ fields: ArraySlice<CSVRecordScanner.Field>) -> Bool {
        fields.count == 1 && !fields[0].quoted && fields[0].start == fields[0].end
    }

    private mutating func reserve(rows: Int) {
        rowLines.reserveCapacity(rows)
        for index in builders.indices { builders[index].reserve(rows: rows) }
    }

    private func span(line: Int, field: Int) -> SourceSpan {
        SourceSpan(start: SourceLocation(file: path, line: line, column: field))
    }

    private func syntaxDiagnostic(_ problem: CSVRecordScanner.SyntaxProblem, at span: SourceSpan) -> Diagnostic {
        switch problem {
        case .unterminatedQuote: Messages.Data.unterminatedQuote(at: span)
        case .textAfterQuote: Messages.Data.textAfterQuote(at: span)
        case .quoteInField: Messages.Data.quoteInField(at: span)
        }
    }

    private func table(format: DataSource.Format) -> TrialTable {
        let columns = names.indices.map { index in
            TrialColumn(name: names[index], field: index + 1, values: builders[index].build(), role: .data)
        }
        return TrialTable(
            source: DataSource(path: path, format: format), columns: columns, rowCount: rowLines.count,
            origins: .records(lines: rowLines))
    }
}
