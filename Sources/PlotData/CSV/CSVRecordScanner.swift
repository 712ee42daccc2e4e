/// Splits RFC 4180 text into records, byte by byte, over a buffer refilled in chunks.
///
/// Fields are separated by `,`; records end at LF, CRLF or a lone CR. A field that starts with `"` is
/// quoted: it may hold commas, line breaks and `""` (one quote), and must end at its closing quote. A quote
/// inside an unquoted field is an error, as RFC 4180 says. A record is handed out whole (its fields as
/// ranges of the buffer, valid until the next call), so a record cut by a chunk boundary is simply scanned
/// again after the refill; a record longer than the buffer grows it.
final class CSVRecordScanner {
    /// One field of the current record: the bytes between its delimiters (inside the quotes if quoted).
    struct Field {
        var start: Int
        var end: Int
        /// Holds `""` pairs that stand for one quote each.
        var hasEscapedQuotes: Bool
        var quoted: Bool
        /// The line the field starts on.
        var line: Int
    }

    /// What the scanner found next.
    enum Event {
        /// A record starting on `line`; its fields are in `fields`.
        case record(line: Int)
        /// A syntax error in field `field` (1-based) starting on `line`; the rest of that line was skipped.
        case syntaxError(SyntaxProblem, line: Int, field: Int)
        case end
    }

    enum SyntaxProblem {
        case unterminatedQuote
        case textAfterQuote
        case quoteInField
    }

    private var window: ChunkBuffer
    /// The bytes fields are ranges of (valid until the next call).
    var buffer: UnsafeMutablePointer<UInt8> { window.bytes }
    private var position: Int {
        get { window.position }
        set { window.position = newValue }
    }
    private var filled: Int { window.filled }
    private var atEnd: Bool { window.atEnd }
    private var line = 1
    /// Storage for the current record's fields, reused record after record (only `fieldCount` are valid).
    private var fieldStorage: [Field] = []
    private var fieldCount = 0

    /// The fields of the record last handed out.
    var fields: ArraySlice<Field> { fieldStorage[0..<fieldCount] }

    init(input: any ByteInput, chunkSize: Int = 1 << 20) {
        window = ChunkBuffer(input: input, chunkSize: chunkSize)
    }

    deinit {
        window.deallocate()
    }

    /// Bytes consumed so far (through the last record handed out).
    var bytesConsumed: Int { window.discarded + position }

    /// Skips a UTF-8 byte-order mark at the very start of the input.
    func skipByteOrderMark() throws(DataReadError) {
        while filled - position < 3, !atEnd { try refill() }
        if filled - position >= 3, buffer[position] == 0xEF, buffer[position + 1] == 0xBB,
            buffer[position + 2] == 0xBF
        {
            position += 3
        }
    }

    /// The next record, syntax error or the end of the input.
    func next() throws(DataReadError) -> Event {
        while true {
            let recordLine = line
            switch scanRecord() {
            case .complete(let next, let lines):
                position = next
                line = recordLine + lines
                return .record(line: recordLine)
            case .empty:
                return .end
            case .needMore:
                try refill()
            case .failed(let problem, let field, let fieldLine):
                if problem != .unterminatedQuote { try skipRestOfLine(from: recordLine) }
                return .syntaxError(problem, line: fieldLine, field: field)
            }
        }
    }

    // MARK: - Scanning one record

    private enum ScanResult {
        case complete(next: Int, lines: Int)
        case empty
        case needMore
        case failed(SyntaxProblem, field: Int, line: Int)
    }

    /// Scans the record at `position`, without moving `position` (a refill scans it again).
    private func scanRecord() -> ScanResult {
        // Locals, not properties: each property access of a class costs an exclusivity check.
        var fields = FieldList(storage: fieldStorage)
        fieldStorage = []
        defer {
            fieldCount = fields.count
            fieldStorage = fields.storage
        }
        let buffer = self.buffer
        let filled = self.filled
        let atEnd = self.atEnd
        let line = self.line
        let comma = UInt8(ascii: ",")
        let quote = UInt8(ascii: "\"")
        let lineFeed = UInt8(ascii: "\n")
        let carriageReturn = UInt8(ascii: "\r")
        var index = position
        var lines = 0
        if index == filled { return atEnd ? .empty : .needMore }
        while true {
            let fieldLine = line + lines
            if index < filled, buffer[index] == quote {
                var cursor = index + 1
                var escaped = false
                while true {
                    while cursor < filled, buffer[cursor] != quote {
                        if buffer[cursor] == lineFeed { lines += 1 }
                        cursor += 1
                    }
                    if cursor == filled {
                        return atEnd ? .failed(.unterminatedQuote, field: fields.count + 1, line: fieldLine) : .needMore
                    }
                    if cursor + 1 < filled, buffer[cursor + 1] == quote {
                        escaped = true
                        cursor += 2
                        continue
                    }
                    if cursor + 1 == filled, !atEnd { return .needMore }
                    break
                }
                fields.append(
                    Field(start: index + 1, end: cursor, hasEscapedQuotes: escaped, quoted: true, line: fieldLine))
                index = cursor + 1
                if index < filled, buffer[index] != comma, buffer[index] != lineFeed, buffer[index] != carriageReturn {
                    return .failed(.textAfterQuote, field: fields.count, line: fieldLine)
                }
            } else {
                var cursor = index
                while cursor < filled {
                    let byte = buffer[cursor]
                    if byte == comma || byte == lineFeed || byte == carriageReturn { break }
                    if byte == quote { return .failed(.quoteInField, field: fields.count + 1, line: fieldLine) }
                    cursor += 1
                }
                if cursor == filled, !atEnd { return .needMore }
                fields.append(Field(start: index, end: cursor, hasEscapedQuotes: false, quoted: false, line: fieldLine))
                index = cursor
            }
            // `index` is at the delimiter after the field, or at the end of the input.
            if index == filled { return .complete(next: index, lines: lines) }
            switch buffer[index] {
            case comma:
                index += 1
            case lineFeed:
                return .complete(next: index + 1, lines: lines + 1)
            default:  // carriage return: CRLF or a lone CR ends the record
                if index + 1 == filled, !atEnd { return .needMore }
                let next = index + 1 < filled && buffer[index + 1] == lineFeed ? index + 2 : index + 1
                return .complete(next: next, lines: lines + 1)
            }
        }
    }

    /// The fields found so far in a record, written over the previous record's without reallocating.
    private struct FieldList {
        var storage: [Field]
        var count = 0

        mutating func append(_ field: Field) {
            if count < storage.count { storage[count] = field } else { storage.append(field) }
            count += 1
        }
    }

    /// After a syntax error: drop everything up to and including the next line feed.
    private func skipRestOfLine(from recordLine: Int) throws(DataReadError) {
        while true {
            while position < filled, buffer[position] != UInt8(ascii: "\n") { position += 1 }
            if position < filled {
                position += 1
                line = recordLine + 1
                return
            }
            if atEnd { return }
            try refill()
        }
    }

    // MARK: - Buffer

    private func refill() throws(DataReadError) {
        try window.refill()
    }
}
