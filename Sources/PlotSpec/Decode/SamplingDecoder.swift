import PlotDiagnostics
import PlotYAML

extension DecodeContext {
    func decodeSampling(_ node: YAMLNode) -> Sampling? {
        let d = language.sampling
        guard let map = MappingReader(node, .sampling, context: self) else { return nil }
        switch (map[d.grid], map[d.trials], map[d.data]) {
        case (let grid?, nil, nil): return decodeGrid(grid).map(Sampling.grid)
        case (nil, let trials?, nil): return decodeTrials(trials).map(Sampling.trials)
        case (nil, nil, let data?): return decodeData(data).map(Sampling.data)
        default:
            report(Messages.Spec.exactlyOne(of: d.section.exactlyOne, in: "sampling", at: node.span))
            return nil
        }
    }

    private func decodeGrid(_ node: YAMLNode) -> GridSampling? {
        guard let map = MappingReader(node, namesIn: "grid", context: self) else { return nil }
        var axes: [GridSampling.Axis] = []
        var total = 1.0
        var failed = false
        for pair in map.entries {
            guard let name = pair.keyText, let index = parameter(named: name, at: pair.key),
                let count = gridCount(pair.value, of: parameters[index])
            else {
                failed = true
                continue
            }
            total *= Double(count)
            axes.append(.init(parameter: index, count: count))
        }
        if map.entries.isEmpty {
            report(Messages.Spec.missingKey("at least one parameter", in: "grid", at: node.span))
        }
        if total > Double(SpecLimits.maxGridCells) {
            let shape = axes.map { String($0.count) }.joined(separator: " × ")
            report(
                Messages.Spec.tooLarge(
                    "a grid of \(shape) cells", limit: "\(SpecLimits.maxGridCells) cells",
                    at: node.span))
            return nil
        }
        // A grid with a broken axis is not checked against the plot, so one mistake gives one error.
        guard !failed, !axes.isEmpty else { return nil }
        return GridSampling(axes: axes, span: node.span)
    }

    /// Cells along one grid axis. A categorical parameter takes one cell per category, written as `all`
    /// or as the number of categories; any other count would split or merge categories.
    private func gridCount(_ node: YAMLNode, of parameter: Parameter) -> Int? {
        let what = "grid cells along '\(parameter.name)'"
        let cells = language.sampling.grid.integerRange
        guard let categories = parameter.categories else {
            let count = integer(node, what, in: cells)
            if let count, count < SpecLimits.coarseGridWarning {
                report(Messages.Spec.coarseGrid(parameter.name, count: count, at: node.span))
            }
            return count
        }
        if case .string("all")? = node.scalar?.value { return categories.count }
        guard let count = integer(node, what, in: 0...cells.upperBound) else { return nil }
        guard count == categories.count else {
            report(
                Messages.Spec.outOfRange(
                    what, "\(categories.count), one per category (or write 'all')",
                    at: node.span))
            return nil
        }
        return count
    }

    private func decodeTrials(_ node: YAMLNode) -> TrialSampling? {
        let d = language.trials
        guard let map = MappingReader(node, .trials, context: self) else { return nil }
        let count = map.required(d.count).flatMap { integer($0, "trial count", in: d.count.integerRange) }
        let method = choice(map, d.method, "sampling method")
        let focus = map[d.focus].flatMap { decodeFocus($0) }
        let drawn = map[d.parameters].map { drawnParameters($0) } ?? Array(parameters.indices)
        guard let count, let drawn else { return nil }
        if let focus, let node = map[d.focus] {
            checkFocusDrawsTrials(focus, count: count, focusNode: node)
            checkFocusIsDrawn(focus, drawn: drawn, focusNode: node)
        }
        return TrialSampling(count: count, method: method, focus: focus, drawn: drawn, span: node.span)
    }

    /// `trials.parameters`: distinct declared parameters, at least one; returned in declaration order so
    /// the order written does not change the draws.
    private func drawnParameters(_ node: YAMLNode) -> [Int]? {
        guard let items = list(node, "trial parameters") else { return nil }
        guard !items.isEmpty else {
            report(Messages.Spec.missingKey("at least one parameter", in: "trials parameters", at: node.span))
            return nil
        }
        var drawn: [Int] = []
        var failed = false
        for item in items {
            guard let name = string(item, "a trial parameter"), let index = parameter(named: name, at: item) else {
                failed = true
                continue
            }
            if drawn.contains(index) {
                report(Messages.Spec.duplicateTrialParameter(name, at: item.span))
                failed = true
                continue
            }
            drawn.append(index)
        }
        return failed ? nil : drawn.sorted()
    }

    /// A focus on a parameter the trials hold would be ignored.
    private func checkFocusIsDrawn(_ focus: TrialSampling.Focus, drawn: [Int], focusNode: YAMLNode) {
        let written = (focusNode.mapping ?? []).flatMap { $0.value.mapping ?? [] }
        for index in Set(focus.centers.keys).union(focus.spreads.keys).sorted() where !drawn.contains(index) {
            let name = parameters[index].name
            let key = written.first { $0.keyText == name }?.key ?? focusNode
            report(Messages.Spec.focusOnHeldParameter(name, at: key.span))
        }
    }

    private func decodeFocus(_ node: YAMLNode) -> TrialSampling.Focus? {
        let d = language.focus
        guard let map = MappingReader(node, .focus, context: self) else { return nil }
        let fraction = map.required(d.fraction).flatMap { number($0, "focus fraction", as: d.fraction) }
        var centers: [Int: Double] = [:]
        var spreads: [Int: Double] = [:]
        if let centerNode = map.required(d.center),
            let centerMap = MappingReader(centerNode, namesIn: "focus center", context: self)
        {
            for pair in centerMap.entries {
                guard let name = pair.keyText, let index = parameter(named: name, at: pair.key),
                    let value = parameterValue(pair.value, of: parameters[index], "focus center of '\(name)'")
                else { continue }
                let p = parameters[index]
                if value < p.lower || value > p.upper {
                    report(
                        Messages.Spec.valueOutsideRange(name, value: pair.value.scalar?.text ?? "", at: pair.value.span)
                    )
                }
                centers[index] = value
            }
        }
        if let spreadNode = map.required(d.spread),
            let spreadMap = MappingReader(spreadNode, namesIn: "focus spread", context: self)
        {
            for pair in spreadMap.entries {
                guard let name = pair.keyText, let index = parameter(named: name, at: pair.key),
                    let value = positiveNumber(pair.value, "focus spread of '\(name)'")
                else { continue }
                if parameters[index].isCategorical {
                    // Categories have no distance between them: a focus trial draws the centre category.
                    report(Messages.Spec.categoricalSpread(name, at: pair.key.span))
                    continue
                }
                if centers[index] == nil {
                    report(Messages.Spec.missingKey(name, in: "focus center", at: pair.key.span))
                }
                spreads[index] = value
            }
        }
        for index in centers.keys where spreads[index] == nil && !parameters[index].isCategorical {
            report(Messages.Spec.missingKey(parameters[index].name, in: "focus spread", at: node.span))
        }
        guard let fraction else { return nil }
        return TrialSampling.Focus(fraction: fraction, centers: centers, spreads: spreads)
    }
}
