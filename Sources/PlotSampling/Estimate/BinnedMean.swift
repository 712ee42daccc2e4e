/// The binned-mean estimate: each trial falls in one cell (in each parameter's own scale); a cell's value
/// is the mean score of its trials, and a cell with fewer than `minCount` trials is missing (NaN).
enum BinnedMean {
    /// Means and counts per cell (x fastest, row 0 at the bottom) of `scores` at (`xs`, `ys`).
    static func estimate(
        xs: [Double], ys: [Double], scores: [Double], x: EstimateAxis, y: EstimateAxis, minCount: Int
    ) -> (mean: [Double], count: [Int]) {
        let cells = x.count * y.count
        var sums = [Double](repeating: 0, count: cells)
        var counts = [Int](repeating: 0, count: cells)
        for row in scores.indices {
            let cell = y.cell(of: ys[row]) * x.count + x.cell(of: xs[row])
            sums[cell] += scores[row]
            counts[cell] += 1
        }
        let means = zip(sums, counts).map { sum, count in
            count >= Swift.max(minCount, 1) ? sum / Double(count) : .nan
        }
        return (means, counts)
    }
}
