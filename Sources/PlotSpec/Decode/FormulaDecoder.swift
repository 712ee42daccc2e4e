import PlotDiagnostics
import PlotFormula
import PlotYAML

extension DecodeContext {
    /// Parses and checks a formula written as a YAML scalar (a bare number is a constant formula).
    /// Defined names stay names: the stored expression mentions parameters and `definitions`.
    func formula(_ node: YAMLNode, _ what: String, expecting type: FormulaType = .number) -> Formula? {
        guard let (text, expression) = parsedFormula(node, what) else { return nil }
        return checkedFormula(text, expression, node: node, expecting: type, alsoKnown: [])
    }

    /// The formula's text and syntax tree, or nil after reporting a wrong type or a syntax error.
    func parsedFormula(_ node: YAMLNode, _ what: String) -> (String, Expression)? {
        guard let scalar = node.scalar, scalar.value != .null else {
            report(
                Messages.Spec.wrongType(
                    expected: "a formula for \(what)", found: node.kindDescription,
                    at: node.span))
            return nil
        }
        if case .bool = scalar.value {
            report(
                Messages.Spec.wrongType(
                    expected: "a formula for \(what)", found: node.kindDescription,
                    at: node.span))
            return nil
        }
        switch FormulaParser.parse(scalar.text, start: scalar.contentStart, columnsAreExact: scalar.columnsAreExact) {
        case .success(let expression): return (scalar.text, expression)
        case .failure(let error):
            report(error.diagnostics)
            return nil
        }
    }

    /// Checks names and types; `alsoKnown` are names reported elsewhere that must not be reported again.
    func checkedFormula(
        _ text: String, _ expression: Expression, node: YAMLNode, expecting type: FormulaType,
        alsoKnown: [String]
    ) -> Formula? {
        // Failed parameters and definitions stay in scope, so one bad declaration does not make every
        // formula using it fail too.
        let known = parameterNames + failedParameterNames.sorted() + failedDefinitionNames.sorted() + alsoKnown
        let environment = FormulaEnvironment(variables: known, definitions: definitions)
        var problems = FormulaChecker.check(expression, in: environment, expecting: type)
        if declarationsUnreadable || definitionsUnreadable {
            problems.removeAll { $0.code == "formula.unknown-variable" }
        }
        guard problems.isEmpty else {
            report(problems)
            return nil
        }
        return Formula(text: text, expression: expression, span: node.span)
    }
}
