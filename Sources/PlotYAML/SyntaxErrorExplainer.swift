import PlotDiagnostics

/// Turns libyaml's common syntax errors into what to do, pointing at the line that is actually wrong.
///
/// libyaml reports what its grammar expected ("did not find expected key") at the token where it gave
/// up, which is often the line after the mistake (a key without its colon is only noticed at the next
/// `:`). Reading the source lines around libyaml's mark tells the common mistakes apart: a line indented
/// out of line with its neighbours, a missing colon, a tab in the indentation, a quote or bracket never
/// closed, a plain value holding `: `. Anything not recognised keeps libyaml's wording (`nil` here).
/// Every location made here is clamped into the file.
struct SyntaxErrorExplainer {
    let source: SourceText
    let problem: String
    /// Where libyaml gave up (already clamped).
    let mark: SourceLocation
    let context: String?
    let contextMark: SourceLocation?

    func explanation() -> Diagnostic? {
        let parser = Messages.YAML.parserSaid(problem, context: context, at: SourceSpan(start: mark))
        switch problem {
        case "found character that cannot start any token":
            return cannotStartToken(parser)
        case _ where problem.hasPrefix("found a tab character"):
            // "… that violates indentation", "… where an indentation space is expected"
            guard let tab = line(mark.line)?.firstIndentationTab else { return nil }
            return Messages.YAML.tabIndentation(line: mark.line, at: span(mark.line, tab), parser: parser)
        case "could not find expected ':'":
            return contextMark.flatMap { missingColon(keyAt: $0, parser) }
        case "mapping values are not allowed in this context":
            return mappingValueNotAllowed(parser)
        case "did not find expected key", "did not find expected <document start>":
            return unexpectedInBlockMapping(parser)
        case "did not find expected '-' indicator":
            return entryAmongListItems(parser)
        case "block sequence entries are not allowed in this context":
            return Messages.YAML.listOnKeyLine(at: SourceSpan(start: mark), parser: parser)
        case "did not find expected ',' or ']'", "did not find expected ',' or '}'":
            return unfinishedFlow(parser)
        case "found unexpected end of stream", "found unexpected document indicator":
            guard context == "while scanning a quoted scalar", let opening = contextMark,
                let quote = line(opening.line)?.character(at: opening.column), quote == "\"" || quote == "'"
            else { return nil }
            return Messages.YAML.unclosedQuote(Character(quote), at: SourceSpan(start: opening), parser: parser)
        default:
            return nil
        }
    }

    // MARK: - One function per libyaml problem

    private func cannotStartToken(_ parser: Diagnostic.Note) -> Diagnostic? {
        guard let text = line(mark.line), let character = text.character(at: mark.column) else { return nil }
        if character == "\t", text.isBlank(before: mark.column) {
            let firstTab = text.firstIndentationTab ?? mark.column
            return Messages.YAML.tabIndentation(line: mark.line, at: span(mark.line, firstTab), parser: parser)
        }
        if character == "@" || character == "`" {
            return Messages.YAML.reservedCharacter(Character(character), at: SourceSpan(start: mark), parser: parser)
        }
        return nil
    }

    /// `key` alone on a line: libyaml reports it where the next token starts, the context mark is the key.
    private func missingColon(keyAt start: SourceLocation, _ parser: Diagnostic.Note) -> Diagnostic? {
        guard let text = line(start.line) else { return nil }
        let key = text.trimmedContent(from: start.column)
        guard !key.isEmpty else { return nil }
        return Messages.YAML.missingColon(
            key: key, line: start.line,
            at: span(start.line, start.column, length: key.unicodeScalars.count),
            parser: parser)
    }

    /// A `:` where no key can start: a value holding `: `, a line indented deeper than its siblings, or
    /// the line before lacking its colon (its key then runs on into this line).
    private func mappingValueNotAllowed(_ parser: Diagnostic.Note) -> Diagnostic? {
        guard let text = line(mark.line), let content = text.contentStart else { return nil }
        if let entry = text.entry(), entry.colon < mark.column {
            let value = text.trimmedContent(from: entry.valueStart)
            return Messages.YAML.colonInValue(
                key: entry.key, at: span(mark.line, entry.valueStart, length: value.unicodeScalars.count),
                parser: parser)
        }
        guard let (previousNumber, previous) = previousContentLine(before: mark.line) else { return nil }
        guard let previousEntry = previous.entry() else {
            return missingColon(on: previousNumber, previous, parser)
        }
        guard content > previous.keyColumn, previousEntry.valueStart <= previous.scalars.count else { return nil }
        return indentation(number: mark.line, text: text, reference: previousNumber, previous, parser)
    }

