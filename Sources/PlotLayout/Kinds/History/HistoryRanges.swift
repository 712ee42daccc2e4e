import PlotSampling
import PlotSpec

/// What a history's axes span: its trial numbers across, its shown values up, and how many legend rows
/// the value axis keeps room for above the data. A page of panels gives every history panel the union
/// over the page's histories (`shared`), so with `axes: shared` their axes are one axis and two ways of
/// spending a budget compare at a glance.
struct HistoryRanges: Equatable {
    var trials: ClosedRange<Double>
    var values: ClosedRange<Double>
    var legendRows: Int

    /// The ranges of one history; nil when it has no trials.
    init?(spec: FigureSpec, plot: HistoryPlot, table: SampleTable) {
        let history = table.history ?? OptimizationHistory(table: table, sampling: spec.sampling)
        guard let first = history.runOrder.first, let last = history.runOrder.last else { return nil }
        let shown = table.score.map(plot.shown.apply)
        guard let low = shown.min(), let high = shown.max() else { return nil }
        trials = history.trial[first]...history.trial[last]
        values = low...high
        legendRows = 2 + Self.annotationLegends(spec)
    }

    /// The union of every history panel's ranges; nil when the page has none.
    static func shared(_ panels: [Panel], tables: [SampleTable]) -> HistoryRanges? {
        var union: HistoryRanges?
        for (panel, table) in zip(panels, tables) {
            guard case .history(let plot) = panel.spec.plot,
                let ranges = HistoryRanges(spec: panel.spec, plot: plot, table: table)
            else { continue }
            guard let known = union else {
                union = ranges
                continue
            }
            union = HistoryRanges(
                trials: min(
                    known.trials.lowerBound, ranges.trials.lowerBound)...max(
                        known.trials.upperBound, ranges.trials.upperBound),
                values: min(
                    known.values.lowerBound, ranges.values.lowerBound)...max(
                        known.values.upperBound, ranges.values.upperBound),
                legendRows: max(known.legendRows, ranges.legendRows))
        }
        return union
    }

    private init(trials: ClosedRange<Double>, values: ClosedRange<Double>, legendRows: Int) {
        self.trials = trials
        self.values = values
        self.legendRows = legendRows
    }

    /// Annotations with a legend entry (on a history, only markers draw one).
    private static func annotationLegends(_ spec: FigureSpec) -> Int {
        spec.annotations.filter { annotation in
            if case .marker(let marker) = annotation.kind { marker.legend != nil } else { false }
        }.count
    }
}
