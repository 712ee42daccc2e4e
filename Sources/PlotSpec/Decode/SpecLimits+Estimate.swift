/// Bounds of `estimate` (docs/estimates.md).
extension SpecLimits {
    /// Cells of an estimate along one axis: a Gaussian-process estimate predicts every cell at O(n²).
    public static let maxEstimateCells = 200
    public static let maxEstimateMinCount = 10_000
    /// Trials a Gaussian-process estimate takes: its fit is O(n³) per likelihood evaluation; 500 trials fit
    /// and predict 60 × 60 cells in 2.1 s of CPU, 1000 in 16.7 s (release build, benchmarks/README.md).
    public static let maxGaussianProcessTrials = 500
}
