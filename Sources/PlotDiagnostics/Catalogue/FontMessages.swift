extension Messages.Spec {
    // MARK: - figure.font

    public static func fontListEmpty(at span: SourceSpan) -> Diagnostic {
        .error("spec.font", "font lists no family; name at least one, e.g. font: [Noto Sans, DejaVu Sans]", at: span)
    }

    public static func tooManyFontFamilies(_ count: Int, limit: Int, at span: SourceSpan) -> Diagnostic {
        .error(
            "spec.font",
            "font lists \(count) families; the limit is \(limit) (fontconfig falls back to any "
                + "installed font with the character after the last)", at: span)
    }

    public static func fontFamilyEmpty(at span: SourceSpan) -> Diagnostic {
        .error("spec.font", "empty font family name", at: span)
    }

    public static func fontFamilyTooLong(length: Int, limit: Int, at span: SourceSpan) -> Diagnostic {
        .error("spec.font", "font family name is \(length) characters long; the limit is \(limit)", at: span)
    }

    public static func fontFamilyControlCharacter(_ scalar: Unicode.Scalar, at span: SourceSpan) -> Diagnostic {
        .error(
            "spec.font", "font family name contains the control character \(SafeText.escaped(String(scalar)))",
            at: span)
    }

    /// Pango reads a comma as the separator of a family list, so `"Noto Sans, DejaVu Sans"` as one name
    /// would silently mean two families; the list form says so explicitly.
    public static func fontFamilyComma(_ name: String, at span: SourceSpan, suggestion: String) -> Diagnostic {
        .error(
            "spec.font", "font family name '\(name)' contains a comma; write fallbacks as a list", at: span,
            suggestion: suggestion)
    }

    /// A family fontconfig does not list: text is still drawn, in whatever font fontconfig substitutes.
    public static func fontFamilyNotInstalled(_ name: String, at span: SourceSpan, suggestion: String?)
        -> Diagnostic
    {
        .warning(
            "spec.font-not-installed",
            "font family '\(name)' is not installed here; text falls back to the "
                + "next family in the list or to a font fontconfig chooses", at: span, suggestion: suggestion)
    }
}
