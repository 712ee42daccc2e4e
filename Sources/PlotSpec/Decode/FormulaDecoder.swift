import PlotDiagnostics
import PlotFormula
import PlotYAML

extension DecodeContext {
    /// Parses and checks a formula written as a YAML scalar (a bare number is a constant formula).
    /// Definitions are substituted after checking, so the stored expression mentions parameters only.
    func formula(_ node: YAMLNode, _ what: String, expecting type: FormulaType = .number) -> Formula? {
        guard let scalar = node.scalar, scalar.value != .null else {
            report(Messages.Spec.wrongType(expected: "a formula for \(what)", found: node.kindDescription,
                                           at: node.span))
            return nil
        }
        if case .bool = scalar.value {
            report(Messages.Spec.wrongType(expected: "a formula for \(what)", found: node.kindDescription,
                                           at: node.span))
            return nil
        }
        let parsed = FormulaParser.parse(scalar.text, start: scalar.contentStart,
                                         columnsAreExact: scalar.columnsAreExact)
        let expression: Expression
        switch parsed {
        case .success(let e): expression = e
        case .failure(let error):
            report(error.diagnostics)
            return nil
        }
        // Failed declarations stay in scope so one bad declaration does not make every formula using it fail too.
        let environment = FormulaEnvironment(
            variables: parameterNames + definitions.map(\.name) + failedParameterNames.sorted()
                + failedDefinitionNames.sorted())
        var problems = FormulaChecker.check(expression, in: environment, expecting: type)
        if declarationsUnreadable || definitionsUnreadable {
            problems.removeAll { $0.code == "formula.unknown-variable" }
        }
        guard problems.isEmpty else {
            report(problems)
            return nil
        }
        return Formula(text: scalar.text, expression: substituteDefinitions(expression), span: node.span)
    }

    /// Replaces defined names by their (already substituted) expressions.
    func substituteDefinitions(_ expression: Expression) -> Expression {
        guard !definitions.isEmpty else { return expression }
        var bindings: [String: Expression] = [:]
        for definition in definitions { bindings[definition.name] = definition.expression }
        return expression.substituting(bindings)
    }

    /// `define: {u: "log10(learning_rate)"}`: named sub-formulas usable in later formulas.
    func decodeDefinitions(_ node: YAMLNode) {
        guard let map = MappingReader(node, section: "define", known: [], context: self) else {
            definitionsUnreadable = true
            return
        }
        for pair in map.entries {
            guard let name = checkedName(pair.key) else { continue }
            if parameters.contains(where: { $0.name == name }) || definitions.contains(where: { $0.name == name }) {
                report(Messages.Spec.duplicateName(name, at: pair.key.span))
                continue
            }
            if let f = formula(pair.value, "definition '\(name)'") {
                definitions.append((name, f.expression))
            } else {
                failedDefinitionNames.insert(name)
            }
        }
    }
}
