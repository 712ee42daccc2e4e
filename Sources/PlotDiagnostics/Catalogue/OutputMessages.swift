extension Messages {
    /// Messages about writing figures and reading command-line inputs.
    public enum Output {
        public static func cannotWrite(_ path: String, reason: String) -> Diagnostic {
            .error("output.write", "cannot write '\(path)': \(reason)", at: nil)
        }

        public static func renderFailed(_ reason: String) -> Diagnostic {
            .error("output.render", "rendering failed: \(reason)", at: nil)
        }

        public static func figureDiffers(_ path: String, spec: String) -> Diagnostic {
            .error("output.stale", "'\(path)' differs from what '\(spec)' renders now; run 'plotspec render \(spec)'",
                   at: nil)
        }

        public static func figureMissing(_ path: String, spec: String) -> Diagnostic {
            .error("output.missing", "'\(path)' is missing; run 'plotspec render \(spec)'", at: nil)
        }
    }
}
