import PlotDiagnostics
import PlotScales
import PlotYAML

extension DecodeContext {
    static let parameterKeys = ["range", "values", "scale", "integer", "label", "default", "tick_format"]
    static let reservedNames: Set<String> = ["score", "loss", "pi", "e", "and", "or", "not"]

    func decodeParameters(_ node: YAMLNode) {
        guard let map = MappingReader(node, section: "parameters", known: [], context: self) else { return }
        if map.entries.isEmpty {
            report(Messages.Spec.missingKey("at least one parameter", in: "parameters", at: node.span))
        }
        if map.entries.count > SpecLimits.maxParameters {
            report(Messages.Spec.tooLarge("\(map.entries.count) parameters", limit: "\(SpecLimits.maxParameters)",
                                          at: node.span))
            return
        }
        for pair in map.entries {
            guard let name = checkedName(pair.key) else { continue }
            if parameters.contains(where: { $0.name == name }) {
                report(Messages.Spec.duplicateName(name, at: pair.key.span))
                continue
            }
            if let parameter = decodeParameter(name: name, keyNode: pair.key, pair.value) {
                parameters.append(parameter)
            } else {
                failedParameterNames.insert(name)
            }
        }
    }

    /// A key usable as a formula variable: an identifier, not reserved.
    func checkedName(_ key: YAMLNode) -> String? {
        guard let name = key.scalar?.text else { return nil }
        let isIdentifier = name.first.map { $0.isLetter || $0 == "_" } == true
            && name.allSatisfy { ($0.isLetter || $0.isNumber || $0 == "_") && $0.isASCII }
        guard isIdentifier else {
            report(Messages.Spec.outOfRange("a name '\(name)'", "letters, digits and underscores, starting with a letter",
                                            at: key.span))
            return nil
        }
        guard !Self.reservedNames.contains(name) else {
            report(Messages.Spec.reservedName(name, at: key.span))
            return nil
        }
        return name
    }

    private func decodeParameter(name: String, keyNode: YAMLNode, _ node: YAMLNode) -> Parameter? {
        guard let map = MappingReader(node, section: "parameter '\(name)'", known: Self.parameterKeys, context: self)
        else { return nil }
        let scale = map["scale"].flatMap { choice($0, "scale", ScaleKind.self) } ?? .linear
        let integer = map["integer"].flatMap { bool($0, "integer") } ?? false
        var values: [Double]?
        var bounds: (Double, Double)?
        if let valuesNode = map["values"] {
            values = discreteValues(valuesNode)
            if let v = values, let lo = v.first, let hi = v.last { bounds = (lo, lo == hi ? hi + 1 : hi) }
        }
        if let rangeNode = map["range"] {
            bounds = numberPair(rangeNode, "range")
            if let (lo, hi) = bounds, scale.isLogarithmic, lo <= 0 || hi <= 0 {
                // Point at the offending bound rather than the whole list.
                let items = rangeNode.sequence ?? []
                let culprit = lo <= 0 ? items.first : items.last
                report(Messages.Spec.logRangeNotPositive(scale.rawValue, at: (culprit ?? rangeNode).span))
                bounds = nil
            }
        } else if values == nil {
            report(Messages.Spec.missingKey("range", in: "parameter '\(name)'", at: node.span))
        }
        guard let (lower, upper) = bounds else { return nil }
        let label = map["label"].flatMap { string($0, "label") } ?? Self.defaultLabel(name)
        let tickFormat = map["tick_format"].flatMap { self.tickFormat($0) } ?? .auto
        let middle = ContinuousScale(kind: scale, lower: lower, upper: upper).value(atNormalized: 0.5)
        var held = middle
        if let defaultNode = map["default"], let value = number(defaultNode, "default") {
            if value < lower || value > upper {
                report(Messages.Spec.valueOutsideRange(name, value: defaultNode.scalar?.text ?? "\(value)",
                                                       at: defaultNode.span))
            } else {
                held = value
            }
        }
        var parameter = Parameter(
            name: name, lower: lower, upper: upper, scale: scale, integer: integer, values: values, label: label,
            tickFormat: tickFormat, heldValue: held, span: keyNode.span)
        parameter.heldValue = parameter.snap(held)
        return parameter
    }

    private func discreteValues(_ node: YAMLNode) -> [Double]? {
        guard let items = list(node, "values") else { return nil }
        guard !items.isEmpty else {
            report(Messages.Spec.outOfRange("values", "a non-empty list", at: node.span))
            return nil
        }
        let numbers = items.compactMap { number($0, "a value") }
        guard numbers.count == items.count else { return nil }
        return Array(Set(numbers)).sorted()
    }

    /// `learning_rate` → "Learning rate".
    static func defaultLabel(_ name: String) -> String {
        let spaced = name.replacingUnderscores()
        return spaced.prefix(1).uppercased() + spaced.dropFirst()
    }

    /// `hold: {weight_decay: 1e-4}` overrides the value a parameter is held at when not sampled.
    func decodeHold(_ node: YAMLNode) {
        guard let map = MappingReader(node, section: "hold", known: [], context: self) else { return }
        for pair in map.entries {
            guard let name = pair.keyText, let index = parameter(named: name, at: pair.key),
                  let value = number(pair.value, "held value of '\(name)'")
            else { continue }
            let p = parameters[index]
            guard value >= p.lower, value <= p.upper else {
                report(Messages.Spec.valueOutsideRange(name, value: pair.value.scalar?.text ?? "\(value)",
                                                       at: pair.value.span))
                continue
            }
            parameters[index].heldValue = p.snap(value)
        }
    }
}

extension String {
    func replacingUnderscores() -> String {
        String(map { $0 == "_" ? " " : $0 })
    }
}
