import PlotDiagnostics

/// The one JSON document `--format json` prints for a whole run (every field is described in docs/ci.md).
///
/// Written by hand rather than through `JSONSerialization` so keys keep a fixed order and the layout is
/// one spec or diagnostic per line: stable bytes, readable diffs, still a single JSON value.
enum JSONRunReport {
    /// Bumped only when a field changes meaning or disappears; new fields may appear in any version.
    static let version = 1

    static func document(command: String, results: [SpecResult]) -> String {
        let summary = RunSummary(results)
        let specs = results.map { result in
            DiagnosticJSON.encode([
                ("path", JSONText.quote(SafeText.escaped(result.path))),
                ("status", JSONText.quote(result.failed ? "error" : "ok")),
                ("output", result.output.map { JSONText.quote(SafeText.escaped($0)) } ?? "null"),
                ("errors", String(result.errorCount)),
                ("warnings", String(result.warningCount))
            ])
        }
        let diagnostics = results.flatMap { result in
            var bag = DiagnosticBag()
            bag.append(contentsOf: result.diagnostics)
            // The formatter escapes and shortens what came from input and caps notes, as in the other styles.
            let formatter = DiagnosticFormatter(style: .json, sources: result.sources)
            let spec = [(key: "spec", value: JSONText.quote(SafeText.escaped(result.path)))]
            return bag.bounded().map { String(formatter.format($0, leadingJSONFields: spec).dropLast()) }
        }
        let summaryObject = DiagnosticJSON.encode([
            ("specs", String(summary.specs)),
            ("failed", String(summary.failed)),
            ("errors", String(summary.errors)),
            ("warnings", String(summary.warnings))
        ])
        return """
            {
              "version": \(version),
              "tool": {"name": "plotspec", "version": \(JSONText.quote(PlotSpecCommand.configuration.version))},
              "command": \(JSONText.quote(command)),
              "specs": \(array(specs)),
              "diagnostics": \(array(diagnostics)),
              "summary": \(summaryObject)
            }

            """
    }

    /// `[]`, or one element per line, indented under its key.
    private static func array(_ elements: [String]) -> String {
        guard !elements.isEmpty else { return "[]" }
        return "[\n" + elements.map { "    " + $0 }.joined(separator: ",\n") + "\n  ]"
    }
}
