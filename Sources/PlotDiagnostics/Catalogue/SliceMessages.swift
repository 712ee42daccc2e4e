/// Misuses of the `slice` plot kind.
extension Messages.Spec {
    /// `slice.x` names a parameter the spec's `hold:` fixes: the slice would vary what was asked to stay put.
    public static func sliceOfHeld(_ name: String, at span: SourceSpan, heldAt: SourceSpan) -> Diagnostic {
        .error(
            "spec.slice-held",
            "'\(name)' is held, so a slice cannot vary it: remove it from 'hold' or slice another parameter",
            at: span, notes: [.init("held here", at: heldAt)])
    }

    /// `slice.hold` lists values of the parameter the slice varies.
    public static func sliceHoldsItsX(_ name: String, at span: SourceSpan) -> Diagnostic {
        .error(
            "spec.slice-hold-x",
            "'\(name)' is the slice's x parameter, so it cannot also be held: hold another parameter",
            at: span)
    }

    /// `slice.hold` names more than one parameter.
    public static func sliceHoldsSeveral(at span: SourceSpan) -> Diagnostic {
        .error(
            "spec.slice-hold-count", "a slice draws one curve per value of one parameter: 'hold' names exactly one",
            at: span)
    }

    /// A slice over a categorical parameter: its categories have no order to draw a curve through.
    public static func sliceOfCategorical(_ name: String, at span: SourceSpan) -> Diagnostic {
        .error(
            "spec.slice-categorical",
            "'\(name)' is categorical and a slice draws a curve through ordered values: slice a numeric parameter, "
                + "or hold '\(name)' at each category with 'hold: {\(name): […]}'", at: span)
    }
}
