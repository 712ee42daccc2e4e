import PlotDiagnostics
import PlotScales
import PlotYAML

/// Validation of the printf-subset patterns in `tick_format` and in `{name:%fmt}` placeholders, so no
/// unsupported pattern reaches a picture as literal text.
extension DecodeContext {
    /// Parses `pattern`, which starts `offset` Unicode scalars (columns) into `node`'s scalar, reporting a
    /// problem at its exact column (or at the scalar when its columns are not exact).
    func numberPattern(_ pattern: String, in node: YAMLNode, offset: Int = 0) -> NumberPattern? {
        do {
            return try NumberPattern(pattern)
        } catch {
            // The error counts characters; columns count Unicode scalars.
            let characters = Array(pattern)
            let before = characters.prefix(error.offset).reduce(0) { $0 + $1.unicodeScalars.count }
            let length = characters.dropFirst(error.offset).prefix(error.length)
                .reduce(0) { $0 + $1.unicodeScalars.count }
            let span = Self.span(in: node, offset: offset + before, length: length)
            report(Self.diagnostic(for: error, pattern: pattern, at: span))
            return nil
        }
    }

    /// The span of `range` of a scalar's `text`, in columns (Unicode scalars).
    static func span(of range: Range<String.Index>, in text: String, node: YAMLNode) -> SourceSpan {
        span(
            in: node, offset: text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound),
            length: text.unicodeScalars[range].count)
    }

    /// The span of columns `offset ..< offset + length` of a scalar's text, when columns map exactly.
    static func span(in node: YAMLNode, offset: Int, length: Int) -> SourceSpan {
        guard let scalar = node.scalar, scalar.columnsAreExact else { return node.span }
        return SourceSpan(start: scalar.contentStart.advanced(byColumns: offset), length: Swift.max(length, 1))
    }

    private static func diagnostic(for error: NumberPatternError, pattern: String, at span: SourceSpan)
        -> Diagnostic
    {
        let characters = Array(pattern)
        let lower = Swift.min(error.offset, characters.count)
        let written = String(characters[lower..<Swift.min(error.offset + error.length, characters.count)])
        switch error.problem {
        case .danglingPercent:
            return Messages.Spec.numberPatternDangling(at: span)
        case .unsupportedConversion(let conversion):
            return Messages.Spec.numberPatternConversion(
                written, at: span,
                suggestion: conversionSuggestion(conversion, written))
        case .lengthModifier(let modifier):
            return Messages.Spec.numberPatternLengthModifier(modifier, at: span, suggestion: error.suggestion)
        case .argumentReference:
            return Messages.Spec.numberPatternArgument(at: span)
        case .widthTooLarge(let width):
            return Messages.Spec.numberPatternTooLarge("field width", width, limit: NumberPattern.maxWidth, at: span)
        case .precisionTooLarge(let precision):
            return Messages.Spec.numberPatternTooLarge(
                "precision", precision, limit: NumberPattern.maxPrecision,
                at: span)
        case .noConversion:
            return Messages.Spec.numberPatternNoConversion(
                pattern, at: span,
                suggestion: pythonStyleSuggestion(pattern))
        }
    }

    /// `%s`/`%u`/`%x`-style habits: the nearest supported conversion, keeping flags, width and precision.
    private static func conversionSuggestion(_ conversion: Character, _ written: String) -> String? {
        let replacement: Character? =
            switch conversion {
            case "s", "a", "A": "g"
            case "u", "x", "X", "o", "c": "d"
            default: nil
            }
        guard let replacement else { return nil }
        let fixed = String(written.dropLast()) + String(replacement)
        return (try? NumberPattern(fixed)) == nil ? nil : fixed
    }

    /// Python's format-spec habit (`.3f`, `>8.2e`) written where a printf pattern belongs: `%.3f`.
    static func pythonStyleSuggestion(_ pattern: String) -> String? {
        var spec = pattern
        if spec.hasPrefix(":") { spec.removeFirst() }  // `{:.3f}`
        if spec.hasPrefix("{"), spec.hasSuffix("}") { spec = String(spec.dropFirst().dropLast()) }
        if spec.hasPrefix(":") { spec.removeFirst() }
        // Python's alignment characters map to printf's flag for the two that exist.
        if spec.hasPrefix("<") { spec = "-" + spec.dropFirst() }
        if spec.hasPrefix(">") { spec.removeFirst() }
        guard !spec.isEmpty, !spec.contains("%") else { return nil }
        let candidate = "%" + spec
        return (try? NumberPattern(candidate)) == nil ? nil : candidate
    }
}

