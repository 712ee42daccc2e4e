import CSV
import Foundation
import Testing

@testable import PlotData

/// PlotData's own CSV reader against yaslab/CSV.swift 2.5.2 (a test-only dependency; too slow for a million
/// rows, see benchmarks/README.md) on the same corpus: both must see the same header and the same text in
/// every cell.
@Suite struct CSVAgainstPackageTests {
    @Test(arguments: ["trials.csv", "wandb_export.csv"])
    func theFixturesReadAlike(file: String) throws {
        try compare(try FixtureFiles.bytes(file), name: file)
    }

    @Test(arguments: 0..<40)
    func generatedTablesReadAlike(seed: UInt64) throws {
        try compare(Array(generatedCSV(seed: seed).utf8), name: "generated-\(seed).csv")
    }

    // MARK: - Comparing

    private func compare(_ bytes: [UInt8], name: String) throws {
        let ours = try PlotData.CSVReader.read(bytes: bytes, path: name)
        let stream = InputStream(data: Data(bytes))
        let theirs = try CSV(stream: stream, hasHeaderRow: true)  // CSV.swift's reader (its typealias `CSV`)
        #expect(ours.columnNames == theirs.headerRow ?? [], "\(name)")
        var row = 0
        while let cells = theirs.next() {
            #expect(row < ours.rowCount, "\(name): more rows in CSV.swift")
            guard row < ours.rowCount else { return }
            for (column, cell) in ours.columns.enumerated() {
                #expect(
                    text(of: cell, row: row) == expectedText(cells[column], in: cell),
                    "\(name) row \(row) column \(column)")
            }
            row += 1
        }
        #expect(row == ours.rowCount, "\(name)")
    }

    /// A cell of ours as text: `∅` for missing, numbers exactly, categories as their level.
    private func text(of column: TrialColumn, row: Int) -> String {
        switch column.values {
        case .numeric(let numeric): numeric.missing.contains(row) ? "∅" : "\(numeric.values[row])"
        case .categorical(let categorical): categorical.level(at: row) ?? "∅"
        }
    }

    /// What the package's text for a cell becomes in our table: empty is missing; in a numeric column a
    /// number; in a categorical column a number is spelled as `NumberSpelling` spells it.
    private func expectedText(_ cell: String, in column: TrialColumn) -> String {
        if cell.isEmpty { return "∅" }
        let number = Array(cell.utf8).withUnsafeBufferPointer { DecimalParser.parse($0) }
        switch column.values {
        case .numeric: return number.map { "\($0)" } ?? "not a number: \(cell)"
        case .categorical: return number.map(NumberSpelling.spelling(of:)) ?? cell
        }
    }

    /// A random table with quoted commas, doubled quotes, line breaks inside quotes, Unicode, numbers in
    /// many spellings, empty cells and CRLF or LF line ends.
    private func generatedCSV(seed: UInt64) -> String {
        var random = SplitMix(seed: seed)
        let columns = 1 + Int(random.next() % 6)
        let rows = Int(random.next() % 50)
        let lineEnd = random.next() % 2 == 0 ? "\n" : "\r\n"
        let pieces = ["a", "b,c", "say \"hi\"", "two\nlines", "ünïcödé", "  spaced  ", "x\r\ny", "é,\"", "日本"]
        func cell() -> String {
            switch random.next() % 6 {
            case 0: return ""
            case 1: return String(Double(Int64(random.next() % 20_000)) / 100 - 100)
            case 2: return String(format: "%.6e", Double(random.next() % 1000) * 1e-7)
            case 3: return String(Int64(random.next() % 1000) - 500)
            default:
                let piece = pieces[Int(random.next() % UInt64(pieces.count))]
                // Scalars, not Characters: "\r\n" is one Character, equal to neither "\r" nor "\n".
                let needsQuotes =
                    piece.unicodeScalars.contains(where: { ",\"\n\r".unicodeScalars.contains($0) })
                    || random.next() % 3 == 0
                return needsQuotes ? "\"" + piece.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : piece
            }
        }
        var lines = [(0..<columns).map { "col\($0)" }.joined(separator: ",")]
        for _ in 0..<rows {
            var fields = (0..<columns).map { _ in cell() }
            if columns == 1, fields[0].isEmpty { fields[0] = "\"\"" }  // a lone empty field would be a blank line
            lines.append(fields.joined(separator: ","))
        }
        return lines.joined(separator: lineEnd) + (random.next() % 2 == 0 ? lineEnd : "")
    }
}

/// A small seeded generator (SplitMix64) so every run builds the same corpus.
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
