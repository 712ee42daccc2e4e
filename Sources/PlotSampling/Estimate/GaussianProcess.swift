import Foundation
import PlotSpec

/// Gaussian-process regression on points in the unit box, with hyperparameters fitted deterministically.
///
/// Each coordinate of a point is a parameter mapped to [0, 1] by its own scale (log10 parameters in log
/// space), or, for a categorical parameter, its category index. The kernel is Matérn 5/2 over the
/// distance r = √(Σ δ_d² / ℓ_d²), where δ_d is the coordinate difference of a continuous dimension and,
/// for a categorical dimension, 0 for the same category and 1 for another (an exact-match kernel: every
/// pair of distinct categories is equally far apart, as with a one-hot encoding).
///
/// The scores are normalised to mean 0 and standard deviation 1 before fitting. The fit maximises the log
/// marginal likelihood over the length scales ℓ_d and the noise-to-signal ratio λ = σ_n²/σ_f², with the
/// signal variance σ_f² profiled out (its maximum-likelihood value for given ℓ and λ is yᵀ(R + λI)⁻¹y / n):
/// a coarse search over one shared length scale and λ, then coordinate steps on each ℓ_d and on λ by
/// shrinking factors. The same input always gives the same fit, bit for bit.
public struct GaussianProcess: Sendable {
    /// How one coordinate of a point is compared.
    public enum Dimension: Hashable, Sendable {
        /// A position in [0, 1].
        case continuous
        /// A category index; points match or differ.
        case categorical
    }

    /// Why a process cannot be fitted.
    public enum FitError: Error, Equatable {
        /// More points than `maximumPoints`: the O(n³) fit would take too long.
        case tooManyPoints(count: Int, limit: Int)
        /// No points, or points and values of different lengths or dimensions.
        case badInput
    }

    /// The most training points a fit takes (`SpecLimits.maxGaussianProcessTrials`). Fit time grows as n³
    /// (each likelihood evaluation is a Cholesky factorisation, and the search makes about 50): 500 points
    /// take 2 s, 1000 take 17 s (release build, benchmarks/README.md).
    public static let maximumPoints = SpecLimits.maxGaussianProcessTrials

    /// The fitted length scale of each dimension, in unit-box coordinates.
    public let lengthScales: [Double]
    /// The fitted noise standard deviation, in the values' units.
    public let noiseStd: Double
    /// The prior standard deviation of the latent function (σ_f), in the values' units: the posterior
    /// standard deviation far from every point.
    public let priorStd: Double

    private let points: [[Double]]
    private let dimensions: [Dimension]
    private let factor: Cholesky
    /// (R + λI)⁻¹ y of the normalised values.
    private let weights: [Double]
    private let valueMean: Double
    private let valueScale: Double
    /// σ_f² of the normalised values.
    private let signal: Double

    /// Fits a process to `values` at `points` (all of one dimension count; `dimensions` says how each
    /// coordinate is compared, all continuous when nil).
    public init(points: [[Double]], values: [Double], dimensions: [Dimension]? = nil) throws(FitError) {
        guard !points.isEmpty, points.count == values.count, values.allSatisfy(\.isFinite) else { throw .badInput }
        guard points.count <= Self.maximumPoints else {
            throw .tooManyPoints(count: points.count, limit: Self.maximumPoints)
        }
        let d = points[0].count
        let kinds = dimensions ?? Array(repeating: .continuous, count: d)
        guard kinds.count == d, points.allSatisfy({ $0.count == d && $0.allSatisfy(\.isFinite) }) else {
            throw .badInput
        }
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
        let scale = variance > 0 ? variance.squareRoot() : 1
        let y = values.map { ($0 - mean) / scale }
        let problem = LikelihoodProblem(points: points, dimensions: kinds, y: y)
        let best = problem.maximise()
        self.points = points
        self.dimensions = kinds
        lengthScales = best.lengthScales
        factor = best.fit.factor
        weights = best.fit.weights
        signal = best.fit.signal
        valueMean = mean
        valueScale = scale
        priorStd = scale * best.fit.signal.squareRoot()
        noiseStd = scale * (best.fit.signal * best.ratio).squareRoot()
    }

    /// The posterior mean and standard deviation of the latent (noise-free) function at `point`, in the
    /// values' units. Costs O(n²) for the standard deviation; see `mean(at:)` for the mean alone.
    public func predict(_ point: [Double]) -> (mean: Double, std: Double) {
        let k = correlations(point)
        var m = 0.0
        for i in k.indices { m += k[i] * weights[i] }
        let v = factor.solveLower(k)
        let explained = v.reduce(0) { $0 + $1 * $1 }
        let variance = signal * Swift.max(0, 1 - explained)
        return (valueMean + valueScale * m, valueScale * variance.squareRoot())
    }

    /// The posterior mean alone at `point`: O(n), for callers that integrate the mean over many points
    /// (functional ANOVA).
    public func mean(at point: [Double]) -> Double {
        let k = correlations(point)
        var m = 0.0
        for i in k.indices { m += k[i] * weights[i] }
        return valueMean + valueScale * m
    }

    /// The kernel correlations between `point` and every training point.
    private func correlations(_ point: [Double]) -> [Double] {
        let inverse = lengthScales.map { 1 / ($0 * $0) }
        return points.map { Kernel.correlation(point, $0, inverseSquares: inverse, dimensions: dimensions) }
    }
}

/// The Matérn 5/2 correlation the process uses.
enum Kernel {
    static func correlation(
        _ a: [Double], _ b: [Double], inverseSquares: [Double], dimensions: [GaussianProcess.Dimension]
    ) -> Double {
        var r2 = 0.0
        for d in a.indices {
            let delta: Double
            switch dimensions[d] {
            case .continuous: delta = a[d] - b[d]
            case .categorical: delta = a[d] == b[d] ? 0 : 1
            }
            r2 += delta * delta * inverseSquares[d]
        }
        return matern52(r2.squareRoot())
    }

    static func matern52(_ r: Double) -> Double {
        let s = 5.0.squareRoot() * r
        return (1 + s + s * s / 3) * exp(-s)
    }
}
