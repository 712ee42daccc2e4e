/// Prints diagnostics the way compilers do, so editors and CI log parsers pick them up.
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

    public init(style: Style = .text, useColor: Bool = false, sources: SourceRegistry? = nil) {
        self.style = style
        self.useColor = useColor
        self.sources = sources
    }

    /// The whole printed form of one diagnostic, ending with a newline.
    public func format(_ diagnostic: Diagnostic) -> String {
        switch style {
        case .text: textForm(diagnostic)
        case .json: jsonForm(diagnostic) + "\n"
        case .github: githubForm(diagnostic) + "\n"
        }
    }

    // MARK: - Text

    private func textForm(_ d: Diagnostic) -> String {
        var out = headline(d.severity, d.message + suggestionSuffix(d), d.span)
        out += sourceExcerpt(d.span)
        for note in d.notes {
            out += headline(.note, note.message, note.span)
            out += sourceExcerpt(note.span)
        }
        return out
    }

    private func suggestionSuffix(_ d: Diagnostic) -> String {
        guard let suggestion = d.suggestion else { return "" }
        return " (did you mean '\(suggestion)'?)"
    }

    private func headline(_ severity: Severity, _ message: String, _ span: SourceSpan?) -> String {
        let place = span.map { "\($0.start.file):\($0.start.line):\($0.start.column): " } ?? "plotspec: "
        let label = severity.rawValue + ":"
        return bold(place) + colored(label, severity) + " " + bold(message) + "\n"
    }

    private func sourceExcerpt(_ span: SourceSpan?) -> String {
        guard let span, let file = sources?.file(span.start.file), let line = file.line(span.start.line)
        else { return "" }
        let shown = line.replacingTabs()
        let column = max(1, span.start.column)
        let available = max(1, shown.count - column + 1)
        let underline = "^" + String(repeating: "~", count: max(0, min(span.length, available) - 1))
        let gutter = String(span.start.line)
        return " \(gutter) | \(shown)\n \(String(repeating: " ", count: gutter.count)) | "
            + String(repeating: " ", count: column - 1) + colored(underline, .note) + "\n"
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
        DiagnosticJSON.object(d)
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
            properties.append("file=\(githubProperty(span.start.file))")
            properties.append("line=\(span.start.line)")
            properties.append("col=\(span.start.column)")
        }
        properties.append("title=\(githubProperty("plotspec " + d.code))")
        let message = d.message + suggestionSuffix(d) + d.notes.map { "\n" + githubNote($0) }.joined()
        return "::\(command) \(properties.joined(separator: ","))::\(githubData(message))"
    }

    /// A note on its own line of the annotation (a workflow command is one line, so the line break
    /// travels escaped as `%0A`), written like the text style's note headline.
    private func githubNote(_ note: Diagnostic.Note) -> String {
        let place = note.span.map { "\($0.start.file):\($0.start.line):\($0.start.column): " } ?? ""
        return place + "note: " + note.message
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

extension StringProtocol {
    /// Tabs shown as single spaces so the caret column (counted in characters) still lines up.
    func replacingTabs() -> String {
        String(self.map { $0 == "\t" ? " " : $0 })
    }
}
