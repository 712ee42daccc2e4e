extension Messages.Formula {
    /// The score (or another formula) compiles to more work than `CompiledFormula` accepts.
    public static func programTooLarge(
        instructions: Int, registers: Int, instructionLimit: Int, registerLimit: Int,
        at span: SourceSpan?
    ) -> Diagnostic {
        let what =
            instructions > instructionLimit
            ? "more than \(instructionLimit) instructions" : "more than \(registerLimit) registers"
        return .error(
            "formula.program-too-large",
            "the score compiles to \(what), the limit for one program; it is passed here "
                + "(use fewer or shorter terms and formulas)",
            at: span)
    }
}

extension Messages.Spec {
    /// A title, label or other text longer than `SpecLimits.maxTextLength` characters.
    public static func textTooLong(_ what: String, length: Int, limit: Int, at span: SourceSpan) -> Diagnostic {
        .error("spec.text-too-long", "\(what) is \(length) characters long; the limit is \(limit)", at: span)
    }
}
