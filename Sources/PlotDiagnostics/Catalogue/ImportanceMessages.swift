/// Misuses of the `importance` plot kind.
extension Messages.Spec {
    /// `importance` over `sampling.data`: real trials have no known function to decompose.
    public static func importanceOfData(at span: SourceSpan) -> Diagnostic {
        .error(
            "spec.importance-data",
            "importance is computed exactly from the score model, and real trials ('sampling.data') have none: "
                + "their importance needs an estimate of the score between trials, which plotspec does not make "
                + "yet; draw trials from a 'score' model to see its exact importance",
            at: span)
    }

    /// The quadrature grid of an `importance` plot has more points than the limit.
    public static func importanceTooLarge(
        evaluations: String, limit: String, largest: String, at span: SourceSpan
    ) -> Diagnostic {
        .error(
            "spec.importance-too-large",
            "exact importance needs \(evaluations) evaluations of the score (one per combination of quadrature "
                + "nodes and discrete values), more than the limit of \(limit): lower 'nodes' or measure fewer "
                + "parameters with 'parameters' (\(largest))",
            at: span)
    }

    /// `importance.parameters` lists a parameter twice.
    public static func importanceDuplicate(_ name: String, at span: SourceSpan) -> Diagnostic {
        .error("spec.duplicate-axis", "'\(name)' is already measured by this importance plot", at: span)
    }
}

extension Messages.Spec {
    /// `importance.parameters` names a parameter the spec's `hold:` fixes.
    public static func importanceOfHeld(_ name: String, at span: SourceSpan, heldAt: SourceSpan) -> Diagnostic {
        .error(
            "spec.importance-held",
            "'\(name)' is held, so its importance cannot be measured: remove it from 'hold' or from 'parameters'",
            at: span, notes: [.init("held here", at: heldAt)])
    }
}
