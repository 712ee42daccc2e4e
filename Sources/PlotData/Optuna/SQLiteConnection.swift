import CSQLite
import PlotDiagnostics

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A read-only connection to an SQLite file: the one place PlotData calls SQLite's C API.
///
/// Opened with `SQLITE_OPEN_READONLY` through a `file:…?mode=ro` URI, so nothing is ever written (not even
/// a journal), and with a busy timeout, so a study Optuna is writing can be read between its commits. SQLite
/// failures become `Messages.Data` diagnostics located at `origin`.
final class SQLiteConnection {
    private let handle: OpaquePointer
    let path: String
    let origin: SourceSpan?
    let busyTimeoutMilliseconds: Int

    init(readOnly path: String, busyTimeoutMilliseconds: Int, origin: SourceSpan?) throws(DataReadError) {
        self.path = path
        self.origin = origin
        self.busyTimeoutMilliseconds = busyTimeoutMilliseconds
        try Self.checkHeader(path: path, origin: origin)
        var opened: OpaquePointer?
        let flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX
        let status = sqlite3_open_v2(Self.readOnlyURI(path), &opened, flags, nil)
        guard status == SQLITE_OK, let opened else {
            let detail = opened.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close(opened)
            throw DataReadError(Messages.Data.unreadable(path, reason: detail, at: origin))
        }
        handle = opened
        sqlite3_busy_timeout(handle, Int32(clamping: busyTimeoutMilliseconds))
    }

    deinit {
        sqlite3_close(handle)
    }

    /// Runs `sql` with `parameters` bound to `?1`, `?2`, … and calls `body` for each result row.
    func query(_ sql: String, _ parameters: [Int64] = [], body: (SQLiteRow) throws(DataReadError) -> Void)
        throws(DataReadError)
    {
        var statement: OpaquePointer?
        let prepared = sqlite3_prepare_v2(handle, sql, -1, &statement, nil)
        guard prepared == SQLITE_OK, let statement else { throw failure(prepared) }
        defer { sqlite3_finalize(statement) }
        for (index, value) in parameters.enumerated() {
            sqlite3_bind_int64(statement, Int32(index + 1), value)
        }
        while true {
            let status = sqlite3_step(statement)
            if status == SQLITE_DONE { return }
            guard status == SQLITE_ROW else { throw failure(status) }
            try body(SQLiteRow(statement: statement))
        }
    }

    /// Runs a statement that returns no rows (`BEGIN`, `COMMIT`).
    func execute(_ sql: String) throws(DataReadError) {
        try query(sql) { _ throws(DataReadError) in }
    }

    /// The diagnostic for an SQLite status: locked, not a database, damaged, or anything else.
    private func failure(_ status: Int32) -> DataReadError {
        let detail = String(cString: sqlite3_errmsg(handle))
        switch status & 0xFF {
        case SQLITE_BUSY, SQLITE_LOCKED:
            return DataReadError(
                Messages.Data.databaseLocked(path, waitedMilliseconds: busyTimeoutMilliseconds, at: origin))
        case SQLITE_NOTADB:
            return DataReadError(Messages.Data.notSQLite(path, at: origin))
        case SQLITE_CORRUPT:
            return DataReadError(Messages.Data.corruptDatabase(path, detail: detail, at: origin))
        default:
            return DataReadError(Messages.Data.databaseError(path, detail: detail, at: origin))
        }
    }

    /// Refuses a file that does not start with SQLite's 16-byte header (SQLite itself would open an empty or
    /// foreign file and fail later with a vaguer message).
    private static func checkHeader(path: String, origin: SourceSpan?) throws(DataReadError) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw DataReadError(Messages.Data.unreadable(path, reason: FileInput.reason(errno), at: origin))
        }
        defer { close(descriptor) }
        var header = [UInt8](repeating: 0, count: 16)
        let got = header.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 16) }
        guard got >= 0 else {
            throw DataReadError(Messages.Data.unreadable(path, reason: FileInput.reason(errno), at: origin))
        }
        guard got == 16, header == Array("SQLite format 3\0".utf8) else {
            throw DataReadError(Messages.Data.notSQLite(path, at: origin))
        }
    }

    /// `file:PATH?mode=ro`, with every byte of the path outside `A–Z a–z 0–9 - . _ ~ /` percent-encoded so
    /// a `?`, `#` or `%` in a file name stays part of the name.
    static func readOnlyURI(_ path: String) -> String {
        var uri = "file:"
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"), UInt8(ascii: "/"):
                uri.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                uri += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return uri + "?mode=ro"
    }
}

/// One result row of a query, read by column index.
struct SQLiteRow {
    fileprivate let statement: OpaquePointer

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(statement, column) == SQLITE_NULL }

    func int(_ column: Int32) -> Int64 { sqlite3_column_int64(statement, column) }

    /// The column as a double, or nil for NULL.
    func double(_ column: Int32) -> Double? {
        isNull(column) ? nil : sqlite3_column_double(statement, column)
    }

    /// The column's text, or nil for NULL or text that is not UTF-8.
    func text(_ column: Int32) -> String? {
        guard let bytes = textBytes(column) else { return nil }
        return String(validating: bytes, as: UTF8.self)
    }

    /// The column's text bytes, valid until the next step; nil for NULL.
    func textBytes(_ column: Int32) -> UnsafeBufferPointer<UInt8>? {
        guard let start = sqlite3_column_text(statement, column) else { return nil }
        return UnsafeBufferPointer(start: start, count: Int(sqlite3_column_bytes(statement, column)))
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
