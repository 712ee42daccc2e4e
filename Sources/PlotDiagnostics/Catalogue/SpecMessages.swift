extension Messages {
    /// Messages about the spec's structure and values (the decoder's findings).
    public enum Spec {
        public static func unknownKey(_ key: String, in section: String, at span: SourceSpan, suggestion: String?)
            -> Diagnostic
        {
            .error("spec.unknown-key", "unknown key '\(key)' in \(section)", at: span, suggestion: suggestion)
        }

        public static func missingKey(_ key: String, in section: String, at span: SourceSpan) -> Diagnostic {
            .error("spec.missing-key", "\(section) needs '\(key)'", at: span)
        }

        public static func wrongType(expected: String, found: String, at span: SourceSpan) -> Diagnostic {
            .error("spec.type", "expected \(expected), found \(found)", at: span)
        }

        public static func outOfRange(_ what: String, _ requirement: String, at span: SourceSpan) -> Diagnostic {
            .error("spec.range", "\(what) must be \(requirement)", at: span)
        }

        public static func unknownChoice(
            _ value: String, for what: String, choices: [String], at span: SourceSpan,
            suggestion: String?
        ) -> Diagnostic {
            .error(
                "spec.choice", "unknown \(what) '\(value)'; expected one of \(choices.joined(separator: ", "))",
                at: span, suggestion: suggestion)
        }

        public static func undefinedParameter(_ name: String, at span: SourceSpan, suggestion: String?) -> Diagnostic {
            .error("spec.undefined-parameter", "undefined parameter '\(name)'", at: span, suggestion: suggestion)
        }

        public static func logRangeNotPositive(_ scale: String, at span: SourceSpan) -> Diagnostic {
            .error("spec.log-range", "a \(scale) scale needs a range of positive numbers", at: span)
        }

        public static func emptyRange(at span: SourceSpan) -> Diagnostic {
            .error("spec.empty-range", "range is empty: the first bound must be less than the second", at: span)
        }

        public static func valueOutsideRange(_ name: String, value: String, at span: SourceSpan) -> Diagnostic {
            .error("spec.outside-range", "\(value) is outside the range of '\(name)'", at: span)
        }

        public static func tooLarge(_ what: String, limit: String, at span: SourceSpan) -> Diagnostic {
            .error("spec.limit", "\(what) exceeds the limit of \(limit)", at: span)
        }

        public static func exactlyOne(of choices: [String], in section: String, at span: SourceSpan) -> Diagnostic {
            .error(
                "spec.one-of", "\(section) needs exactly one of \(choices.map { "'\($0)'" }.joined(separator: ", "))",
                at: span)
        }

        public static func duplicateName(_ name: String, at span: SourceSpan) -> Diagnostic {
            .error("spec.duplicate-name", "'\(name)' is already defined", at: span)
        }

        public static func reservedName(_ name: String, at span: SourceSpan) -> Diagnostic {
            .error(
                "spec.reserved-name", "'\(name)' is reserved and cannot name a parameter or definition",
                at: span)
        }

        public static func sameAxis(_ name: String, at span: SourceSpan) -> Diagnostic {
            .error("spec.same-axis", "'\(name)' cannot be on both axes", at: span)
        }

        public static func plotNeedsGrid(_ kind: String, at span: SourceSpan) -> Diagnostic {
            .error("spec.sampling-mismatch", "a \(kind) needs grid sampling over its two axes", at: span)
        }

        public static func plotNeedsTrials(_ kind: String, at span: SourceSpan) -> Diagnostic {
            .error("spec.sampling-mismatch", "a \(kind) plots trials: use 'sampling: {trials: …}'", at: span)
        }

        public static func axisNotOnGrid(_ name: String, at span: SourceSpan) -> Diagnostic {
            .error("spec.sampling-mismatch", "'\(name)' is plotted but not an axis of the grid", at: span)
        }

        public static func badColor(_ text: String, at span: SourceSpan) -> Diagnostic {
            .error(
                "spec.color",
                "'\(text)' is not a colour: use a name such as 'white', '#rrggbb' or a grey level "
                    + "such as '0.3'", at: span)
        }

        public static func unsupportedOutput(_ ext: String, at span: SourceSpan) -> Diagnostic {
            .error("spec.output", "unsupported output format '\(ext)'; expected .png, .svg or .pdf", at: span)
        }

        public static func notASpecRoot(found: String, at span: SourceSpan) -> Diagnostic {
            .error(
                "spec.root", "a spec must be a mapping of sections (figure, parameters, …), found \(found)",
                at: span)
        }

        public static func penaltyShapeNeedsComparison(_ shape: String, at span: SourceSpan) -> Diagnostic {
            .error(
                "spec.penalty", "a \(shape) penalty needs 'when' to be a single comparison such as 'x > 1'",
                at: span)
        }

        public static func unknownPlaceholder(_ name: String, at span: SourceSpan, suggestion: String?) -> Diagnostic {
            .error(
                "spec.placeholder", "unknown placeholder '{\(name)}' in annotation text", at: span,
                suggestion: suggestion)
        }

        // MARK: - Discrete and categorical values

        /// `values` mixes numbers and category names; reported at the first item of the other kind.
        public static func mixedValues(expected: String, found: String, at span: SourceSpan) -> Diagnostic {
            .error(
                "spec.mixed-values",
                "values must be all numbers or all category names: expected \(expected), "
                    + "found \(found)", at: span)
        }

        public static func duplicateValue(_ value: String, at span: SourceSpan) -> Diagnostic {
            .error("spec.duplicate-value", "'\(value)' is listed twice in values", at: span)
        }

        /// A key that cannot be combined with another one in the same mapping, reported at the key.
        public static func conflictingKey(_ key: String, with other: String, at span: SourceSpan) -> Diagnostic {
            .error("spec.conflicting-key", "'\(key)' cannot be combined with \(other)", at: span)
        }

        public static func categoricalSpread(_ name: String, at span: SourceSpan) -> Diagnostic {
            .error(
                "spec.conflicting-key",
                "'\(name)' is categorical and takes no focus spread: focus trials draw "
                    + "its centre category", at: span)
        }

        public static func unknownCategory(
            _ name: String, of parameter: String, categories: [String],
            at span: SourceSpan, suggestion: String?
        ) -> Diagnostic {
            .error(
                "spec.unknown-category",
                "'\(name)' is not a category of '\(parameter)'; expected one of "
                    + categories.joined(separator: ", "), at: span, suggestion: suggestion)
        }

        // MARK: - Imports

        public static func importCycle(_ path: String, at span: SourceSpan) -> Diagnostic {
            .error("spec.import-cycle", "'\(path)' extends itself through a cycle of imports", at: span)
        }

        public static func importNotFound(_ path: String, at span: SourceSpan) -> Diagnostic {
            .error("spec.import-missing", "cannot read '\(path)'", at: span)
        }

        public static func importTooDeep(at span: SourceSpan) -> Diagnostic {
            .error("spec.import-depth", "imports nest more than 8 levels deep", at: span)
        }

        // MARK: - Warnings

        public static func annotationOutsidePlot(at span: SourceSpan) -> Diagnostic {
            .warning("spec.annotation-outside", "annotation point lies outside the plotted range", at: span)
        }

        public static func contourOutsideRange(_ level: String, at span: SourceSpan) -> Diagnostic {
            .warning("spec.contour-outside", "contour level \(level) lies outside the colour range", at: span)
        }

        public static func coarseGrid(_ name: String, count: Int, at span: SourceSpan) -> Diagnostic {
            .warning(
                "spec.coarse-grid",
                "only \(count) cells along '\(name)': features narrower than a cell "
                    + "will not show", at: span)
        }
    }
}
