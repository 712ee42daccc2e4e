import PlotDiagnostics
import Testing

@testable import PlotData

@Suite struct CSVReaderTests {
    private func read(_ text: String, path: String = "t.csv") throws -> TrialTable {
        try CSVReader.read(bytes: Array(text.utf8), path: path)
    }

    @Test func quotedFieldsDoubledQuotesAndEmbeddedLineBreaks() throws {
        let table = try read("name,note\r\n\"a,b\",\"say \"\"hi\"\"\"\r\nc,\"two\nlines\"\r\n")
        #expect(table.columnNames == ["name", "note"])
        #expect(table.column(named: "name")?.categorical?.levels == ["a,b", "c"])
        #expect(table.column(named: "note")?.categorical?.levels == ["say \"hi\"", "two\nlines"])
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func everyLineEndingEndsARecord(ending: String) throws {
        let table = try read(["x,y", "1,2", "3,4"].joined(separator: ending) + ending)
        #expect(table.rowCount == 2)
        #expect(table.column(named: "y")?.numeric?.values == [2, 4])
        #expect(recordLines(table) == [2, 3])
    }

    @Test func aByteOrderMarkIsNotPartOfTheFirstName() throws {
        let table = try CSVReader.read(bytes: [0xEF, 0xBB, 0xBF] + Array("lr,score\n0.1,0.5\n".utf8), path: "t.csv")
        #expect(table.columnNames == ["lr", "score"])
    }

    @Test func aLastLineWithoutLineEndAndBlankLinesAreRead() throws {
        let table = try read("x,y\n\n1,2\n\n3,4")
        #expect(table.column(named: "x")?.numeric?.values == [1, 3])
        #expect(recordLines(table) == [3, 5])
    }

    @Test func emptyCellsAreMissingAndWrittenNonFiniteValuesAreCounted() throws {
        let table = try read("score,label\n0.5,a\n,\nnan,\"\"\n-inf,b\n")
        let score = try #require(table.column(named: "score")?.numeric)
        #expect(score.missing.count == 1 && score.missing.contains(1))
        #expect(score.nonFiniteCount == 2)
        #expect(score.firstNonFiniteRow == 2)
        let label = try #require(table.column(named: "label")?.categorical)
        #expect(label.codes == [0, -1, -1, 1])
    }

    @Test func aTextCellTurnsTheColumnIntoCategoriesNamedByTheirNumbers() throws {
        let table = try read("batch\n32\n64.0\nauto\n32\n1e-05\n\n")
        let batch = try #require(table.column(named: "batch")?.categorical)
        #expect(batch.levels == ["32", "64", "auto", "1e-05"])
        #expect(batch.codes == [0, 1, 2, 0, 3])
    }

    @Test func categoriesOfOneLengthStayApart() throws {
        let table = try read(
            "opt\nabc\nabd\nabc\n\"abd\"\nab\"\"d\n".replacingOccurrences(of: "ab\"\"d", with: "\"ab\"\"d\""))
        let opt = try #require(table.column(named: "opt")?.categorical)
        #expect(opt.levels == ["abc", "abd", "ab\"d"])
        #expect(opt.codes == [0, 1, 0, 1, 2])
    }

    @Test func quotedNumbersAreNumbers() throws {
        let table = try read("\"lr\",\"layers\"\n\"0.01\",\"4\"\n")
        #expect(table.column(named: "lr")?.numeric?.values == [0.01])
        #expect(table.column(named: "layers")?.numeric?.values == [4])
    }

    @Test func cellsArePlacedByLineAndFieldNumber() throws {
        let table = try read("note,score\n\"two\nlines\",0.5\nx,0.7\n", path: "trials.csv")
        let place = table.place(row: 1, column: 1)
        #expect(place.span?.start == SourceLocation(file: "trials.csv", line: 4, column: 2))
        #expect(place.description == "line 4, column 'score'")
        #expect(table.place(row: 0, column: 1).span?.start.line == 2)
    }

    @Test func recordsCutAtEveryChunkBoundaryReadTheSame() throws {
        let text = Array("a,b,c\r\n\"x,\"\"y\"\"\",2,\r\n\"multi\nline\",3.5,7\r\nq,,\"\"\r\n".utf8)
        let whole = try CSVReader.read(MemoryInput(text), path: "t.csv", format: .csv)
        for chunk in 1...9 {
            let scanner = CSVRecordScanner(input: MemoryInput(text), chunkSize: chunk)
            let table = try CSVReader.read(scanner: scanner, path: "t.csv", format: .csv, expectedSize: nil)
            #expect(table.rowCount == whole.rowCount, "chunk \(chunk)")
            for (left, right) in zip(table.columns, whole.columns) {
                #expect(describe(left) == describe(right), "chunk \(chunk)")
            }
        }
    }

    // MARK: - Errors

    @Test(arguments: [
        ("empty.csv", "data.empty-file", 1, 1), ("bom_only.csv", "data.empty-file", 1, 1),
        ("invalid_utf8.csv", "data.invalid-utf8", 3, 2), ("unterminated_quote.csv", "data.unterminated-quote", 3, 2),
        ("text_after_quote.csv", "data.text-after-quote", 2, 2), ("quote_in_field.csv", "data.quote-in-field", 2, 2),
        ("duplicate_column.csv", "data.duplicate-column", 1, 3)
    ])
    func brokenFilesGiveLocatedErrors(file: String, code: String, line: Int, column: Int) throws {
        let path = FixtureFiles.broken(file)
        let error = #expect(throws: DataReadError.self) { try CSVReader.read(path: path) }
        #expect(error?.diagnostics.map(\.code) == [code])
        #expect(error?.diagnostics.first?.span?.start == SourceLocation(file: path, line: line, column: column))
    }

    @Test func everyRaggedRowIsReported() throws {
        let path = FixtureFiles.broken("ragged.csv")
        let error = #expect(throws: DataReadError.self) { try CSVReader.read(path: path) }
        #expect(
            error?.diagnostics == [
                Messages.Data.raggedRow(fields: 2, expected: 3, at: span(path, 3, 3)),
                Messages.Data.raggedRow(fields: 4, expected: 3, at: span(path, 4, 4))
            ])
    }

