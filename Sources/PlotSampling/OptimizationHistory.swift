import PlotDiagnostics
import PlotSpec

/// An optimisation history's trials in run order and the best score found so far at each, computed with
/// the table (`LandscapeEvaluator`) so layout and the data export only read it.
///
/// Run order is the trial's place in the run: the row's index for drawn trials (the sampling order, trial
/// 0 first) and `DataSampling.order` for data (the Optuna trial number, else the record's position).
/// "Best" follows the sampling's direction (`Sampling.direction`), in score units, whatever the plot
/// shows: a history shown as a loss draws the same line, flipped.
public struct OptimizationHistory: Sendable, Equatable {
    /// Each row's trial number (its place in the run), indexed like the table's rows.
    public var trial: [Double]
    /// The rows in run order (by trial number; table order on equal numbers).
    public var runOrder: [Int]
    /// Each row's best score so far: the best over every row run at or before it, indexed like the rows.
    public var bestSoFar: [Double]

    /// The history of `score` with trial numbers `trial`, best in `direction`. Rows without a trial number
    /// (`trial` shorter than `score`) are numbered by their index.
    public init(trial: [Double], score: [Double], direction: ScoreDirection) {
        let trial = score.indices.map { $0 < trial.count ? trial[$0] : Double($0) }
        self.trial = trial
        runOrder = trial.indices.sorted { trial[$0] != trial[$1] ? trial[$0] < trial[$1] : $0 < $1 }
        bestSoFar = score
        var best: Double?
        for row in runOrder {
            if let current = best, !direction.isBetter(score[row], than: current) {
                bestSoFar[row] = current
            } else {
                best = score[row]
            }
        }
    }

    /// The history of the table's rows as `sampling` orders them.
    public init(table: SampleTable, sampling: Sampling) {
        let trial: [Double] = if case .data(let data) = sampling { data.order } else { [] }
        self.init(trial: trial, score: table.score, direction: sampling.direction)
    }

    /// The rows where the best so far changed (the first trial, and every later one that beat it), in run
    /// order: the corners of the best-so-far step line.
    public var improvements: [Int] {
        var rows: [Int] = []
        var previous: Double?
        for row in runOrder where previous != bestSoFar[row] {
            rows.append(row)
            previous = bestSoFar[row]
        }
        return rows
    }
}

extension OptimizationHistory {
    /// The history a `history` plot draws of `table`, after checking that a log value axis has only
    /// positive values to show (the decoder cannot: drawn trials' scores exist only once evaluated).
    static func evaluate(_ plot: HistoryPlot, table: SampleTable, spec: FigureSpec) throws(DiagnosticError)
        -> OptimizationHistory
    {
        let history = OptimizationHistory(table: table, sampling: spec.sampling)
        if plot.valueScale != .linear,
            let row = history.runOrder.first(where: { !(plot.shown.apply(table.score[$0]) > 0) })
        {
            let span =
                plot.valueScaleSpan ?? SourceSpan(start: SourceLocation(file: spec.sourcePath, line: 1, column: 1))
            throw DiagnosticError(
                Messages.Spec.historyLogNotPositive(
                    plot.valueScale.rawValue, value: "\(plot.shown.apply(table.score[row]))",
                    trial: "\(Int(history.trial[row]))", at: span))
        }
        return history
    }
}
