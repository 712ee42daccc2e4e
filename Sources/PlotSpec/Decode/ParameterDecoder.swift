import PlotData
import PlotDiagnostics
import PlotScales
import PlotYAML

extension DecodeContext {
    static let reservedNames: Set<String> = ["score", "true_score", "loss", "pi", "e", "and", "or", "not"]

    func decodeParameters(_ node: YAMLNode) {
        guard let map = MappingReader(node, namesIn: "parameters", context: self) else {
            declarationsUnreadable = true
            return
        }
        if map.entries.isEmpty {
            report(Messages.Spec.missingKey("at least one parameter", in: "parameters", at: node.span))
        }
        if map.entries.count > SpecLimits.maxParameters {
            // Reported at the first parameter past the limit; every name stays declared (see DecodeContext).
            let extra = map.entries[SpecLimits.maxParameters]
            report(
                Messages.Spec.tooLarge(
                    "\(map.entries.count) parameters", limit: "\(SpecLimits.maxParameters)",
                    at: extra.key.span))
            failedParameterNames.formUnion(map.entries.compactMap(\.keyText))
            return
        }
        for pair in map.entries {
            guard let name = checkedName(pair.key) else {
                if let text = pair.keyText { failedParameterNames.insert(text) }
                continue
            }
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
        // Names become axis labels and appear in every message about them: keep them short.
        if name.utf8.count > SpecLimits.maxNameLength {
            report(
                Messages.Spec.textTooLong(
                    "the name", length: name.count, limit: SpecLimits.maxNameLength,
                    at: key.span))
            return nil
        }
        let isIdentifier =
            name.first.map { $0.isLetter || $0 == "_" } == true
            && name.allSatisfy { ($0.isLetter || $0.isNumber || $0 == "_") && $0.isASCII }
        guard isIdentifier else {
            report(
                Messages.Spec.outOfRange(
                    "a name '\(name)'", "letters, digits and underscores, starting with a letter",
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
        let d = language.parameter
        guard let map = MappingReader(node, .parameter, named: "parameter '\(name)'", context: self) else { return nil }
        let label = map[d.label].flatMap { string($0, "label") } ?? Self.defaultLabel(name)
        var values: [Double]?
        if let valuesNode = map[d.values] {
            // Both would bound the parameter; rather than let one silently win, neither is guessed at.
            if let rangeKey = map.keyNode(d.range) {
                report(Messages.Spec.conflictingKey(d.range.name, with: "'\(d.values.name)'", at: rangeKey.span))
            }
            switch discreteValues(valuesNode) {
            case .categories(let names)?:
                return categoricalParameter(name: name, keyNode: keyNode, categories: names, map: map, label: label)
            case .numbers(let numbers)?: values = numbers
            case nil: break
            }
        }
        if values == nil, !map.has(d.range), preloadedData != nil {
            // Neither range nor values: the parameter's column in the spec's data says.
            switch dataDomain(of: name, at: map.node.span) {
            case .categories(let names)?:
                return categoricalParameter(
                    name: name, keyNode: keyNode, categories: names, map: map, label: label,
                    categoriesFrom: "categories taken from the data")
            case .numbers(let numbers)?:
                return numericParameter(name: name, keyNode: keyNode, map: map, values: numbers, label: label)
            case .range(let lower, let upper, let scale, let integer)?:
                return numericParameter(
                    name: name, keyNode: keyNode, map: map, values: nil, label: label,
                    fromData: (lower, upper, scale, integer))
            case nil: return nil
            }
        }
        return numericParameter(name: name, keyNode: keyNode, map: map, values: values, label: label)
    }

    /// A parameter with a `range`, or restricted to a list of numbers.
    ///
    /// `fromData` is the range a parameter without one takes from the spec's data, with the scale and
    /// integer flag the data implies where the spec declares none.
    private func numericParameter(
        name: String, keyNode: YAMLNode, map: MappingReader, values: [Double]?,
        label: String, fromData: (lower: Double, upper: Double, scale: ScaleKind, integer: Bool)? = nil
    ) -> Parameter? {
        let d = language.parameter
        let declaredScale = choice(map, d.scale)
        let declaredInteger = bool(map, d.integer)
        let scale = map.has(d.scale.key) ? declaredScale : fromData?.scale ?? declaredScale
        let integer = map.has(d.integer.key) ? declaredInteger : fromData?.integer ?? declaredInteger
        var bounds: (Double, Double)?
        if let v = values, let lo = v.first, let hi = v.last {
            bounds = (lo, lo == hi ? hi + 1 : hi)
            if fromData == nil, scale.isLogarithmic, lo <= 0, map[d.values] == nil,
                let column = preloadedData?.columnName(for: name)
            {
                // Values taken from the data: no list to point into, so the scale key is blamed.
                report(
                    Messages.DataMapping.logScaleOverData(
                        scale.rawValue, parameter: name, column: column, smallest: NumberSpelling.spelling(of: lo),
                        at: map.keyNode(d.scale.key)?.span ?? map.node.span))
                bounds = nil
            }
        } else if let fromData {
            bounds = (fromData.lower, fromData.upper)
            if scale.isLogarithmic, fromData.lower <= 0, let column = preloadedData?.columnName(for: name) {
                report(
                    Messages.DataMapping.logScaleOverData(
                        scale.rawValue, parameter: name, column: column,
                        smallest: NumberSpelling.spelling(of: fromData.lower),
                        at: map.keyNode(d.scale.key)?.span ?? map.node.span))
                bounds = nil
            }
        } else if let rangeNode = map[d.range], !map.has(d.values) {
            bounds = numberPair(rangeNode, "range")
            if let (lo, hi) = bounds, scale.isLogarithmic, lo <= 0 || hi <= 0 {
                // Point at the offending bound rather than the whole list.
                let items = rangeNode.sequence ?? []
                let culprit = lo <= 0 ? items.first : items.last
                report(Messages.Spec.logRangeNotPositive(scale.rawValue, at: (culprit ?? rangeNode).span))
                bounds = nil
            }
        } else if !map.has(d.values) {
            report(Messages.Spec.missingKey(d.range.name, in: "parameter '\(name)'", at: map.node.span))
        }
        let tickFormat = self.tickFormat(map, d.tickFormat)
        guard checkDiscreteBounds(name: name, map: map, integer: integer, scale: scale, bounds: bounds, values: values),
            let (lower, upper) = bounds
        else { return nil }
        let middle = ContinuousScale(kind: scale, lower: lower, upper: upper).value(atNormalized: 0.5)
        let parameter = Parameter(
            name: name, lower: lower, upper: upper, scale: scale, integer: integer, values: values, label: label,
            tickFormat: tickFormat, heldValue: middle, span: keyNode.span)
        return parameter.holding(
            map[d.defaultValue].flatMap { heldValue($0, of: parameter, "default") }
                ?? parameter.snap(middle))
    }

    /// A parameter whose `values` are category names. Its axis, scale and rounding are implied, so the
    /// keys that would set them are errors rather than silently ignored.
    private func categoricalParameter(
        name: String, keyNode: YAMLNode, categories: [String], map: MappingReader,
        label: String, categoriesFrom: String = "category names in 'values'"
    ) -> Parameter {
        let d = language.parameter
        for key in [d.scale.name, d.integer.name, d.tickFormat.name] {
            if let keyNode = map.keyNode(key) {
                report(Messages.Spec.conflictingKey(key, with: categoriesFrom, at: keyNode.span))
            }
        }
        let parameter = Parameter.categorical(
            name: name, categories: categories, label: label, heldIndex: 0,
            span: keyNode.span)
        return map[d.defaultValue].flatMap({ heldValue($0, of: parameter, "default") }).map(parameter.holding)
            ?? parameter
    }

    /// A value to hold `parameter` at (`default`, `hold`): inside its range, then snapped.
    func heldValue(_ node: YAMLNode, of parameter: Parameter, _ what: String) -> Double? {
        guard let value = parameterValue(node, of: parameter, what) else { return nil }
        if let categories = parameter.categories, value < parameter.lower || value > parameter.upper {
            report(
                Messages.Spec.outOfRange(
                    "a category index of '\(parameter.name)'",
                    "between 0 and \(categories.count - 1), or a category name", at: node.span))
            return nil
        }
        guard value >= parameter.lower, value <= parameter.upper else {
            report(
                Messages.Spec.valueOutsideRange(
                    parameter.name, value: node.scalar?.text ?? "\(value)",
                    at: node.span))
            return nil
        }
        return heldValueTakenAsWritten(value, of: parameter, at: node)
    }

    /// `learning_rate` → "Learning rate".
    static func defaultLabel(_ name: String) -> String {
        let spaced = name.replacingUnderscores()
        return spaced.prefix(1).uppercased() + spaced.dropFirst()
    }

    /// `hold: {weight_decay: 1e-4}` overrides the value a parameter is held at when not sampled.
    func decodeHold(_ node: YAMLNode) {
        guard let map = MappingReader(node, namesIn: "hold", context: self) else { return }
        for pair in map.entries {
            guard let name = pair.keyText, let index = parameter(named: name, at: pair.key),
                let value = heldValue(pair.value, of: parameters[index], "held value of '\(name)'")
            else { continue }
            parameters[index] = parameters[index].holding(value)
            holdKeySpans[index] = pair.key.span
        }
    }
}

extension String {
    func replacingUnderscores() -> String {
        String(map { $0 == "_" ? " " : $0 })
    }
}