    @Test func readingStopsAfterTwentyErrors() throws {
        let text = "a,b\n" + String(repeating: "1\n", count: 30)
        let error = #expect(throws: DataReadError.self) { try read(text) }
        #expect(error?.diagnostics.count == DataErrorCollector.limit + 1)
        #expect(error?.diagnostics.last?.code == "data.too-many-errors")
    }

    @Test func aMissingFileIsLocatedAtTheOrigin() throws {
        let origin = SourceSpan(start: SourceLocation(file: "spec.yaml", line: 3, column: 9))
        let error = #expect(throws: DataReadError.self) {
            try CSVReader.read(path: FixtureFiles.broken("nope.csv"), origin: origin)
        }
        #expect(error?.diagnostics.map(\.code) == ["data.unreadable"])
        #expect(error?.diagnostics.first?.span == origin)
    }

    // MARK: - Helpers

    private func span(_ file: String, _ line: Int, _ column: Int) -> SourceSpan {
        SourceSpan(start: SourceLocation(file: file, line: line, column: column))
    }
}

/// The line each row of a delimited table starts on, or nil for another kind of table.
func recordLines(_ table: TrialTable) -> [UInt32]? {
    if case .records(let lines) = table.origins { return lines }
    return nil
}

/// A column's name and cells as text, to compare two reads of the same data.
func describe(_ column: TrialColumn) -> String {
    switch column.values {
    case .numeric(let numeric):
        let cells = numeric.values.indices.map { numeric.missing.contains($0) ? "∅" : "\(numeric.values[$0])" }
        return column.name + ": " + cells.joined(separator: "|")
    case .categorical(let categorical):
        let cells = categorical.codes.indices.map { categorical.level(at: $0) ?? "∅" }
        return column.name + ": " + cells.joined(separator: "|")
    }
}
