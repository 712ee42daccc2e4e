import CSQLite
import Foundation
import PlotDiagnostics
import Testing

@testable import PlotData

@Suite struct OptunaStudyReaderTests {
    let storage = FixtureFiles.path("study.db")

    @Test func readsTheCompleteTrialsAsOptunaReportedThem() throws {
        let expected = try FixtureFiles.expectedStudy("fixture-study")
        let table = try OptunaStudyReader.read(path: storage, study: "fixture-study")
        let complete = expected.trials.filter { $0.state == "COMPLETE" }
        #expect(table.rowCount == complete.count)
        #expect(
            table.columnNames == [
                "number", "value", "params_batch_size", "params_dropout", "params_layers", "params_learning_rate",
                "params_optimizer", "state"
            ])
        try checkRows(table, against: complete, objectives: 1)
        #expect(table.source == DataSource(path: storage, format: .optuna, study: "fixture-study"))
    }

    @Test func prunedAndFailedTrialsAreSelectable() throws {
        let expected = try FixtureFiles.expectedStudy("fixture-study")
        let table = try OptunaStudyReader.read(
            path: storage, study: "fixture-study", states: [.complete, .pruned, .fail])
        #expect(table.rowCount == expected.trials.count)
        try checkRows(table, against: expected.trials, objectives: 1)
        let failed = expected.trials.filter { $0.state == "FAIL" }.count
        #expect(failed > 0)
        #expect(table.column(named: "value")?.numeric?.missing.count == failed)
        let pruned = try OptunaStudyReader.read(path: storage, study: "fixture-study", states: [.pruned])
        #expect(pruned.rowCount == expected.trials.filter { $0.state == "PRUNED" }.count)
        #expect(pruned.column(named: "state")?.categorical?.levels == ["PRUNED"])
    }

    @Test func distributionsAndDirectionsComeFromTheStorage() throws {
        let expected = try FixtureFiles.expectedStudy("fixture-study")
        let table = try OptunaStudyReader.read(path: storage, study: "fixture-study")
        var checked = 0
        for column in table.columns {
            guard case .parameter(let name, let distribution) = column.role else { continue }
            let written = try #require(expected.distributions[name])
            func scalar(_ key: String) -> FixtureFiles.Scalar? {
                if case .scalar(let value)? = written.attributes[key] { return value }
                return nil
            }
            switch (written.name, distribution) {
            case ("FloatDistribution", .float(let low, let high, let log, let step)):
                #expect(scalar("low") == .number(low) && scalar("high") == .number(high))
                #expect(scalar("log") == .flag(log))
                #expect(scalar("step") == step.map { .number($0) } ?? .null)
            case ("IntDistribution", .int(let low, let high, let log, let step)):
                #expect(scalar("low") == .number(Double(low)) && scalar("high") == .number(Double(high)))
                #expect(scalar("log") == .flag(log))
                #expect(scalar("step") == .number(Double(step)))
            case ("CategoricalDistribution", .categorical(let choices)):
                #expect(written.attributes["choices"] == .list(choices.map { .text($0) }))
            default:
                Issue.record("\(name): \(written.name) read as \(distribution)")
            }
            checked += 1
        }
        #expect(checked == expected.distributions.count)
        guard case .objective(0, let direction)? = table.column(named: "value")?.role else {
            Issue.record("the value column is not objective 0")
            return
        }
        #expect(direction.rawValue == expected.directions.first)
    }

    @Test func severalObjectivesWithTheirDirectionsAndMixedChoices() throws {
        let expected = try FixtureFiles.expectedStudy("fixture-multi")
        let table = try OptunaStudyReader.read(path: storage, study: "fixture-multi")
        #expect(table.rowCount == expected.trials.count)
        for (index, name) in ["values_0", "values_1"].enumerated() {
            guard case .objective(index, let direction)? = table.column(named: name)?.role else {
                Issue.record("\(name) is not objective \(index)")
                continue
            }
            #expect(direction.rawValue == expected.directions[index])
        }
        let choice = try #require(table.column(named: "params_choice")?.categorical)
        #expect(choice.levels == ["a", "2", "0.5", "True", "None"])
        for (row, trial) in expected.trials.enumerated() {
            #expect(choice.codes[row] == trial.storedValues["choice"].map { Int32($0) }, "trial \(trial.number)")
            #expect(table.column(named: "values_0")?.numeric?.values[row] == trial.values?[0])
            #expect(table.column(named: "values_1")?.numeric?.values[row] == trial.values?[1])
        }
    }

    @Test func studyNamesAndTheOnlyStudy() throws {
        #expect(try OptunaStudyReader.studyNames(path: storage) == ["fixture-study", "fixture-multi"])
        let error = #expect(throws: DataReadError.self) { try OptunaStudyReader.read(path: storage) }
        #expect(error?.diagnostics.map(\.code) == ["data.study-not-chosen"])
    }

    @Test func anUnknownStudyNameSuggestsTheClosest() throws {
        let origin = SourceSpan(start: SourceLocation(file: "spec.yaml", line: 4, column: 10))
        let error = #expect(throws: DataReadError.self) {
            try OptunaStudyReader.read(path: storage, study: "fixture-stdy", origin: origin)
        }
        let expected = Messages.Data.unknownStudy(
            "fixture-stdy", in: storage, studies: ["fixture-study", "fixture-multi"], at: origin)
        #expect(error?.diagnostics == [expected])
        #expect(expected.suggestion == "fixture-study")
    }

    @Test(arguments: [
        ("not_sqlite.db", "data.not-sqlite"), ("corrupt.db", "data.corrupt-database"),
        ("not_optuna.db", "data.not-optuna"), ("does-not-exist.db", "data.unreadable"),
        ("empty.csv", "data.not-sqlite")
    ])
    func brokenStoragesAreLocatedAtTheOrigin(file: String, code: String) throws {
        let origin = SourceSpan(start: SourceLocation(file: "spec.yaml", line: 7, column: 3))
        let error = #expect(throws: DataReadError.self) {
            try OptunaStudyReader.read(path: FixtureFiles.broken(file), study: "fixture-study", origin: origin)
        }
        #expect(error?.diagnostics.map(\.code) == [code])
        #expect(error?.diagnostics.first?.span == origin)
    }

    @Test func theMissingTablesAreNamed() throws {
        let path = FixtureFiles.broken("not_optuna.db")
        let error = #expect(throws: DataReadError.self) { try OptunaStudyReader.read(path: path) }
        #expect(
            error?.diagnostics == [
                Messages.Data.notOptunaStorage(
                    path, missing: ["study_directions", "trials", "trial_params", "trial_values"], at: nil)
            ])
    }

    @Test func aLockedDatabaseIsReportedAfterTheBusyTimeout() throws {
        let copy = try temporaryCopy(of: storage)
        let writer = try SQLiteTestHandle(path: copy)
        try writer.execute("BEGIN EXCLUSIVE")
        let error = #expect(throws: DataReadError.self) {
            try OptunaStudyReader.read(path: copy, study: "fixture-study", busyTimeoutMilliseconds: 50)
        }
        #expect(error?.diagnostics == [Messages.Data.databaseLocked(copy, waitedMilliseconds: 50, at: nil)])
        try writer.execute("ROLLBACK")
    }

    @Test func aStudyIsReadWhileAWriterHoldsUncommittedTrials() throws {
        let copy = try temporaryCopy(of: storage)
        let before = try OptunaStudyReader.read(path: copy, study: "fixture-study")
        let writer = try SQLiteTestHandle(path: copy)
        try writer.execute("BEGIN IMMEDIATE")
        try writer.execute("UPDATE trial_values SET value = -1")
        let during = try OptunaStudyReader.read(path: copy, study: "fixture-study")
        #expect(during.column(named: "value")?.numeric?.values == before.column(named: "value")?.numeric?.values)
        try writer.execute("ROLLBACK")
    }

    @Test func readingNeverWritesTheFile() throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: storage))
        _ = try OptunaStudyReader.read(path: storage, study: "fixture-study", states: Set(OptunaTrialState.allCases))
        #expect(try Data(contentsOf: URL(fileURLWithPath: storage)) == before)
        #expect(!FileManager.default.fileExists(atPath: storage + "-journal"))
    }

    @Test func pathsWithURICharactersAreEncoded() {
        #expect(SQLiteConnection.readOnlyURI("/tmp/a b?#%.db") == "file:/tmp/a%20b%3F%23%25.db?mode=ro")
    }

    @Test func aTrialIsPlacedByStudyAndNumber() throws {
        let table = try OptunaStudyReader.read(path: storage, study: "fixture-study")
        let place = table.place(row: 0, column: 1)
        #expect(place.span == nil)
        let number = try #require(table.column(named: "number")?.numeric?.values.first)
        #expect(place.description == "study 'fixture-study', trial \(Int(number)), 'value'")
    }

    // MARK: - Helpers

    private func checkRows(_ table: TrialTable, against trials: [FixtureFiles.Trial], objectives: Int) throws {
        let number = try #require(table.column(named: "number")?.numeric)
        let value = try #require(table.column(named: "value")?.numeric)
        let state = try #require(table.column(named: "state")?.categorical)
        for (row, trial) in trials.enumerated() {
            #expect(number.values[row] == Double(trial.number))
            #expect(state.level(at: row) == trial.state)
            if let values = trial.values {
                #expect(value.values[row] == values[0] && !value.missing.contains(row), "trial \(trial.number)")
            } else {
                #expect(value.missing.contains(row), "trial \(trial.number)")
            }
            for (name, written) in trial.params {
                let column = try #require(table.column(named: "params_" + name))
                if case .text(let text) = written {
                    #expect(column.categorical?.level(at: row) == text, "trial \(trial.number) \(name)")
                } else {
                    #expect(column.numeric?.values[row] == written.number, "trial \(trial.number) \(name)")
                }
            }
        }
    }

    private func temporaryCopy(of path: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plotdata-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent("study.db").path
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        return copy
    }
}

/// A plain read-write SQLite handle, for tests that play Optuna holding a lock.
final class SQLiteTestHandle {
    private var handle: OpaquePointer?

    init(path: String) throws {
        guard sqlite3_open(path, &handle) == SQLITE_OK else { throw Failure() }
    }

    deinit {
        sqlite3_close(handle)
    }

    func execute(_ sql: String) throws {
        guard sqlite3_exec(handle, sql, nil, nil, nil) == SQLITE_OK else { throw Failure() }
    }

    struct Failure: Error {}
}

@Suite struct TrialRowsTests {
    @Test(arguments: [[Int64(5), 6, 7, 9], [Int64(3), 1_000_000, 5, -40]])
    func everyTrialFindsItsRowWhetherIdsAreDenseOrNot(ids: [Int64]) {
        var rows = TrialRows()
        for (row, id) in ids.enumerated() { rows.add(trial: id, row: row) }
        for (row, id) in ids.enumerated() { #expect(rows.row(of: id) == row) }
        #expect(rows.row(of: 8) == nil)
        #expect(rows.row(of: 2_000_000) == nil)
    }
}
