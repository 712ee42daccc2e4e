extension Messages.YAML {
    // MARK: - Syntax errors in plain words
    //
    // libyaml's own wording ("did not find expected key") says what the parser wanted, not what the user
    // did. These messages name the mistake and the fix; each keeps libyaml's text as a note (`parserSaid`)
    // and keeps the code `yaml.syntax`, so tools matching on it see no difference.

    /// libyaml's own text, kept under a translated syntax error.
    public static func parserSaid(_ problem: String, context: String?, at span: SourceSpan) -> Diagnostic.Note {
        .init("the YAML parser said: \(problem)" + (context.map { " (\($0))" } ?? ""), at: span)
    }

    /// A line whose indentation matches none of the blocks around it.
    ///
    /// `isList` says whether the reference line is a list item (`- …`) rather than a `key: value`.
    public static func indentation(
        line: Int, indent: Int, reference: Int, referenceIndent: Int, isList: Bool, at span: SourceSpan,
        referenceAt: SourceSpan, parser: Diagnostic.Note
    ) -> Diagnostic {
        let what = isList ? "the items of this list" : "the keys of this mapping"
        return .error(
            "yaml.syntax",
            "line \(line) is indented \(spaces(indent)) but \(what) (line \(reference)) are at "
                + "\(referenceIndent); indent it like the line it belongs with",
            at: span, notes: [.init("\(what) start here", at: referenceAt), parser])
    }

    /// A tab in a line's indentation.
    public static func tabIndentation(line: Int, at span: SourceSpan, parser: Diagnostic.Note) -> Diagnostic {
        .error(
            "yaml.syntax", "line \(line) is indented with a tab; YAML indentation must be spaces",
            at: span, notes: [parser])
    }

    /// A mapping entry written without its colon (`kind heatmap`).
    public static func missingColon(key: String, line: Int, at span: SourceSpan, parser: Diagnostic.Note)
        -> Diagnostic
    {
        .error(
            "yaml.syntax", "line \(line) has no ':' after '\(key)'; write an entry as 'key: value'",
            at: span, notes: [parser])
    }

    /// `key: a: b`: a plain value holding `: `, which YAML reads as a nested key.
    public static func colonInValue(key: String, at span: SourceSpan, parser: Diagnostic.Note) -> Diagnostic {
        .error(
            "yaml.syntax",
            "the value of '\(key)' contains ': ', which YAML reads as another key; put the value in quotes",
            at: span, notes: [parser])
    }

    /// A quoted scalar that runs to the end of the file (or into a `---`).
    public static func unclosedQuote(_ quote: Character, at span: SourceSpan, parser: Diagnostic.Note)
        -> Diagnostic
    {
        .error(
            "yaml.syntax",
            "the \(quoteName(quote))d value that starts here is never closed; add the closing \(quote)",
            at: span, notes: [parser])
    }

    /// A `[` or `{` with no matching close.
    public static func unclosedBracket(
        _ open: Character, _ close: Character, at span: SourceSpan,
        parser: Diagnostic.Note
    ) -> Diagnostic {
        .error(
            "yaml.syntax", "the \(open) here is never closed; add the closing \(close)", at: span,
            notes: [parser])
    }

    /// Two entries of a flow collection without a comma between them.
    public static func missingComma(
        _ open: Character, _ close: Character, openedOn line: Int,
        at span: SourceSpan, parser: Diagnostic.Note
    ) -> Diagnostic {
        .error(
            "yaml.syntax",
            "expected ',' or \(close) here: separate the entries of the \(open)…\(close) opened on line "
                + "\(line) with commas",
            at: span, notes: [parser])
    }

    /// Text after the closing quote of a value (`"x"y`, `'it's'`).
    public static func textAfterQuote(_ quote: Character, at span: SourceSpan, parser: Diagnostic.Note)
        -> Diagnostic
    {
        let inside = quote == "'" ? " (inside single quotes, write a quote as two: 'it''s')" : ""
        return .error(
            "yaml.syntax",
            "unexpected text after the closing \(quoteName(quote)); put the whole value inside the "
                + "quotes\(inside)",
            at: span, notes: [parser])
    }

    /// A closing bracket with nothing open.
    public static func strayClosingBracket(_ close: Character, at span: SourceSpan, parser: Diagnostic.Note)
        -> Diagnostic
    {
        .error("yaml.syntax", "unexpected \(close): no [ or { is open here", at: span, notes: [parser])
    }

    /// A `- item` line at the indentation of a mapping's keys.
    public static func listItemAmongKeys(line: Int, keysLine: Int, at span: SourceSpan, parser: Diagnostic.Note)
        -> Diagnostic
    {
        .error(
            "yaml.syntax",
            "line \(line) is a list item among the keys of the mapping on line \(keysLine); a list must be "
                + "the value of a key: indent it under one",
            at: span, notes: [parser])
    }

    /// A `key: value` line at the indentation of a list's items.
    public static func entryAmongListItems(
        line: Int, itemsLine: Int, at span: SourceSpan,
        parser: Diagnostic.Note
    ) -> Diagnostic {
        .error(
            "yaml.syntax",
            "line \(line) is at the indentation of the list items on line \(itemsLine) but does not start "
                + "with '- '",
            at: span, notes: [parser])
    }

    /// `key: - item`: a block list cannot start on its key's line.
    public static func listOnKeyLine(at span: SourceSpan, parser: Diagnostic.Note) -> Diagnostic {
        .error(
            "yaml.syntax",
            "a list cannot start on the same line as its key; start it on the next line, indented "
                + "(or write [a, b])",
            at: span, notes: [parser])
    }

    /// A plain value starting with a character YAML reserves (`@`, `` ` ``).
    public static func reservedCharacter(_ character: Character, at span: SourceSpan, parser: Diagnostic.Note)
        -> Diagnostic
    {
        .error(
            "yaml.syntax", "YAML reserves \(character) at the start of a value; put the value in quotes",
            at: span, notes: [parser])
    }

    private static func quoteName(_ quote: Character) -> String {
        quote == "'" ? "single quote" : "double quote"
    }

    private static func spaces(_ count: Int) -> String {
        count == 1 ? "1 space" : "\(count) spaces"
    }
}
