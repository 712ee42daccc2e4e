extension Messages {
    /// Messages about writing figures and reading command-line inputs.
    public enum Output {
        public static func cannotWrite(_ path: String, reason: String) -> Diagnostic {
            .error("output.write", "cannot write '\(path)': \(reason)", at: nil)
        }

        /// A spec's output path that leaves the current working directory (refused without
        /// `--allow-outside`, so a spec from elsewhere cannot overwrite arbitrary files).
        public static func outsideWorkingDirectory(_ output: String, resolved: String, at span: SourceSpan?)
            -> Diagnostic
        {
            .error(
                "output.outside",
                "output '\(output)' resolves to '\(resolved)', outside the current directory; "
                    + "pass --allow-outside to write there", at: span)
        }

        /// An output whose last component is not a file name (`..`, `/`), with `--output-dir`.
        public static func notAFileName(_ output: String, at span: SourceSpan?) -> Diagnostic {
            .error("output.not-a-file", "output '\(output)' does not end in a file name", at: span)
        }

        public static func renderFailed(_ reason: String) -> Diagnostic {
            .error("output.render", "rendering failed: \(reason)", at: nil)
        }

        public static func figureMissing(_ path: String, spec: String) -> Diagnostic {
            .error("output.missing", "'\(path)' is missing; run 'plotspec render \(spec)'", at: nil)
        }
    }
}
