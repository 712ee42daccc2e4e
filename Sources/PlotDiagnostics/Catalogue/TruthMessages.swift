extension Messages.Evaluation {
    /// A label or marker names the best (worst) sample, and that sample's score sits on a clip bound: the
    /// noise pushed it there, so the point marks the noise rather than the model's optimum.
    public static func bestSampleOnClipBound(anchor: String, bound: Double, at span: SourceSpan) -> Diagnostic {
        .warning(
            "eval.best-sample-clipped",
            "the '\(anchor)' sample scores \(bound), the clip bound: noise clipped there decides which "
                + "sample it is", at: span, suggestion: "true_\(anchor)")
    }
}
