extension Messages {
    /// Messages about the `define:` section: definitions used before they are defined, by themselves or
    /// in a cycle.
    ///
    /// Codes: `define.order`, `define.self`, `define.cycle`.
    public enum Definition {
        /// A definition uses one written further down; `line` is where that one is defined.
        public static func definedBelow(_ name: String, line: Int, at span: SourceSpan?) -> Diagnostic {
            .error(
                "define.order", "'\(name)' is defined below, on line \(line): definitions may only use earlier ones",
                at: span)
        }

        /// `a: a + 1`.
        public static func usesItself(_ name: String, at span: SourceSpan?) -> Diagnostic {
            .error(
                "define.self", "'\(name)' uses itself: a definition may only use parameters and earlier definitions",
                at: span)
        }

        /// `a: b + 1`, `b: a * 2`: `path` is the cycle from the definition reported, back to it.
        public static func cycle(_ path: [String], at span: SourceSpan?) -> Diagnostic {
            .error(
                "define.cycle",
                "definitions use each other in a cycle (\(path.map { "'\($0)'" }.joined(separator: " → "))): "
                    + "a definition may only use parameters and earlier definitions",
                at: span)
        }
    }
}
