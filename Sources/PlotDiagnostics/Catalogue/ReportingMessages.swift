extension Messages {
    /// Messages about the printing of diagnostics themselves (what the output limits left out).
    public enum Reporting {
        /// Closes a file's diagnostics once `DiagnosticLimits.maxPerFile` were printed.
        ///
        /// Hidden notes-only diagnostics count as warnings: both are "not errors".
        public static func notShown(errors: Int, warnings: Int, file: String?) -> Diagnostic {
            var counted: [String] = []
            if errors > 0 { counted.append(plural(errors, "more error")) }
            if warnings > 0 { counted.append(plural(warnings, errors > 0 ? "warning" : "more warning")) }
            let place = file.map { " in \($0)" } ?? ""
            return Diagnostic(
                .note, code: "diagnostics.not-shown",
                message: "… and \(counted.joined(separator: " and "))\(place) not shown", at: nil)
        }

        /// The last note of a diagnostic whose other notes were left out.
        public static func notesNotShown(_ count: Int) -> Diagnostic.Note {
            .init("… and \(plural(count, "more note")) not shown", at: nil)
        }

        private static func plural(_ count: Int, _ noun: String) -> String {
            "\(count) \(noun)\(count == 1 ? "" : "s")"
        }
    }
}
