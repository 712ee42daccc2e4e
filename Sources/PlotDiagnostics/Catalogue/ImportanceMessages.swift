/// Misuses of the `importance` plot kind.
extension Messages.Spec {
    /// `importance` over more real trials than a Gaussian process takes.
    public static func importanceTooManyTrials(_ count: Int, limit: Int, at span: SourceSpan) -> Diagnostic {
        .error(
            "spec.importance-too-many",
            "the importance of real trials decomposes a Gaussian-process fit, which takes at most \(limit) "
                + "trials, and there are \(count): choose fewer trials (for example by 'states')", at: span)
    }

    /// `clipped: true` on the importance of real trials, whose scores have no clip.
    public static func importanceClippedData(at span: SourceSpan) -> Diagnostic {
        .error(
            "spec.importance-clipped",
            "'clipped' decomposes a score model after its clip, and real trials ('sampling.data') have neither: "
                + "their scores are used as the data holds them; remove 'clipped'", at: span)
    }

    /// The estimate of real trials could not be fitted (degenerate data).
    public static func importanceEstimateFailed(trials: Int, at span: SourceSpan) -> Diagnostic {
        .error(
            "spec.importance-estimate",
            "could not fit a Gaussian process to the \(trials) trials to decompose their importance", at: span)
    }

    /// The Gaussian-process quadrature of an `importance` plot of real trials costs more than the limit.
    public static func importanceEstimateTooLarge(
        work: String, limit: String, at span: SourceSpan
    ) -> Diagnostic {
        .error(
            "spec.importance-too-large",
            "the importance of real trials needs \(work) kernel evaluations (quadrature points × trials), more "
                + "than the limit of \(limit): lower 'nodes' or measure fewer parameters with 'parameters'",
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
