/// Prints diagnostics the way compilers do, so editors and CI log parsers pick them up.
///
/// Everything that came from input (messages with their quoted values, file paths, source lines) is
/// printed through `SafeText`, escaped and shortened, in every style: no byte of a spec reaches the
/// terminal or log unescaped, and `limits` bounds the size of each diagnostic.
public struct DiagnosticFormatter: Sendable {
    public enum Style: String, Sendable, CaseIterable {
        /// `file:line:col: error: message`, then the source line and a caret.
        case text
        /// One JSON object per diagnostic (`DiagnosticJSON`); the commands wrap them in one document.
        case json
        /// GitHub Actions workflow commands: `::error file=…,line=…,col=…::message`.
        case github
    }

    public var style: Style
    public var useColor: Bool
    public var sources: SourceRegistry?
    public var limits: DiagnosticLimits

    public init(
        style: Style = .text, useColor: Bool = false, sources: SourceRegistry? = nil,
        limits: DiagnosticLimits = .default
    ) {
        self.style = style
        self.useColor = useColor
        self.sources = sources
        self.limits = limits
    }

    /// The whole printed form of one diagnostic, ending with a newline.
    ///
    /// At most `limits.maxNotes` notes are printed; if the result is still over
    /// `limits.maxBytesPerDiagnostic` (only possible with custom limits), notes are dropped until it fits.
    ///
    /// `leadingJSONFields` (already JSON-encoded values) open the object in the json style, e.g. the spec
    /// that reported the diagnostic in a run's document.
    public func format(_ diagnostic: Diagnostic, leadingJSONFields: [(key: String, value: String)] = []) -> String {
        var kept = min(diagnostic.notes.count, max(0, limits.maxNotes))
        var printed = unboundedForm(diagnostic, keepingNotes: kept, leading: leadingJSONFields)
        while printed.utf8.count > limits.maxBytesPerDiagnostic, kept > 0 {
            kept -= 1
            printed = unboundedForm(diagnostic, keepingNotes: kept, leading: leadingJSONFields)
        }
        return printed
    }

    /// The printed form with only the first `kept` notes, plus a note counting the others.
    private func unboundedForm(
        _ diagnostic: Diagnostic, keepingNotes kept: Int,
        leading: [(key: String, value: String)]
    ) -> String {
        var shown = diagnostic
        if kept < diagnostic.notes.count {
            shown.notes =
                Array(diagnostic.notes.prefix(kept))
                + [Messages.Reporting.notesNotShown(diagnostic.notes.count - kept)]
        }
        switch style {
        case .text: return textForm(shown)
        case .json: return jsonForm(shown, leading: leading) + "\n"
        case .github: return githubForm(shown) + "\n"
        }
    }

    // MARK: - Safe text

    /// A message (with its did-you-mean) as printed: quoted values shortened, escaped, capped.
    private func shownMessage(_ message: String) -> String {
        let quotesShortened = SafeText.escapedShorteningQuotes(
            message, maxQuotedColumns: limits.maxQuotedColumns, maxColumns: limits.maxMessageColumns)
        return SafeText.escapedKeepingEnds(quotesShortened, maxColumns: limits.maxMessageColumns)
    }

    private func shownPath(_ path: String) -> String {
        SafeText.escapedKeepingEnds(path, maxColumns: limits.maxPathColumns)
    }

    // MARK: - Text

    private func textForm(_ d: Diagnostic) -> String {
        var out = headline(d.severity, shownMessage(d.message + suggestionSuffix(d)), d.span)
        out += sourceExcerpt(d.span)
        for note in d.notes {
            out += headline(.note, shownMessage(note.message), note.span)
            out += sourceExcerpt(note.span)
        }
        return out
    }

    private func suggestionSuffix(_ d: Diagnostic) -> String {
        guard let suggestion = d.suggestion else { return "" }
        return " (did you mean '\(suggestion)'?)"
    }

    private func headline(_ severity: Severity, _ message: String, _ span: SourceSpan?) -> String {
        let place = span.map { "\(shownPath($0.start.file)):\($0.start.line):\($0.start.column): " } ?? "plotspec: "
        let label = severity.rawValue + ":"
        return bold(place) + colored(label, severity) + " " + bold(message) + "\n"
    }

    /// The source line (a window of it, escaped) and a caret under the span.
    private func sourceExcerpt(_ span: SourceSpan?) -> String {
        guard let span, let file = sources?.file(span.start.file), let line = file.line(span.start.line)
        else { return "" }
        let window = SourceLineWindow(
            line: line, column: span.start.column, length: span.length,
            maxColumns: limits.sourceWindowColumns)
        let underline = "^" + String(repeating: "~", count: window.underlineWidth - 1)
        let gutter = String(span.start.line)
        return " \(gutter) | \(window.text)\n \(String(repeating: " ", count: gutter.count)) | "
            + String(repeating: " ", count: window.caretOffset) + colored(underline, .note) + "\n"
    }

    private func bold(_ text: String) -> String {
        useColor ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }

    private func colored(_ text: String, _ severity: Severity) -> String {
        guard useColor else { return text }
        let code =
            switch severity {
            case .error: "31"
            case .warning: "35"
            case .note: "32"
            }
        return "\u{1B}[1;\(code)m\(text)\u{1B}[0m"
    }

    // MARK: - JSON

    private func jsonForm(_ d: Diagnostic, leading: [(key: String, value: String)]) -> String {
        DiagnosticJSON.object(
            d, leading: leading,
            display: DiagnosticJSON.Display(
                message: shownMessage, path: shownPath,
                suggestion: { SafeText.escaped($0, maxColumns: limits.maxQuotedColumns) }))
    }

    // MARK: - GitHub

    private func githubForm(_ d: Diagnostic) -> String {
        let command =
            switch d.severity {
            case .error: "error"
            case .warning: "warning"
            case .note: "notice"
            }
        var properties: [String] = []
        if let span = d.span {
            properties.append("file=\(githubProperty(shownPath(span.start.file)))")
            properties.append("line=\(span.start.line)")
            properties.append("col=\(span.start.column)")
        }
        properties.append("title=\(githubProperty("plotspec " + d.code))")
        let message = shownMessage(d.message + suggestionSuffix(d)) + d.notes.map { "\n" + githubNote($0) }.joined()
        return "::\(command) \(properties.joined(separator: ","))::\(githubData(message))"
    }

    /// A note on its own line of the annotation (a workflow command is one line, so the line break
    /// travels escaped as `%0A`), written like the text style's note headline.
    private func githubNote(_ note: Diagnostic.Note) -> String {
        let place = note.span.map { "\(shownPath($0.start.file)):\($0.start.line):\($0.start.column): " } ?? ""
        return place + "note: " + shownMessage(note.message)
    }

    /// Escaping GitHub applies to workflow-command data.
    private func githubData(_ text: String) -> String {
        githubEscaped(text, escapes: ["%": "%25", "\r": "%0D", "\n": "%0A"])
    }

    /// Property values additionally escape `:` and `,`.
    private func githubProperty(_ text: String) -> String {
        githubEscaped(text, escapes: ["%": "%25", "\r": "%0D", "\n": "%0A", ":": "%3A", ",": "%2C"])
    }

    /// Works on Unicode scalars, not Characters: `"\r\n"` is one Character, so splitting on `"\n"` would
    /// miss it and let a CRLF in user text end the workflow command early.
    private func githubEscaped(_ text: String, escapes: [Unicode.Scalar: String]) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if let escaped = escapes[scalar] { out += escaped } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