    /// libyaml wanted another key of the mapping at `contextMark` (or a new document) and found something
    /// else at `mark`.
    private func unexpectedInBlockMapping(_ parser: Diagnostic.Note) -> Diagnostic? {
        guard let text = line(mark.line), let content = text.contentStart else { return nil }
        let here = SourceSpan(start: mark)
        guard mark.column == content else {
            // Something after a complete value on the same line.
            guard let before = text.lastNonBlank(before: mark.column) else { return nil }
            if before == "\"" || before == "'" {
                return Messages.YAML.textAfterQuote(Character(before), at: here, parser: parser)
            }
            if let close = text.character(at: mark.column), close == "]" || close == "}" {
                return Messages.YAML.strayClosingBracket(Character(close), at: here, parser: parser)
            }
            return nil
        }
        if let close = text.character(at: content), close == "]" || close == "}" {
            return Messages.YAML.strayClosingBracket(Character(close), at: here, parser: parser)
        }
        guard let (previousNumber, previous) = previousContentLine(before: mark.line) else { return nil }
        if text.isListItem, !previous.isListItem, content == previous.keyColumn {
            return Messages.YAML.listItemAmongKeys(
                line: mark.line, keysLine: previousNumber,
                at: span(mark.line, content), parser: parser)
        }
        if content == previous.keyColumn, previous.entry() == nil, !text.isListItem {
            // An entry after a line that has no colon (a comment there ends libyaml's search for one).
            return missingColon(on: previousNumber, previous, parser)
        }
        return indentation(number: mark.line, text: text, reference: previousNumber, previous, parser)
    }

    /// A `key: value` line where libyaml expected the next `- item` of the list at `contextMark`.
    private func entryAmongListItems(_ parser: Diagnostic.Note) -> Diagnostic? {
        guard let listStart = contextMark, let text = line(mark.line), let content = text.contentStart,
            content == mark.column
        else { return nil }
        return Messages.YAML.entryAmongListItems(
            line: mark.line, itemsLine: listStart.line,
            at: span(mark.line, content), parser: parser)
    }

    /// A `[`/`{` collection that did not continue with `,` or its closing bracket: never closed, or two
    /// entries without a comma.
    private func unfinishedFlow(_ parser: Diagnostic.Note) -> Diagnostic? {
        guard let opening = contextMark, let open = line(opening.line)?.character(at: opening.column),
            open == "[" || open == "{"
        else { return nil }
        let close: Character = open == "[" ? "]" : "}"
        if !FlowBracketScan.closes(source, from: opening) {
            return Messages.YAML.unclosedBracket(
                Character(open), close, at: SourceSpan(start: opening),
                parser: parser)
        }
        return Messages.YAML.missingComma(
            Character(open), close, openedOn: opening.line,
            at: SourceSpan(start: mark), parser: parser)
    }

    // MARK: - Helpers

    /// "line N has no ':' after 'KEY'" for a line holding a plain word or two and no colon.
    private func missingColon(on number: Int, _ text: SourceLine, _ parser: Diagnostic.Note) -> Diagnostic? {
        // Only a plain word can be a key missing its colon; a bracket, quote or block indicator starts
        // something else that merely continues onto the next line.
        let key = text.trimmedContent(from: text.keyColumn)
        guard let first = key.unicodeScalars.first, !"[]{}\"'|>&*!%@`#,-".unicodeScalars.contains(first)
        else { return nil }
        return Messages.YAML.missingColon(
            key: key, line: number,
            at: span(number, text.keyColumn, length: key.unicodeScalars.count),
            parser: parser)
    }

    /// "line N is indented X spaces but … (line M) are at Y", or `nil` when line `number` is in fact
    /// aligned with `previous`.
    ///
    /// The reference is the dash of a list item when either line is one (and the previous holds no
    /// `key: value`), else the previous line's key.
    private func indentation(
        number: Int, text: SourceLine, reference: Int, _ previous: SourceLine, _ parser: Diagnostic.Note
    ) -> Diagnostic? {
        guard let content = text.contentStart, let previousContent = previous.contentStart else { return nil }
        let isList = previous.isListItem && (text.isListItem || previous.entry() == nil)
        let referenceColumn = isList ? previousContent : previous.keyColumn
        guard content != referenceColumn else { return nil }
        return Messages.YAML.indentation(
            line: number, indent: content - 1, reference: reference, referenceIndent: referenceColumn - 1,
            isList: isList, at: span(number, content), referenceAt: span(reference, referenceColumn),
            parser: parser)
    }

    private func line(_ number: Int) -> SourceLine? {
        source.line(number).map { SourceLine(bytes: $0) }
    }

    /// The nearest line above `number` that holds something other than blanks and a comment.
    private func previousContentLine(before number: Int) -> (Int, SourceLine)? {
        var candidate = number - 1
        while candidate >= 1 {
            if let text = line(candidate), text.contentStart != nil { return (candidate, text) }
            candidate -= 1
        }
        return nil
    }

    private func span(_ line: Int, _ column: Int, length: Int = 1) -> SourceSpan {
        SourceSpan(
            start: source.clamped(SourceLocation(file: source.file, line: line, column: column)),
            length: length)
    }
}
