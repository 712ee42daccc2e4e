extension Messages {
    /// Messages about evaluating the score over the samples.
    public enum Evaluation {
        public static func nonFinite(value: Double, point: String, at span: SourceSpan) -> Diagnostic {
            let what = value.isNaN ? "NaN" : (value > 0 ? "+infinity" : "-infinity")
            return .error("eval.non-finite", "this term evaluates to \(what) at \(point)", at: span)
        }
    }
}
