import PlotDiagnostics
import Testing

@testable import PlotData

@Suite struct JSONLinesReaderTests {
    @Test func theFixtureHoldsEveryTrialAsOptunaReportedIt() throws {
        let expected = try FixtureFiles.expectedStudy("fixture-study")
        let table = try JSONLinesReader.read(path: FixtureFiles.path("trials.jsonl"))
        #expect(table.rowCount == expected.trials.count)
        #expect(
            table.columnNames == [
                "number", "learning_rate", "layers", "batch_size", "dropout", "optimizer", "state", "value", "loss"
            ])
        let value = try #require(table.column(named: "value")?.numeric)
        let state = try #require(table.column(named: "state")?.categorical)
        for (row, trial) in expected.trials.enumerated() {
            #expect(table.column(named: "number")?.numeric?.values[row] == Double(trial.number))
            #expect(state.level(at: row) == trial.state)
            #expect(value.missing.contains(row) == (trial.values == nil), "trial \(trial.number)")
            if let values = trial.values { #expect(value.values[row] == values[0]) }
            for (name, written) in trial.params {
                let column = try #require(table.column(named: name))
                if case .text(let text) = written {
                    #expect(column.categorical?.level(at: row) == text)
                } else {
                    #expect(column.numeric?.values[row] == written.number, "trial \(trial.number) \(name)")
                }
            }
        }
        // Failed trials wrote their loss as NaN (json.dumps); the other rows have no 'loss' key at all.
        let loss = try #require(table.column(named: "loss")?.numeric)
        let failed = expected.trials.filter { $0.state == "FAIL" }.count
        #expect(loss.nonFiniteCount == failed)
        #expect(loss.missing.count == expected.trials.count - failed)
    }

    @Test func keysFirstWrittenLaterAreMissingBeforeAndValuesArePlaced() throws {
        let text = "{\"a\": 1}\n\n{\"b\": \"x\", \"a\": true}\n{\"a\": null, \"b\": \"ü\"}\n"
        let table = try JSONLinesReader.read(bytes: Array(text.utf8), path: "t.jsonl")
        #expect(table.columnNames == ["a", "b"])
        #expect(table.column(named: "a")?.categorical?.levels == ["1", "true"])
        #expect(table.column(named: "a")?.categorical?.codes == [0, 1, -1])
        #expect(table.column(named: "b")?.categorical?.codes == [-1, 0, 1])
        #expect(table.place(row: 1, column: 0).span?.start == SourceLocation(file: "t.jsonl", line: 3, column: 17))
        #expect(table.place(row: 2, column: 1).span?.start == SourceLocation(file: "t.jsonl", line: 4, column: 18))
        #expect(table.place(row: 2, column: 1).description == "line 4, key 'b'")
    }

    @Test func stringsEscapesAndNonFiniteNumbers() throws {
        let text = #"{"s": "tab\tquote\"é\u00e9\ud83d\ude00", "n": -Infinity, "m": 1e400}"# + "\n"
        let table = try JSONLinesReader.read(bytes: Array(text.utf8), path: "t.jsonl")
        #expect(table.column(named: "s")?.categorical?.levels == ["tab\tquote\"éé😀"])
        #expect(table.column(named: "n")?.numeric?.values == [-.infinity])
        #expect(table.column(named: "m")?.numeric?.nonFiniteCount == 1)
    }

    @Test(arguments: [
        ("syntax.jsonl", "data.json-syntax", 2, 22), ("not_object.jsonl", "data.json-not-object", 2, 1),
        ("nested.jsonl", "data.json-nested", 1, 23), ("duplicate_key.jsonl", "data.json-duplicate-key", 1, 27),
        ("invalid_utf8.jsonl", "data.invalid-utf8", 1, 26)
    ])
    func brokenLinesGiveLocatedErrors(file: String, code: String, line: Int, column: Int) throws {
        let path = FixtureFiles.broken(file)
        let error = #expect(throws: DataReadError.self) { try JSONLinesReader.read(path: path) }
        #expect(error?.diagnostics.map(\.code) == [code])
        #expect(error?.diagnostics.first?.span?.start == SourceLocation(file: path, line: line, column: column))
    }

    @Test(arguments: [
        "{\"a\": 01}", "{\"a\": 1.}", "{\"a\" 1}", "{\"a\": tru}", "{\"a\": 1,}", "{\"a\": \"x\ty\"}", "{} x"
    ])
    func invalidJSONIsASyntaxError(line: String) throws {
        let error = #expect(throws: DataReadError.self) {
            try JSONLinesReader.read(bytes: Array(line.utf8), path: "t.jsonl")
        }
        #expect(error?.diagnostics.map(\.code) == ["data.json-syntax"])
    }

    @Test func deepNestingIsRefusedNotRecursedInto() throws {
        let line = "{\"a\": " + String(repeating: "[", count: 100_000) + "}"
        let error = #expect(throws: DataReadError.self) {
            try JSONLinesReader.read(bytes: Array(line.utf8), path: "t.jsonl")
        }
        #expect(error?.diagnostics.map(\.code) == ["data.json-syntax"])
    }
}
