import Foundation
import PlotDiagnostics
import PlotYAML

extension DecodeContext {
    /// `facet: {parameter: depth, values: [4, 12, 32], columns: 3, letters: true}`, optionally with
    /// `rows: {parameter: width, values: [256, 1024]}`: the spec's plot once per value (per pair of values),
    /// each panel holding the facet's parameters there. Checks that the parameters exist, are distinct and
    /// not sampled, and reads each value as a held value (in range, snapped).
    func decodeFacet(_ node: YAMLNode, base: PanelBase) -> PanelGridDraft? {
        let d = language.facet
        guard let map = MappingReader(node, .facet, context: self) else { return nil }
        let columnsFacet = facetDimension(map, parameterKey: d.parameter, valuesKey: d.values, base: base)
        let rowsFacet = map[d.rows].flatMap { rowsNode -> FacetDimension? in
            guard let rowsMap = MappingReader(rowsNode, .facetRows, named: "facet rows", context: self) else {
                return nil
            }
            let r = language.facetRows
            return facetDimension(rowsMap, parameterKey: r.parameter, valuesKey: r.values, base: base)
        }
        let wrap = map[d.columns].flatMap { integer($0, "facet columns", in: d.columns.integerRange) }
        let letters = bool(map, d.letters)
        if map.has(d.rows), let key = map.keyNode(d.columns) {
            report(Messages.Spec.facetColumnsWithRows(at: key.span))
            return nil
        }
        guard let columnsFacet, let sampling = base.sampling, let plot = base.plot else { return nil }
        if map.has(d.rows) && rowsFacet == nil { return nil }
        if let rowsFacet, rowsFacet.parameter == columnsFacet.parameter {
            report(Messages.Spec.facetSameParameterTwice(parameters[rowsFacet.parameter].name, at: rowsFacet.span))
            return nil
        }
        let rowValues = rowsFacet.map { $0.values.map(Optional.some) } ?? [nil]
        let count = rowValues.count * columnsFacet.values.count
        guard count <= SpecLimits.maxPanels else {
            report(
                Messages.Spec.tooLarge(
                    "a facet of \(count) panels", limit: "\(SpecLimits.maxPanels) panels", at: node.span))
            return nil
        }
        let columns = rowsFacet == nil ? min(wrap ?? count, count) : columnsFacet.values.count
        var panels: [PanelDraft] = []
        var titles: [String?] = []
        for rowValue in rowValues {
            for value in columnsFacet.values {
                var held = parameters
                var words: [String] = []
                for (dimension, v) in [(rowsFacet, rowValue), (columnsFacet, value)] {
                    guard let dimension, let v else { continue }
                    held[dimension.parameter] = held[dimension.parameter].holding(v)
                    words.append(
                        "\(parameters[dimension.parameter].name) = \(Self.panelValueText(v, of: held[dimension.parameter]))"
                    )
                }
                let index = panels.count
                titles.append(words.joined(separator: ", "))
                panels.append(
                    PanelDraft(
                        name: nil, row: index / columns, column: index % columns, title: nil, parameters: held,
                        sampling: sampling, plot: plot, annotations: base.annotations))
            }
        }
        for (index, title) in Self.lettered(titles, letters: letters).enumerated() { panels[index].title = title }
        // Every panel samples the whole grid: the cell budget that keeps `validate` under a second holds
        // for the page, not for each panel.
        guard panelsWithinBudget(panels, at: columnsFacet.valuesSpan) else { return nil }
        return PanelGridDraft(
            rows: (panels.count + columns - 1) / columns, columns: columns, panels: panels, sharesColorScale: true,
            sharesAxes: true)
    }

    /// One direction of a facet: the parameter held and its values, one panel (or row) each.
    struct FacetDimension {
        var parameter: Int
        var values: [Double]
        var span: SourceSpan
        var valuesSpan: SourceSpan
    }

    private func facetDimension(
        _ map: MappingReader, parameterKey: KeyDescription, valuesKey: KeyDescription, base: PanelBase
    ) -> FacetDimension? {
        let nameNode = map.required(parameterKey)
        let valuesNode = map.required(valuesKey)
        guard let nameNode, let name = string(nameNode, "facet parameter"),
            let index = parameter(named: name, at: nameNode)
        else { return nil }
        guard facetParameterIsHeld(index, sampling: base.sampling, at: nameNode) else { return nil }
        guard let valuesNode, let values = facetValues(valuesNode, of: parameters[index]) else { return nil }
        return FacetDimension(parameter: index, values: values, span: nameNode.span, valuesSpan: valuesNode.span)
    }

    /// Whether the sampling leaves `index` free to hold per panel; reports why not.
    private func facetParameterIsHeld(_ index: Int, sampling: Sampling?, at node: YAMLNode) -> Bool {
        switch sampling {
        case .grid(let grid) where grid.axes.contains(where: { $0.parameter == index }):
            report(Messages.Spec.facetOverSampledParameter(parameters[index].name, at: node.span))
            return false
        case .trials(let trials) where trials.draws(index):
            report(Messages.Spec.facetNeedsGrid(parameters[index].name, at: node.span))
            return false
        case .data:
            // Real trials do not change with a held value: every panel would show the same trials.
            report(Messages.DataMapping.facetOverData(parameters[index].name, at: node.span))
            return false
        case .grid, .trials, nil:
            return true
        }
    }

    /// The panel values: 1…`SpecLimits.maxPanels` distinct held values of `parameter`.
    private func facetValues(_ node: YAMLNode, of parameter: Parameter) -> [Double]? {
        guard let items = list(node, "facet values") else { return nil }
        guard !items.isEmpty else {
            report(Messages.Spec.facetWithoutValues(at: node.span))
            return nil
        }
        guard items.count <= SpecLimits.maxPanels else {
            report(
                Messages.Spec.tooLarge(
                    "a facet of \(items.count) panels", limit: "\(SpecLimits.maxPanels) panels", at: node.span))
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

    /// A held value as a panel title shows it: a category's name, a whole number, or up to four
    /// significant digits.
    static func panelValueText(_ value: Double, of parameter: Parameter) -> String {
        if let name = parameter.categoryName(of: value) { return name }
        if parameter.integer || value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(format: "%.4g", value)
    }
}
