extension Messages {
    /// Messages about formulas: syntax, names, arity, types and size limits.
    ///
    /// Codes: `formula.syntax`, `formula.unknown-variable`, `formula.unknown-function`, `formula.arity`,
    /// `formula.type`, `formula.too-long`, `formula.too-deep`, `formula.program-too-large` (in
    /// `SizeLimitMessages.swift`).
    public enum Formula {
        // MARK: - Syntax

        /// Something other than what the grammar allows here, e.g. "expected an expression, found '*'".
        public static func unexpectedToken(found: String, expected: String, at span: SourceSpan?) -> Diagnostic {
            .error("formula.syntax", "expected \(expected), found \(found)", at: span)
        }

        /// The formula stopped while the grammar still needed something.
        public static func unexpectedEnd(expected: String, at span: SourceSpan?) -> Diagnostic {
            .error("formula.syntax", "unexpected end of formula, expected \(expected)", at: span)
        }

        /// A '(' with no matching ')'; `openedAtColumn` is omitted when columns are not exact.
        public static func unclosedParenthesis(openedAtColumn column: Int?, at span: SourceSpan?) -> Diagnostic {
            let place = column.map { " at column \($0)" } ?? ""
            return .error("formula.syntax", "expected ')' to close '('\(place)", at: span)
        }

        /// A ')' with no '(' before it.
        public static func unmatchedClosingParenthesis(at span: SourceSpan?) -> Diagnostic {
            .error("formula.syntax", "unexpected ')' without a matching '('", at: span)
        }

        /// A character that starts no token; `suggestion` is the operator most likely meant.
        public static func unexpectedCharacter(
            _ character: String, suggestion: String? = nil,
            at span: SourceSpan?
        ) -> Diagnostic {
            .error("formula.syntax", "unexpected character '\(character)'", at: span, suggestion: suggestion)
        }

        /// Digits that do not form a number, such as `1e` or `1.2.3`.
        public static func invalidNumber(_ text: String, at span: SourceSpan?) -> Diagnostic {
            .error("formula.syntax", "invalid number '\(text)'", at: span)
        }

        /// A number too large to represent, such as `1e999`.
        public static func numberOutOfRange(_ text: String, at span: SourceSpan?) -> Diagnostic {
            .error("formula.syntax", "number '\(text)' is out of range", at: span)
        }

        /// `a < b < c`: comparisons do not chain.
        public static func chainedComparison(_ first: String, _ second: String, at span: SourceSpan?) -> Diagnostic {
            .error(
                "formula.syntax",
                "comparisons cannot be chained; write 'a \(first) b and b \(second) c' instead",
                at: span)
        }

        /// Nothing but whitespace.
        public static func emptyFormula(at span: SourceSpan?) -> Diagnostic {
            .error("formula.syntax", "empty formula", at: span)
        }

        // MARK: - Names

        public static func unknownVariable(_ name: String, suggestion: String?, at span: SourceSpan?) -> Diagnostic {
            .error("formula.unknown-variable", "unknown variable '\(name)'", at: span, suggestion: suggestion)
        }

        public static func unknownFunction(_ name: String, suggestion: String?, at span: SourceSpan?) -> Diagnostic {
            .error("formula.unknown-function", "unknown function '\(name)'", at: span, suggestion: suggestion)
        }

        // MARK: - Arity and types

        /// `expected` is a phrase such as "1 argument", "at least 2 arguments" or "1 or 3 arguments".
        public static func arity(function: String, expected: String, got: Int, at span: SourceSpan?) -> Diagnostic {
            .error("formula.arity", "'\(function)' takes \(expected), got \(got)", at: span)
        }

        /// `expected` and `found` are phrases such as "a number" and "a boolean (comparison)".
        public static func typeMismatch(expected: String, found: String, at span: SourceSpan?) -> Diagnostic {
            .error("formula.type", "expected \(expected), found \(found)", at: span)
        }

        // MARK: - Limits

        public static func tooLong(length: Int, limit: Int, at span: SourceSpan?) -> Diagnostic {
            .error("formula.too-long", "formula is \(length) characters long; the limit is \(limit)", at: span)
        }

        public static func tooDeep(limit: Int, at span: SourceSpan?) -> Diagnostic {
            .error("formula.too-deep", "formula is nested too deeply (the limit is \(limit) levels)", at: span)
        }
    }
}
