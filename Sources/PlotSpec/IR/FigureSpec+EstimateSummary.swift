extension FigureSpec {
    /// The summary's line for a heatmap's or surface's estimate (none without one).
    func estimateLines(_ estimate: TrialEstimate?, trials: Bool) -> [String] {
        guard let estimate else { return [] }
        let count = estimate.method == .binned ? " min count \(estimate.minCount)" : ""
        return [
            "  estimate \(estimate.method.rawValue) cells \(estimate.columns) x \(estimate.rows)\(count) "
                + "shows \(estimate.shown.rawValue)" + (trials ? ", trials drawn on top" : "")
        ]
    }
}
