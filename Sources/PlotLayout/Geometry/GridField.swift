import PlotSampling
import PlotSpec

/// The shown value (score or loss, of the sampled or the noise-free landscape) of a 2-axis grid sample, or
/// of an estimate from trials, as a dense `nx × ny` field (NaN marks a missing cell), x fastest and
/// row 0 at the bottom (lowest y): the shape heatmaps, contours and surfaces all read.
struct GridField {
    let values: [Double]
    let nx: Int
    let ny: Int
    /// Cell-centre data values along x and y (before integer snapping).
    let xCenters: [Double]
    let yCenters: [Double]

    /// Extracts the field: the table's estimate when it has one (`estimateShown` picks its mean or standard
    /// deviation; missing cells stay NaN), else its grid; empty when the table has neither over both parameters.
    init(
        table: SampleTable, x: Int, y: Int, shown: ShownValue, landscape: Landscape = .sampled,
        estimateShown: TrialEstimate.Shown = .mean
    ) {
        if let estimate = table.estimate {
            var values = estimate.values(estimateShown)
            // A standard deviation is the same for the score and the loss; only the mean turns.
            if shown == .loss, estimateShown == .mean { values = values.map { 1 - $0 } }
            (self.values, nx, ny) = (values, estimate.nx, estimate.ny)
            (xCenters, yCenters) = (estimate.xCenters, estimate.yCenters)
            return
        }
        guard let grid = table.grid,
            let xAxis = grid.axes.firstIndex(where: { $0.parameter == x }),
            let yAxis = grid.axes.firstIndex(where: { $0.parameter == y })
        else {
            (values, nx, ny, xCenters, yCenters) = ([], 0, 0, [], [])
            return
        }
        let nx = grid.axes[xAxis].count
        let ny = grid.axes[yAxis].count
        let xStride = xAxis == 0 ? 1 : grid.axes[0].count
        let yStride = yAxis == 0 ? 1 : grid.axes[0].count
        let score = landscape == .noiseFree ? table.trueScore : table.score
        var values = [Double](repeating: 0, count: nx * ny)
        values.withUnsafeMutableBufferPointer { out in
            score.withUnsafeBufferPointer { scores in
                for j in 0..<ny {
                    let row = j * nx
                    for i in 0..<nx { out[row + i] = scores[i * xStride + j * yStride] }
                }
                // `loss` is the only transform; applied in place so the common case stays one pass.
                if shown == .loss { for k in 0..<out.count { out[k] = 1 - out[k] } }
            }
        }
        self.values = values
        self.nx = nx
        self.ny = ny
        self.xCenters = grid.centers[xAxis]
        self.yCenters = grid.centers[yAxis]
    }

    /// A field from raw values (x fastest, row 0 at the bottom), cell centres at 0, 1, 2, …
    init(values: [Double], nx: Int, ny: Int) {
        self.values = values
        self.nx = nx
        self.ny = ny
        xCenters = (0..<nx).map(Double.init)
        yCenters = (0..<ny).map(Double.init)
    }

    var isEmpty: Bool { nx == 0 || ny == 0 }

    subscript(i: Int, j: Int) -> Double { values[j * nx + i] }

    /// The value of the cell nearest to normalised position (u, v) in [0, 1]².
    func nearest(u: Double, v: Double) -> Double {
        guard !isEmpty else { return .nan }
        let i = min(nx - 1, max(0, Int((u * Double(nx)).rounded(.down))))
        let j = min(ny - 1, max(0, Int((v * Double(ny)).rounded(.down))))
        return self[i, j]
    }
}
