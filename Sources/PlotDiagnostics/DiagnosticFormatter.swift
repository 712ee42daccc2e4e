/// Prints diagnostics the way compilers do, so editors and CI log parsers pick them up.
///
/// Everything that came from input (messages with their quoted values, file paths, source lines) is
/// printed through `SafeText`, escaped and shortened, in every style: no byte of a spec reaches the
/// terminal or log unescaped, and `limits` bounds the size of each diagnostic.
public struct DiagnosticFormatter: Sendable {
    public enum Style: String, Sendable, CaseIterable {
        /// `file:line:col: error: message`, then the source line and a caret.
        case text
        /// One JSON object per line.
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
    public func format(_ diagnostic: Diagnostic) -> String {
        var kept = min(diagnostic.notes.count, max(0, limits.maxNotes))
        var printed = unboundedForm(diagnostic, keepingNotes: kept)
        while printed.utf8.count > limits.maxBytesPerDiagnostic, kept > 0 {
            kept -= 1
            printed = unboundedForm(diagnostic, keepingNotes: kept)
        }
        return printed
    }

    /// The printed form with only the first `kept` notes, plus a note counting the others.
    private func unboundedForm(_ diagnostic: Diagnostic, keepingNotes kept: Int) -> String {
        var shown = diagnostic
        if kept < diagnostic.notes.count {
            shown.notes = Array(diagnostic.notes.prefix(kept))
                + [Messages.Reporting.notesNotShown(diagnostic.notes.count - kept)]
        }
        switch style {
        case .text: return textForm(shown)
        case .json: return jsonForm(shown) + "\n"
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
        let window = SourceLineWindow(line: line, column: span.start.column, length: span.length,
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
        let code = switch severity {
        case .error: "31"
        case .warning: "35"
        case .note: "32"
        }
        return "\u{1B}[1;\(code)m\(text)\u{1B}[0m"
    }

    // MARK: - JSON

    private func jsonForm(_ d: Diagnostic) -> String {
        var fields: [(String, String)] = [
            ("severity", JSONText.quote(d.severity.rawValue)),
            ("code", JSONText.quote(d.code)),
            ("message", JSONText.quote(shownMessage(d.message))),
        ]
        if let span = d.span {
            fields += [
                ("file", JSONText.quote(shownPath(span.start.file))),
                ("line", String(span.start.line)),
                ("column", String(span.start.column)),
                ("length", String(span.length)),
            ]
        }
        if let suggestion = d.suggestion {
            fields.append(("suggestion", JSONText.quote(SafeText.escaped(suggestion, maxColumns: limits.maxQuotedColumns))))
        }
        if !d.notes.isEmpty {
            let notes = d.notes.map { note in
                var parts = ["\"message\":\(JSONText.quote(shownMessage(note.message)))"]
                if let s = note.span {
                    parts += ["\"file\":\(JSONText.quote(shownPath(s.start.file)))", "\"line\":\(s.start.line)",
                              "\"column\":\(s.start.column)"]
                }
                return "{" + parts.joined(separator: ",") + "}"
            }
            fields.append(("notes", "[" + notes.joined(separator: ",") + "]"))
        }
        return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
    }

    // MARK: - GitHub

    private func githubForm(_ d: Diagnostic) -> String {
        let command = switch d.severity {
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
        let message = shownMessage(d.message + suggestionSuffix(d))
        return "::\(command) \(properties.joined(separator: ","))::\(githubData(message))"
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

/// JSON string quoting without Foundation.
public enum JSONText {
    public static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
