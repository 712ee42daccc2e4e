/// Bounds of `estimate` (docs/estimates.md).
extension SpecLimits {
    /// Cells of an estimate along one axis: a Gaussian-process estimate predicts every cell at O(n²).
    public static let maxEstimateCells = 200
    public static let maxEstimateMinCount = 10_000
    /// Trials a Gaussian-process estimate takes: its fit is O(n³) per likelihood evaluation; 1000 trials
    /// fit in about 5 s (release build, benchmarks/README.md), twice as many would take eight times as long.
    public static let maxGaussianProcessTrials = 1000
}
