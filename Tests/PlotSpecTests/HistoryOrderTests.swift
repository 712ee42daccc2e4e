import Foundation
import PlotDiagnostics
import Testing

@testable import PlotSpec

/// `DataSampling.order`, what an optimisation history puts across: the Optuna trial number, else the
/// record's position in the file; trials left out leave gaps. Checked against the fixtures' `expected.json`.
@Suite struct HistoryOrderTests {
    typealias Fixtures = DataSamplingDecodeTests

    @Test func anOptunaStudyIsOrderedByTrialNumberWithGapsWhereTrialsWereLeftOut() throws {
        let (spec, diagnostics) = try Fixtures.decode("{file: study.db, study: fixture-study}", plot: "{history: {}}")
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        let data = try Fixtures.data(spec)
        let complete = try Fixtures.expectedTrials(study: "fixture-study").filter { $0.state == "COMPLETE" }
        #expect(data.order == complete.map { Double($0.number) })
        let all = try Fixtures.expectedTrials(study: "fixture-study")
        #expect(complete.count < all.count, "the fixture has failed and pruned trials")
        #expect(data.order.last == Double(all.count - 1), "numbers are Optuna's, not positions among complete trials")
    }

    @Test func choosingMoreStatesFillsTheGaps() throws {
        let (spec, _) = try Fixtures.decode(
            "{file: study.db, study: fixture-study, states: [complete, pruned]}", plot: "{history: {}}")
        let chosen = try Fixtures.expectedTrials(study: "fixture-study").filter { $0.state != "FAIL" }
        #expect(try Fixtures.data(spec).order == chosen.map { Double($0.number) })
    }

    /// The JSON Lines fixture writes every trial of the study in number order, so a record's position is
    /// its trial number; records without a score are left out and leave their gap.
    @Test func aTableIsOrderedByRecordPosition() throws {
        let (spec, _) = try Fixtures.decode(
            "{file: trials.jsonl, score: value, direction: minimize}", plot: "{history: {}}")
        let data = try Fixtures.data(spec)
        let scored = try Fixtures.expectedTrials(study: "fixture-study")
            .filter { (($0.values?.first ?? nil)?.isFinite) ?? false }
        #expect(data.skipped > 0)
        #expect(data.order == scored.map { Double($0.number) })
    }
}
