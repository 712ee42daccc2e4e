import PlotDiagnostics
import Testing

@testable import PlotData

@Suite struct WandBExportReaderTests {
    let export = FixtureFiles.path("wandb_export.csv")

    @Test func finishedRunsAreReadWithTheirConfigAndSummary() throws {
        let expected = try FixtureFiles.expectedStudy("fixture-study")
        let complete = expected.trials.filter { $0.state == "COMPLETE" }
        let table = try WandBExportReader.read(path: export)
        #expect(table.rowCount == complete.count)
        #expect(table.source.format == .wandbExport)
        let names = try #require(table.column(named: "Name")?.categorical)
        let loss = try #require(table.column(named: "val_loss")?.numeric)
        for (row, trial) in complete.enumerated() {
            #expect(names.level(at: row) == "run-" + String(trial.number).leftPadded(3))
            #expect(loss.values[row] == trial.values?[0])
            for (name, written) in trial.params {
                let column = try #require(table.column(named: name))
                if case .text(let text) = written {
                    #expect(column.categorical?.level(at: row) == text)
                } else {
                    #expect(column.numeric?.values[row] == written.number, "run \(trial.number) \(name)")
                }
            }
        }
        // Rows keep the line they came from: run-000 is on line 2.
        #expect(recordLines(table)?.first == 2)
        #expect(table.column(named: "State")?.categorical?.levels == ["finished"])
    }

    @Test func runColumnsAreMetadataAndTheRestIsData() throws {
        let table = try WandBExportReader.read(path: export, states: nil)
        let metadata = table.columns.filter { $0.role == .runMetadata }.map(\.name)
        #expect(
            metadata == [
                "Name", "State", "Notes", "User", "Tags", "Created", "Runtime", "Sweep", "_runtime", "_step",
                "_timestamp"
            ])
        let data = table.columns.filter { $0.role == .data }.map(\.name)
        #expect(data == ["learning_rate", "layers", "batch_size", "dropout", "optimizer", "val_loss"])
    }

    @Test func runsAreChosenByState() throws {
        let expected = try FixtureFiles.expectedStudy("fixture-study")
        let all = try WandBExportReader.read(path: export, states: nil)
        #expect(all.rowCount == expected.trials.count)
        let failed = try WandBExportReader.read(path: export, states: ["failed", "killed"])
        #expect(failed.rowCount == expected.trials.filter { $0.state != "COMPLETE" }.count)
        // The fixture script exports PRUNED as 'killed' and FAIL as 'failed'; levels keep their file order.
        var order: [String] = []
        for trial in expected.trials where trial.state != "COMPLETE" {
            let state = trial.state == "FAIL" ? "failed" : "killed"
            if !order.contains(state) { order.append(state) }
        }
        #expect(failed.column(named: "State")?.categorical?.levels == order)
        #expect(
            failed.column(named: "val_loss")?.numeric?.missing.count
                == expected.trials.filter { $0.state == "FAIL" }.count)
    }

    @Test func aPlainCSVIsNotAnExport() throws {
        let path = FixtureFiles.path("trials.csv")
        let error = #expect(throws: DataReadError.self) { try WandBExportReader.read(path: path) }
        #expect(
            error?.diagnostics == [
                Messages.Data.notAWandBExport(
                    path, at: SourceSpan(start: SourceLocation(file: path, line: 1, column: 1)))
            ])
    }

    @Test func choosingByStateNeedsAStateColumn() throws {
        let error = #expect(throws: DataReadError.self) {
            try WandBExportReader.read(bytes: Array("Name,lr\nrun-1,0.1\n".utf8), path: "w.csv")
        }
        #expect(error?.diagnostics.map(\.code) == ["data.wandb-no-state"])
        #expect(
            try WandBExportReader.read(bytes: Array("Name,lr\nrun-1,0.1\n".utf8), path: "w.csv", states: nil).rowCount
                == 1)
    }
}

@Suite struct PlainCSVFixtureTests {
    @Test func theCSVHoldsTheCompleteAndPrunedTrials() throws {
        let expected = try FixtureFiles.expectedStudy("fixture-study")
        let kept = expected.trials.filter { $0.state != "FAIL" }
        let table = try CSVReader.read(path: FixtureFiles.path("trials.csv"))
        #expect(table.rowCount == kept.count)
        let value = try #require(table.column(named: "value")?.numeric)
        for (row, trial) in kept.enumerated() {
            #expect(table.column(named: "number")?.numeric?.values[row] == Double(trial.number))
            #expect(value.values[row] == trial.values?[0], "trial \(trial.number)")
            for (name, written) in trial.params {
                let column = try #require(table.column(named: name))
                if case .text(let text) = written {
                    #expect(column.categorical?.level(at: row) == text)
                } else {
                    #expect(column.numeric?.values[row] == written.number, "trial \(trial.number) \(name)")
                }
            }
        }
        // The note with a line break moves every later row one line down.
        let lines = try #require(recordLines(table))
        #expect(lines.first == 2)
        #expect(lines.last == UInt32(kept.count + 2))
        #expect(table.column(named: "note")?.categorical?.levels.contains("two\nlines") == true)
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
