extension Messages.Spec {
    // MARK: - Number patterns (tick_format, {name:%fmt})

    public static func numberPatternConversion(_ written: String, at span: SourceSpan, suggestion: String?)
        -> Diagnostic
    {
        .error(
            "spec.number-pattern",
            "unsupported conversion '\(written)' in a number pattern; supported are "
                + "%f %F %e %E %g %G %d %i with flags, width and precision, and %% for a percent sign",
            at: span, suggestion: suggestion)
    }

    public static func numberPatternLengthModifier(_ modifier: String, at span: SourceSpan, suggestion: String?)
        -> Diagnostic
    {
        .error(
            "spec.number-pattern",
            "length modifier '\(modifier)' in a number pattern: plotspec numbers need "
                + "none", at: span, suggestion: suggestion)
    }

    public static func numberPatternArgument(at span: SourceSpan) -> Diagnostic {
        .error(
            "spec.number-pattern",
            "'*' and '$' refer to printf arguments, which a number pattern does not "
                + "have: write the width and precision as numbers", at: span)
    }

    public static func numberPatternTooLarge(_ what: String, _ value: Int, limit: Int, at span: SourceSpan)
        -> Diagnostic
    {
        .error(
            "spec.number-pattern", "\(what) \(value) in a number pattern is too large (at most \(limit))",
            at: span)
    }

    public static func numberPatternDangling(at span: SourceSpan) -> Diagnostic {
        .error(
            "spec.number-pattern",
            "'%' ends the number pattern without a conversion; write '%%' for a percent "
                + "sign", at: span)
    }

    public static func numberPatternNoConversion(_ pattern: String, at span: SourceSpan, suggestion: String?)
        -> Diagnostic
    {
        .error(
            "spec.number-pattern", "number pattern '\(pattern)' has no conversion such as %.2f", at: span,
            suggestion: suggestion)
    }

    // MARK: - Placeholders

    public static func unclosedPlaceholder(at span: SourceSpan) -> Diagnostic {
        .error("spec.placeholder", "'{' opens a placeholder that is never closed with '}'", at: span)
    }

    public static func emptyPlaceholder(at span: SourceSpan) -> Diagnostic {
        .error("spec.placeholder", "empty placeholder '{}': write a parameter name, score or value inside", at: span)
    }

    /// Placeholders in a text annotation with no `at` point: nothing to fill them from.
    public static func placeholderWithoutPoint(_ name: String, at span: SourceSpan) -> Diagnostic {
        .error(
            "spec.placeholder",
            "placeholder '{\(name)}' needs a point to read: add 'at' (argmax, argmin, "
                + "{top: f} or data coordinates) to this text annotation", at: span)
    }

    /// Placeholders where the text is drawn as written (line, region and curve legends).
    public static func placeholderNotFilled(_ name: String, in what: String, at span: SourceSpan) -> Diagnostic {
        .error(
            "spec.placeholder",
            "placeholder '{\(name)}' would be printed literally: \(what) has no point to "
                + "fill it from (placeholders work in text annotations and marker legends)", at: span)
    }

    // MARK: - Values a later stage would ignore

    public static func noWholeNumber(_ name: String, at span: SourceSpan) -> Diagnostic {
        .error("spec.range", "'\(name)' is integer but its range holds no whole number", at: span)
    }

    public static func integerValueNotWhole(_ value: String, of name: String, at span: SourceSpan) -> Diagnostic {
        .error("spec.range", "'\(value)' is not a whole number, but '\(name)' is integer", at: span)
    }

    public static func negativeSigma(at span: SourceSpan) -> Diagnostic {
        .error("spec.range", "noise sigma must be 0 or more (it is a standard deviation)", at: span)
    }

    public static func duplicateAxis(_ name: String, at span: SourceSpan) -> Diagnostic {
        .error("spec.duplicate-axis", "'\(name)' is already an axis of this plot", at: span)
    }

