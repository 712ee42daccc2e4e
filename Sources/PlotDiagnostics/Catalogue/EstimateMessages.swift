extension Messages {
    /// Misuses of `estimate` (a heatmap or surface estimated from scattered trials).
    public enum Estimate {
        /// A heatmap or surface over trials without `estimate`: trials do not fill a grid.
        public static func trialsNeedEstimate(_ kind: String, at span: SourceSpan) -> Diagnostic {
            .error(
                "spec.estimate-missing",
                "a \(kind) of scattered trials needs an estimate of the score on a grid: add "
                    + "'estimate: {method: binned}' (or 'method: gp'), or sample a grid with 'sampling: {grid: …}'",
                at: span)
        }

        /// `estimate` on a plot that samples a grid, where every cell already has its value.
        public static func estimateOfGrid(_ kind: String, at span: SourceSpan) -> Diagnostic {
            .error(
                "spec.estimate-grid",
                "a \(kind) over grid sampling draws the grid's own values, so 'estimate' has nothing to estimate: "
                    + "remove it, or sample 'trials' or 'data'", at: span)
        }

        /// A Gaussian-process estimate over more trials than its cap.
        public static func tooManyTrials(_ count: Int, limit: Int, at span: SourceSpan) -> Diagnostic {
            .error(
                "spec.estimate-too-many",
                "a Gaussian-process estimate takes at most \(limit) trials and there are \(count): "
                    + "use 'method: binned', or fewer trials", at: span)
        }

        /// `show: std` of a binned estimate.
        public static func binnedHasNoStd(at span: SourceSpan) -> Diagnostic {
            .error(
                "spec.estimate-std",
                "a binned estimate has no posterior standard deviation: use 'method: gp' to show 'std'", at: span)
        }

        /// `trials: true` on a heatmap without an estimate.
        public static func trialsWithoutEstimate(at span: SourceSpan) -> Diagnostic {
            .error(
                "spec.estimate-trials",
                "'trials' draws the trials an estimate comes from, and this heatmap has no 'estimate'", at: span)
        }

        /// A Gaussian process that could not be fitted after decoding (the decoder checks what it can).
        public static func fitFailed(_ reason: String, at span: SourceSpan) -> Diagnostic {
            .error("eval.estimate", "the estimate cannot be computed: \(reason)", at: span)
        }
    }
}
