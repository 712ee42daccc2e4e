extension Messages.Spec {
    /// The same parameter twice in `trials.parameters`.
    public static func duplicateTrialParameter(_ name: String, at span: SourceSpan) -> Diagnostic {
        .error("spec.trials-duplicate", "'\(name)' is already one of the parameters the trials draw", at: span)
    }

    /// A focus centre or spread on a parameter the trials hold would never be used.
    public static func focusOnHeldParameter(_ name: String, at span: SourceSpan) -> Diagnostic {
        .error(
            "spec.focus-held",
            "the focus names '\(name)', which the trials do not draw (it is held); add it to 'parameters' "
                + "or remove it from the focus", at: span)
    }

    /// A plot axis the trials hold: every trial would sit at one value.
    public static func axisNotDrawn(_ name: String, on what: String, drawn: [String], at span: SourceSpan)
        -> Diagnostic
    {
        .error(
            "spec.axis-not-drawn",
            "'\(name)' is \(what), but the trials hold it (they draw \(drawn.map { "'\($0)'" }.joined(separator: ", "))); "
                + "add it to the trials' 'parameters'", at: span)
    }
}