    /// `hold` of a parameter the sampling varies: the held value would never be used.
    public static func holdOfSampled(
        _ name: String, onGrid: Bool, at span: SourceSpan,
        sampledAt: SourceSpan?
    ) -> Diagnostic {
        let why =
            onGrid ? "the grid varies it" : "the trials draw it (all parameters unless 'trials.parameters' lists them)"
        return .error(
            "spec.hold-sampled", "'\(name)' is held, but \(why), so the held value would never be used",
            at: span,
            notes: sampledAt.map { [.init("sampled here", at: $0)] } ?? [])
    }

    /// An annotation (or one of its keys) the plot kind does not draw.
    public static func annotationNotDrawn(
        _ what: String, on kind: String, because reason: String,
        at span: SourceSpan
    ) -> Diagnostic {
        let article = kind.first.map { "aeiou".contains($0) } == true ? "an" : "a"
        return .error("spec.annotation-kind", "\(what) is not drawn on \(article) \(kind) plot: \(reason)", at: span)
    }

    /// A key (of an annotation or a plot) that has no effect in its context.
    public static func keyUnusedOnPlot(
        _ key: String, on kind: String, because reason: String,
        at span: SourceSpan
    ) -> Diagnostic {
        .error("spec.annotation-kind", "'\(key)' has no effect on a \(kind) plot: \(reason)", at: span)
    }

    /// A key that has no effect given the rest of its mapping.
    public static func keyUnused(_ key: String, because reason: String, at span: SourceSpan) -> Diagnostic {
        .error("spec.unused-key", "'\(key)' has no effect: \(reason)", at: span)
    }

    /// `pixels` giving a page or resolution outside the limits `size` and `dpi` have.
    public static func pixelsOutOfRange(_ what: String, _ value: String, requirement: String, at span: SourceSpan)
        -> Diagnostic
    {
        .error("spec.range", "these pixels give a \(what) of \(value), which must be \(requirement)", at: span)
    }

    /// `clip: ~` (or an empty `clip:`), which could mean "default" or "no clipping".
    public static func nullClip(at span: SourceSpan) -> Diagnostic {
        .error("spec.type", "clip is empty: write false for no clipping, or [low, high]", at: span)
    }
}

extension Messages.YAML {
    /// A tag plotspec does not know; it would otherwise be ignored and the value read untagged.
    public static func unknownTag(_ tag: String, at span: SourceSpan, suggestion: String?) -> Diagnostic {
        .error(
            "yaml.unknown-tag",
            "unknown tag '\(tag)'; plotspec knows only !!str, !!int, !!float, !!bool, "
                + "!!null, !!map, !!seq and the non-specific '!'", at: span, suggestion: suggestion)
    }

    /// A core collection tag on the wrong kind of node (`!!map [1, 2]`).
    public static func tagKindMismatch(_ tag: String, found: String, at span: SourceSpan) -> Diagnostic {
        .error("yaml.tag-mismatch", "tag '\(tag)' does not fit \(found)", at: span)
    }
}

extension Messages.Evaluation {
    /// A noise sigma formula that is negative at some sample.
    public static func negativeSigma(value: String, point: String, at span: SourceSpan) -> Diagnostic {
        .error(
            "eval.negative-sigma",
            "this noise sigma is negative (\(value)) at \(point); a standard deviation "
                + "must be 0 or more", at: span)
    }
}

extension Messages.Spec {
    /// `{score}`/`{value}` at a written data point, which is not a sample and has no score.
    public static func placeholderAtWrittenPoint(_ name: String, at span: SourceSpan) -> Diagnostic {
        .error(
            "spec.placeholder",
            "placeholder '{\(name)}' has no sample to read at a written point: use "
                + "argmax, argmin or {top: f} for 'at'", at: span)
    }
}

extension Messages.Spec {
    /// A held value that is not one of the parameter's listed `values`.
    public static func heldValueNotListed(_ value: String, of name: String, values: String, at span: SourceSpan)
        -> Diagnostic
    {
        .error("spec.range", "'\(value)' is not one of the values of '\(name)' (\(values))", at: span)
    }
}
