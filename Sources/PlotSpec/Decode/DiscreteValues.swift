import PlotDiagnostics
import PlotYAML

/// What a parameter's `values:` list declares: a list of numbers, or category names.
enum DiscreteValues {
    /// Distinct numbers, sorted ascending.
    case numbers([Double])
    /// Distinct names in the order written; category `i` has the value `i`.
    case categories([String])
}

extension DecodeContext {
    /// Reads `values:`. All items must be numbers or all category names (strings); the first item decides,
    /// and the first item of the other kind is reported. Duplicates are errors, so a typo that repeats a
    /// name is not silently merged.
    func discreteValues(_ node: YAMLNode) -> DiscreteValues? {
        guard let items = list(node, "values") else { return nil }
        guard let first = items.first else {
            report(Messages.Spec.outOfRange("values", "a non-empty list", at: node.span))
            return nil
        }
        if case .string? = first.scalar?.value {
            return categoryNames(items, at: node).map(DiscreteValues.categories)
        }
        return discreteNumbers(items).map(DiscreteValues.numbers)
    }

    private func discreteNumbers(_ items: [YAMLNode]) -> [Double]? {
        var seen: Set<Double> = []
        var failed = false
        for item in items {
            if case .string? = item.scalar?.value {
                report(Messages.Spec.mixedValues(expected: "a number", found: item.kindDescription, at: item.span))
                return nil
            }
            guard let value = number(item, "a value") else {
                failed = true
                continue
            }
            if !seen.insert(value).inserted {
                report(Messages.Spec.duplicateValue(item.scalar?.text ?? "\(value)", at: item.span))
                failed = true
            }
        }
        return failed ? nil : seen.sorted()
    }

    private func categoryNames(_ items: [YAMLNode], at node: YAMLNode) -> [String]? {
        // The count is checked first so a hostile list never reaches the quadratic duplicate check.
        guard items.count >= 2 else {
            report(Messages.Spec.outOfRange("a categorical parameter", "given at least 2 categories", at: node.span))
            return nil
        }
        guard items.count <= SpecLimits.maxCategories else {
            report(
                Messages.Spec.tooLarge(
                    "\(items.count) categories", limit: "\(SpecLimits.maxCategories)",
                    at: node.span))
            return nil
        }
        var names: [String] = []
        var failed = false
        for item in items {
            guard case .string(let name)? = item.scalar?.value else {
                report(
                    Messages.Spec.mixedValues(
                        expected: "a category name", found: item.kindDescription,
                        at: item.span))
                return nil
            }
            if let problem = Self.categoryNameProblem(name) {
                report(Messages.Spec.outOfRange("a category name", problem, at: item.span))
                failed = true
            } else if names.contains(name) {
                report(Messages.Spec.duplicateValue(name, at: item.span))
                failed = true
            }
            names.append(name)
        }
        return failed ? nil : names
    }

    /// Names become tick labels and CSV cells, so they must be short single lines.
    static func categoryNameProblem(_ name: String) -> String? {
        if name.allSatisfy(\.isWhitespace) { return "non-empty" }
        if name.count > SpecLimits.maxCategoryNameLength {
            return "at most \(SpecLimits.maxCategoryNameLength) characters"
        }
        if name.contains(where: { $0.isNewline || $0.asciiValue.map { $0 < 0x20 } == true }) {
            return "a single line"
        }
        return nil
    }

    /// A value of `parameter` as written in `default`, `hold`, focus centres and annotation points: a
    /// number, or for a categorical parameter a category name (resolved to its index) or index.
    func parameterValue(_ node: YAMLNode, of parameter: Parameter, _ what: String) -> Double? {
        guard let categories = parameter.categories else { return number(node, what) }
        switch node.scalar?.value {
        case .string(let name)?:
            if let index = categories.firstIndex(of: name) { return Double(index) }
            report(
                Messages.Spec.unknownCategory(
                    name, of: parameter.name, categories: categories, at: node.span,
                    suggestion: Suggestions.closest(to: name, among: categories)))
            return nil
        case .integer?, .number?:
            return number(node, what)
        default:
            report(
                Messages.Spec.wrongType(
                    expected: "a category name or index for \(what)",
                    found: node.kindDescription, at: node.span))
            return nil
        }
    }
}
