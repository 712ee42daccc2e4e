import PlotDiagnostics
import PlotYAML

extension DecodeContext {
    /// `facet: {parameter: depth, values: [4, 12, 32], columns: 3, letters: true}`: checks that the
    /// parameter exists and is not sampled, and reads each value as a held value of it (in range, snapped).
    func decodeFacet(_ node: YAMLNode, sampling: Sampling?) -> Facet? {
        let d = language.facet
        guard let map = MappingReader(node, .facet, context: self) else { return nil }
        let nameNode = map.required(d.parameter)
        let valuesNode = map.required(d.values)
        let columns = map[d.columns].flatMap { integer($0, "facet columns", in: d.columns.integerRange) }
        let letters = bool(map, d.letters)
        guard let nameNode, let name = string(nameNode, "facet parameter"),
            let index = parameter(named: name, at: nameNode)
        else { return nil }
        guard facetParameterIsHeld(index, sampling: sampling, at: nameNode) else { return nil }
        guard let valuesNode, let values = facetValues(valuesNode, of: parameters[index]) else { return nil }
        // Every panel samples the whole grid: the cell budget that keeps `validate` under a second holds
        // for the page, not for each panel.
        if case .grid(let grid)? = sampling, grid.cellCount * values.count > SpecLimits.maxGridCells {
            report(
                Messages.Spec.tooLarge(
                    "\(values.count) panels of \(grid.cellCount) cells", limit: "\(SpecLimits.maxGridCells) cells",
                    at: valuesNode.span))
            return nil
        }
        return Facet(
            parameter: index, values: values, columns: min(columns ?? values.count, values.count), letters: letters)
    }

    /// Whether the sampling leaves `index` free to hold per panel; reports why not.
    private func facetParameterIsHeld(_ index: Int, sampling: Sampling?, at node: YAMLNode) -> Bool {
        switch sampling {
        case .grid(let grid) where grid.axes.contains(where: { $0.parameter == index }):
            report(Messages.Spec.facetOverSampledParameter(parameters[index].name, at: node.span))
            return false
        case .trials:
            report(Messages.Spec.facetNeedsGrid(at: node.span))
            return false
        case .grid, nil:
            return true
        }
    }

    /// The panel values: 1…`SpecLimits.maxFacetPanels` distinct held values of `parameter`.
    private func facetValues(_ node: YAMLNode, of parameter: Parameter) -> [Double]? {
        guard let items = list(node, "facet values") else { return nil }
        guard !items.isEmpty else {
            report(Messages.Spec.facetWithoutValues(at: node.span))
            return nil
        }
        guard items.count <= SpecLimits.maxFacetPanels else {
            report(
                Messages.Spec.tooLarge(
                    "a facet of \(items.count) panels", limit: "\(SpecLimits.maxFacetPanels) panels", at: node.span))
            return nil
        }
        var values: [Double] = []
        var failed = false
        for item in items {
            guard let value = heldValue(item, of: parameter, "facet value of '\(parameter.name)'") else {
                failed = true
                continue
            }
            if values.contains(value) {
                report(
                    Messages.Spec.facetRepeatedValue(
                        item.scalar?.text ?? "\(value)", of: parameter.name, at: item.span))
                failed = true
                continue
            }
            values.append(value)
        }
        return failed ? nil : values
    }
}
