/// Misuses of the `history` plot kind.
extension Messages.Spec {
    /// A history over a grid: grid cells have no order a search ran them in.
    public static func historyNeedsTrials(at span: SourceSpan) -> Diagnostic {
        .error(
            "spec.sampling-mismatch",
            "an optimisation history plots trials in the order they were run, and grid cells have none: use "
                + "'sampling: {trials: …}' (drawn in order) or 'sampling: {data: …}' (a real study)", at: span)
    }
}

extension Messages.Spec {
    /// A history on a log value axis with a shown value that is not positive (known once sampled).
    public static func historyLogNotPositive(_ scale: String, value: String, trial: String, at span: SourceSpan)
        -> Diagnostic
    {
        .error(
            "eval.history-log-scale",
            "'value_scale: \(scale)' needs every shown value positive, but trial \(trial) shows \(value): "
                + "use 'value_scale: linear'", at: span)
    }
}
