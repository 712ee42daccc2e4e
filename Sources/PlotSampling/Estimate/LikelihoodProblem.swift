import Foundation

/// The hyperparameter search of `GaussianProcess`: maximises the profiled log marginal likelihood over
/// per-dimension length scales and the noise-to-signal ratio, by a fixed deterministic schedule.
struct LikelihoodProblem {
    let points: [[Double]]
    let dimensions: [GaussianProcess.Dimension]
    /// Normalised values (mean 0, standard deviation 1).
    let y: [Double]

    /// The factored system of one hyperparameter setting.
    struct Fit {
        var factor: Cholesky
        /// (R + λI)⁻¹ y.
        var weights: [Double]
        /// The profiled signal variance yᵀ(R + λI)⁻¹y / n.
        var signal: Double
        var logLikelihood: Double
    }

    struct Best {
        var lengthScales: [Double]
        var ratio: Double
        var fit: Fit
    }

    /// Length scales are searched within these bounds (unit-box units; categorical distances are 1).
    static let lengthBounds = 0.02...5.0
    /// The noise-to-signal variance ratio is searched within these bounds.
    static let ratioBounds = 1e-6...3.0
    static let coarseLengths = [0.05, 0.1, 0.2, 0.4, 0.8, 1.6]
    static let coarseRatios = [1e-6, 1e-3, 1e-2, 0.1, 0.3, 1.0]
    /// Multiplicative steps of the refinement, coarse to fine; each is tried up and down per coordinate.
    static let steps = [2.0, 1.4, 1.15]

    /// The best setting found. Never fails: the coarse grid's first factorable setting stands if nothing
    /// better is found, and a setting that cannot be factored (even with jitter) is skipped.
    func maximise() -> Best {
        let d = dimensions.count
        var best: Best?
        for length in Self.coarseLengths {
            for ratio in Self.coarseRatios {
                let lengths = Array(repeating: length, count: d)
                if let fit = evaluate(lengths: lengths, ratio: ratio),
                    best.map({ fit.logLikelihood > $0.fit.logLikelihood }) ?? true
                {
                    best = Best(lengthScales: lengths, ratio: ratio, fit: fit)
                }
            }
        }
        guard var current = best else { return fallback() }
        for step in Self.steps {
            // Coordinates 0..<d are the length scales, d is the ratio.
            for coordinate in 0...d {
                for factor in [step, 1 / step] {
                    var lengths = current.lengthScales
                    var ratio = current.ratio
                    if coordinate < d {
                        lengths[coordinate] = clamp(lengths[coordinate] * factor, Self.lengthBounds)
                    } else {
                        ratio = clamp(ratio * factor, Self.ratioBounds)
                    }
                    if let fit = evaluate(lengths: lengths, ratio: ratio),
                        fit.logLikelihood > current.fit.logLikelihood
                    {
                        current = Best(lengthScales: lengths, ratio: ratio, fit: fit)
                    }
                }
            }
        }
        return current
    }

    /// The last resort when no coarse setting factors (R + λI is positive definite in exact arithmetic,
    /// so only rounding gets here): the prior alone, every training point ignored.
    private func fallback() -> Best {
        let fit = Fit(
            factor: .identity(y.count), weights: [Double](repeating: 0, count: y.count), signal: 1,
            logLikelihood: -.infinity)
        return Best(
            lengthScales: Array(repeating: Self.lengthBounds.upperBound, count: dimensions.count),
            ratio: Self.ratioBounds.upperBound, fit: fit)
    }

    /// Factors R + λI for these hyperparameters (adding jitter up to 1e-6 if needed) and returns the
    /// profiled log likelihood −n/2·log σ̂² − ½·log|R + λI|; nil when it cannot be factored.
    func evaluate(lengths: [Double], ratio: Double) -> Fit? {
        let n = y.count
        let inverse = lengths.map { 1 / ($0 * $0) }
        var matrix = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in 0..<i {
                let c = Kernel.correlation(points[i], points[j], inverseSquares: inverse, dimensions: dimensions)
                matrix[i * n + j] = c
                matrix[j * n + i] = c
            }
        }
        var jitter = 0.0
        for attempt in 0..<4 {
            for i in 0..<n { matrix[i * n + i] = 1 + ratio + jitter }
            if let factor = Cholesky(matrix, n: n) {
                let weights = factor.solveUpper(factor.solveLower(y))
                var quadratic = 0.0
                for i in 0..<n { quadratic += y[i] * weights[i] }
                let signal = Swift.max(quadratic / Double(n), 1e-12)
                let logLikelihood = -0.5 * Double(n) * log(signal) - 0.5 * factor.logDeterminant
                return Fit(factor: factor, weights: weights, signal: signal, logLikelihood: logLikelihood)
            }
            jitter = 1e-12 * pow(100, Double(attempt + 1))
        }
        return nil
    }

    private func clamp(_ value: Double, _ range: ClosedRange<Double>) -> Double {
        Swift.min(Swift.max(value, range.lowerBound), range.upperBound)
    }
}
