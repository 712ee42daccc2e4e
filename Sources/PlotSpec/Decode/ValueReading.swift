import PlotDiagnostics
import PlotScales
import PlotYAML

/// Typed reads of scalar and list nodes. Each reports a located error and returns nil on a mismatch.
extension DecodeContext {
    func number(_ node: YAMLNode, _ what: String) -> Double? {
        if let value = node.scalar?.number, value.isFinite { return value }
        if let value = node.scalar?.number, !value.isFinite {
            report(Messages.Spec.outOfRange(what, "a finite number", at: node.span))
            return nil
        }
        report(Messages.Spec.wrongType(expected: "a number for \(what)", found: node.kindDescription, at: node.span))
        return nil
    }

    /// A number in `range` (inclusive bounds unless stated by `requirement`).
    func number(_ node: YAMLNode, _ what: String, in range: ClosedRange<Double>, requirement: String) -> Double? {
        guard let value = number(node, what) else { return nil }
        guard range.contains(value) else {
            report(Messages.Spec.outOfRange(what, requirement, at: node.span))
            return nil
        }
        return value
    }

    func positiveNumber(_ node: YAMLNode, _ what: String) -> Double? {
        guard let value = number(node, what) else { return nil }
        guard value > 0 else {
            report(Messages.Spec.outOfRange(what, "greater than 0", at: node.span))
            return nil
        }
        return value
    }

    func integer(_ node: YAMLNode, _ what: String, in range: ClosedRange<Int>) -> Int? {
        guard let scalar = node.scalar else {
            report(
                Messages.Spec.wrongType(
                    expected: "a whole number for \(what)", found: node.kindDescription,
                    at: node.span))
            return nil
        }
        let value: Int
        switch scalar.value {
        case .integer(let i): value = i
        case .number(let d) where d.rounded() == d && abs(d) < 1e15: value = Int(d)
        case .number(let d) where d.rounded() == d && d > 0:
            report(Messages.Spec.tooLarge(what, limit: "\(range.upperBound)", at: node.span))
            return nil
        default:
            report(
                Messages.Spec.wrongType(
                    expected: "a whole number for \(what)", found: node.kindDescription,
                    at: node.span))
            return nil
        }
        if value > range.upperBound {
            report(Messages.Spec.tooLarge("\(what) \(value)", limit: "\(range.upperBound)", at: node.span))
            return nil
        }
        if value < range.lowerBound {
            report(Messages.Spec.outOfRange(what, "at least \(range.lowerBound)", at: node.span))
            return nil
        }
        return value
    }

    func bool(_ node: YAMLNode, _ what: String) -> Bool? {
        if case .bool(let b)? = node.scalar?.value { return b }
        report(
            Messages.Spec.wrongType(
                expected: "true or false for \(what)", found: node.kindDescription,
                at: node.span))
        return nil
    }

    /// Any scalar's text (numbers included, as written); collections are an error, and so is text longer
    /// than `SpecLimits.maxTextLength` characters (every title, label, legend and name is read here, and
    /// layout measures and wraps what it is given).
    func string(_ node: YAMLNode, _ what: String) -> String? {
        guard let scalar = node.scalar, scalar.value != .null else {
            report(Messages.Spec.wrongType(expected: "text for \(what)", found: node.kindDescription, at: node.span))
            return nil
        }
        // Characters never outnumber UTF-8 bytes, so short text skips the count.
        if scalar.text.utf8.count > SpecLimits.maxTextLength, scalar.text.count > SpecLimits.maxTextLength {
            report(
                Messages.Spec.textTooLong(
                    what, length: scalar.text.count,
                    limit: SpecLimits.maxTextLength, at: node.span))
            return nil
        }
        return scalar.text
    }

    /// A string that must be one of `choices`.
    func choice<T: RawRepresentable>(_ node: YAMLNode, _ what: String, _ type: T.Type) -> T?
    where T: CaseIterable, T.RawValue == String {
        guard let text = string(node, what) else { return nil }
        if let value = T(rawValue: text) { return value }
        let names = T.allCases.map(\.rawValue)
        report(
            Messages.Spec.unknownChoice(
                text, for: what, choices: names, at: node.span,
                suggestion: Suggestions.closest(to: text, among: names)))
        return nil
    }

    /// A two-element list of numbers `[low, high]` with `low < high`.
    func numberPair(_ node: YAMLNode, _ what: String) -> (Double, Double)? {
        guard let items = node.sequence, items.count == 2 else {
            report(
                Messages.Spec.wrongType(
                    expected: "a list of two numbers [low, high] for \(what)",
                    found: node.kindDescription, at: node.span))
            return nil
        }
        guard let a = number(items[0], what), let b = number(items[1], what) else { return nil }
        guard a < b else {
            report(Messages.Spec.emptyRange(at: node.span))
            return nil
        }
        return (a, b)
    }

    /// A list node; reports a type error otherwise. A single mapping is not accepted as a list.
    func list(_ node: YAMLNode, _ what: String) -> [YAMLNode]? {
        if let items = node.sequence { return items }
        report(Messages.Spec.wrongType(expected: "a list for \(what)", found: node.kindDescription, at: node.span))
        return nil
    }

    func color(_ node: YAMLNode, _ what: String) -> ColorValue? {
        guard let text = string(node, what) else { return nil }
        if let rgb = Colormap.parseColor(text) {
            return ColorValue(red: rgb.r, green: rgb.g, blue: rgb.b)
        }
        report(Messages.Spec.badColor(text, at: node.span))
        return nil
    }

    func tickFormat(_ node: YAMLNode) -> TickFormat? {
        guard let text = string(node, "tick format") else { return nil }
        switch text {
        case "auto": return .auto
        case "plain": return .plain
        case "scientific": return .scientific
        case "power": return .power
        case "percent": return .percent
        default:
            if text.contains("%") { return numberPattern(text, in: node).map(TickFormat.pattern) }
            let names = ["auto", "plain", "scientific", "power", "percent"]
            let suggestion = Suggestions.closest(to: text, among: names) ?? Self.pythonStyleSuggestion(text)
            report(
                Messages.Spec.unknownChoice(
                    text, for: "tick format", choices: names + ["a pattern like %.2f"],
                    at: node.span, suggestion: suggestion))
            return nil
        }
    }
}
