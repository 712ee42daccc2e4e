import Dispatch
import PlotConcurrency
import PlotDiagnostics
import PlotSpec

/// Evaluates a page of panels: every panel's spec at once.
enum PanelEvaluator {
    /// The first panel's table carrying every panel's table in `panels`. Panels are evaluated in
    /// parallel (each evaluation also spreads its rows over cores; nested loops share the pool), and the
    /// result does not depend on scheduling: each panel writes only its own slot.
    static func evaluate(_ grid: PanelGrid) throws(DiagnosticError) -> SampleTable {
        let panels = grid.panels
        let results = Locked([Result<SampleTable, DiagnosticError>?](repeating: nil, count: panels.count))
        DispatchQueue.concurrentPerform(iterations: panels.count) { index in
            let result = Result { () throws(DiagnosticError) -> SampleTable in
                try LandscapeEvaluator.evaluate(panels[index].spec)
            }
            results.withLock { $0[index] = result }
        }
        var tables: [SampleTable] = []
        var errors: [Diagnostic] = []
        for result in results.withLock({ $0 }) {
            switch result {
            case .success(let table)?: tables.append(table)
            case .failure(let error)?: errors += error.diagnostics
            case nil: break
            }
        }
        // Panels share the score model, so one bad value is usually reported by every panel: keep each once.
        guard errors.isEmpty, var table = tables.first else {
            throw DiagnosticError(errors.uniqued())
        }
        table.panels = tables
        return table
    }
}

extension Array where Element == Diagnostic {
    /// The diagnostics in order, each distinct one once.
    func uniqued() -> [Diagnostic] {
        var seen: Set<Diagnostic> = []
        return filter { seen.insert($0).inserted }
    }
}
