import PlotConcurrency
import PlotDiagnostics
import PlotSpec

/// Computes a heatmap's or surface's `estimate` from the trials of its sample table.
public enum TrialEstimator {
    /// A Gaussian-process cell is missing when its posterior standard deviation is above this fraction of
    /// the prior standard deviation: the trials say too little there (docs/estimates.md).
    public static let maskedStdFraction = 0.75
    /// A Gaussian-process cell is also missing when no trial lies within this distance of its centre, in
    /// the unit square of the two parameters' own scales (a categorical coordinate must match): a long
    /// fitted length scale makes the posterior confident far from the data, and that confidence is the
    /// model's assumption, not something the trials showed.
    public static let maskedDistance = 0.1

    /// The estimate over parameters `x` and `y` of `table`'s trials (their sampled scores).
    public static func estimate(
        _ estimate: TrialEstimate, x: Int, y: Int, table: SampleTable, parameters: [Parameter]
    ) throws(DiagnosticError) -> EstimateGrid {
        let xAxis = EstimateAxis(parameter: parameters[x], requested: estimate.columns)
        let yAxis = EstimateAxis(parameter: parameters[y], requested: estimate.rows)
        let xs = (0..<table.count).map { table.columns[x][$0] }
        let ys = (0..<table.count).map { table.columns[y][$0] }
        let binned = BinnedMean.estimate(
            xs: xs, ys: ys, scores: table.score, x: xAxis, y: yAxis, minCount: estimate.minCount)
        switch estimate.method {
        case .binned:
            return EstimateGrid(
                method: .binned, nx: xAxis.count, ny: yAxis.count, xCenters: xAxis.centers,
                yCenters: yAxis.centers, mean: binned.mean, std: nil, count: binned.count)
        case .gaussianProcess:
            let points = zip(xs, ys).map { [xAxis.coordinate(of: $0), yAxis.coordinate(of: $1)] }
            let process: GaussianProcess
            do {
                process = try GaussianProcess(
                    points: points, values: table.score, dimensions: [xAxis.dimension, yAxis.dimension])
            } catch {
                let reason: String
                switch error {
                case .tooManyPoints(let count, let limit):
                    reason = "\(count) trials, more than the \(limit) a Gaussian process takes"
                case .badInput: reason = "there are no trials with a finite score"
                }
                throw DiagnosticError([Messages.Estimate.fitFailed(reason, at: estimate.span)])
            }
            let (mean, std) = predictGrid(process, x: xAxis, y: yAxis)
            let limit = maskedStdFraction * process.priorStd
            let near = nearTrials(points, x: xAxis, y: yAxis)
            let masked = mean.indices.map { std[$0] > limit || !near[$0] ? .nan : mean[$0] }
            return EstimateGrid(
                method: .gaussianProcess, nx: xAxis.count, ny: yAxis.count, xCenters: xAxis.centers,
                yCenters: yAxis.centers, mean: masked, std: std, count: binned.count)
        }
    }

    /// Per cell: whether a trial lies within `maskedDistance` of its centre (same category on a
    /// categorical axis).
    private static func nearTrials(_ points: [[Double]], x: EstimateAxis, y: EstimateAxis) -> [Bool] {
        let limit = maskedDistance * maskedDistance
        func gap(_ a: Double, _ b: Double, _ axis: EstimateAxis) -> Double {
            axis.parameter.isCategorical ? (a == b ? 0 : .infinity) : (a - b) * (a - b)
        }
        var near = [Bool](repeating: false, count: x.count * y.count)
        for j in 0..<y.count {
            let cy = y.cellCoordinate(j)
            for i in 0..<x.count {
                let cx = x.cellCoordinate(i)
                near[j * x.count + i] = points.contains { gap($0[0], cx, x) + gap($0[1], cy, y) <= limit }
            }
        }
        return near
    }

    /// The posterior mean and standard deviation at every cell centre, rows spread over cores (each row
    /// writes only its own cells, so the result does not depend on scheduling).
    private static func predictGrid(
        _ process: GaussianProcess, x: EstimateAxis, y: EstimateAxis
    ) -> (mean: [Double], std: [Double]) {
        let nx = x.count
        let ny = y.count
        let xs = (0..<nx).map(x.cellCoordinate)
        let ys = (0..<ny).map(y.cellCoordinate)
        var mean = [Double](repeating: 0, count: nx * ny)
        var std = [Double](repeating: 0, count: nx * ny)
        mean.withUnsafeMutableBufferPointer { meanOut in
            std.withUnsafeMutableBufferPointer { stdOut in
                ParallelLoop.run(iterations: ny, sharing: (meanOut, stdOut)) { j, out in
                    for i in 0..<nx {
                        let p = process.predict([xs[i], ys[j]])
                        out.0[j * nx + i] = p.mean
                        out.1[j * nx + i] = p.std
                    }
                }
            }
        }
        return (mean, std)
    }
}
