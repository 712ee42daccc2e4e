import PlotSampling
import PlotScales
import PlotSpec

/// Resolves annotation anchors to data values: a parameter's coordinate, the score or the shown value at
/// `argmax`, `argmin`, `{top: f}` (their rows chosen by sampling, `SampleTable.annotations`) or a written
/// data point.
struct AnchorValues {
    let spec: FigureSpec
    let table: SampleTable
    /// The value the plot shows (score or loss) per table row.
    let shown: (Int) -> Double

    init(spec: FigureSpec, table: SampleTable, shown: @escaping (Int) -> Double) {
        self.spec = spec
        self.table = table
        self.shown = shown
    }

    /// The single row an anchor stands for (`argmax`, `argmin`, `true_argmax`, `true_argmin`), as sampling resolved it.
    func row(for anchor: AnchorPoint) -> Int? {
        switch anchor {
        case .data, .topMedian: nil
        case .argmax: table.annotations.argmaxRow
        case .argmin: table.annotations.argminRow
        case .trueArgmax: table.annotations.trueArgmaxRow
        case .trueArgmin: table.annotations.trueArgminRow
        }
    }

    /// A parameter's value at the anchor; nil when a data point does not mention the parameter.
    func value(of parameter: Int, at anchor: AnchorPoint) -> Double? {
        switch anchor {
        case .data(let values): return values[parameter]
        case .argmax, .argmin, .trueArgmax, .trueArgmin: return row(for: anchor).map { coordinate(parameter, row: $0) }
        case .topMedian(let fraction):
            let scale = spec.parameters[parameter].scale
            return median(table.annotations.topRows[fraction] ?? [], scale: scale) { table.columns[parameter][$0] }
        }
    }

    /// The score (`shownValue: false`) or the shown value at a computed anchor; nil for data points.
    func quality(at anchor: AnchorPoint, shownValue: Bool, noiseFree: Bool = false) -> Double? {
        let of: (Int) -> Double = noiseFree ? { table.trueScore[$0] } : shownValue ? shown : { table.score[$0] }
        switch anchor {
        case .data: return nil
        case .argmax, .argmin, .trueArgmax, .trueArgmin: return row(for: anchor).map(of)
        case .topMedian(let fraction): return median(table.annotations.topRows[fraction] ?? [], scale: .linear, of)
        }
    }

    /// The median of `value` over `rows`, taken in `scale`'s own space (mid-point of the middle pair).
    private func median(_ rows: [Int], scale: ScaleKind, _ value: (Int) -> Double) -> Double? {
        guard !rows.isEmpty else { return nil }
        let sorted = rows.map { scale.forward(value($0)) }.sorted()
        let mid = sorted.count / 2
        let scaled = sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
        return scale.inverse(scaled)
    }

    /// A row's coordinate along a parameter: the unsnapped cell centre on grids (so marks sit in the
    /// middle of their cell), the sampled value otherwise.
    func coordinate(_ parameter: Int, row: Int) -> Double {
        if let grid = table.grid, let axis = grid.axes.firstIndex(where: { $0.parameter == parameter }) {
            var stride = 1
            for a in grid.axes.prefix(axis) { stride *= a.count }
            return grid.centers[axis][(row / stride) % grid.axes[axis].count]
        }
        return table.columns[parameter][row]
    }

    /// Fills `{parameter}`, `{parameter:%fmt}`, `{score}`, `{true_score}` and `{value}` from the anchor's point.
    func substitute(_ template: LabelTemplate, at anchor: AnchorPoint) -> String {
        template.filled { quantity in
            switch quantity {
            case .score: quality(at: anchor, shownValue: false) ?? .nan
            case .trueScore: quality(at: anchor, shownValue: false, noiseFree: true) ?? .nan
            case .value: quality(at: anchor, shownValue: true) ?? .nan
            case .parameter(let index): value(of: index, at: anchor) ?? spec.parameters[index].heldValue
            }
        }
    }
}