// MARK: - Placeholders

extension DecodeContext {
    /// Checks the syntax of `{…}` placeholders and their number patterns in a text that fills them.
    func checkPlaceholderSyntax(_ text: String, at node: YAMLNode) {
        for problem in LabelText.syntaxProblems(in: text) {
            let offset = text.unicodeScalars.distance(from: text.startIndex, to: problem.position)
            let span = Self.span(in: node, offset: offset, length: problem.isUnclosed ? 1 : 2)
            report(
                problem.isUnclosed
                    ? Messages.Spec.unclosedPlaceholder(at: span)
                    : Messages.Spec.emptyPlaceholder(at: span))
        }
        for placeholder in LabelText.scan(text) {
            guard let format = placeholder.format else { continue }
            let start = text.index(placeholder.range.lowerBound, offsetBy: placeholder.name.count + 2)
            let offset = text.unicodeScalars.distance(from: text.startIndex, to: start)
            _ = numberPattern(format, in: node, offset: offset)
        }
    }

    /// Placeholders in a text drawn as written (no point to fill them from) are errors, one per placeholder.
    func reportUnfilledPlaceholders(_ text: String, at node: YAMLNode, in what: String?) {
        for placeholder in LabelText.scan(text) {
            let span = Self.span(of: placeholder.range, in: text, node: node)
            if let what {
                report(Messages.Spec.placeholderNotFilled(placeholder.name, in: what, at: span))
            } else {
                report(Messages.Spec.placeholderWithoutPoint(placeholder.name, at: span))
            }
        }
    }
}

extension LabelText {
    /// A `{` with no `}` after it, or an empty `{}`: both would be drawn literally.
    struct SyntaxProblem {
        var position: String.Index
        var isUnclosed: Bool
    }

    static func syntaxProblems(in text: String) -> [SyntaxProblem] {
        var problems: [SyntaxProblem] = []
        var index = text.startIndex
        while let open = text[index...].firstIndex(of: "{") {
            guard let close = text[open...].firstIndex(of: "}") else {
                problems.append(SyntaxProblem(position: open, isUnclosed: true))
                break
            }
            let inner = text[text.index(after: open)..<close]
            if inner.isEmpty || inner.hasPrefix(":") {
                problems.append(SyntaxProblem(position: open, isUnclosed: false))
            }
            index = text.index(after: close)
        }
        return problems
    }
}

extension DecodeContext {
    /// The `legend` of a line, region or curve: drawn as written, so placeholders in it are errors.
    func unfilledLegend(_ map: MappingReader, of kind: String) -> String? {
        guard let node = map["legend"], let legend = string(node, "legend") else { return nil }
        reportUnfilledPlaceholders(legend, at: node, in: "\(kind)'s legend")
        return legend
    }

    /// `{score}`, `{true_score}` and `{value}` read a sample; a written point is not one, so they would
    /// print `nan`.
    func checkSamplePlaceholders(_ text: String, at node: YAMLNode, point: AnchorPoint) {
        guard case .data = point else { return }
        for placeholder in LabelText.scan(text) where LabelTemplate.sampleQuantities.contains(placeholder.name) {
            let span = Self.span(of: placeholder.range, in: text, node: node)
            report(Messages.Spec.placeholderAtWrittenPoint(placeholder.name, at: span))
        }
    }
}
