import PlotDiagnostics
import PlotYAML

extension DecodeContext {
    /// `plot.slice`: the x parameter, the optional hold list (one curve per value) and the drawing options.
    func decodeSlice(_ node: YAMLNode, sampling: Sampling?) -> SlicePlot? {
        let d = language.slice
        guard let map = MappingReader(node, .slice, context: self) else { return nil }
        let xNode = map.required(d.x)
        var x = xNode.flatMap { node in string(node, "x").flatMap { parameter(named: $0, at: node) } }
        if let index = x, let xNode {
            if let heldAt = holdKeySpans[index] {
                report(Messages.Spec.sliceOfHeld(parameters[index].name, at: xNode.span, heldAt: heldAt))
                x = nil
            } else if parameters[index].categories != nil {
                report(Messages.Spec.sliceOfCategorical(parameters[index].name, at: xNode.span))
                x = nil
            }
        }
        let series = map[d.hold].flatMap { sliceSeries($0, x: x) }
        let holdFailed = map[d.hold] != nil && series == nil
        let resolution =
            map[d.resolution.key].flatMap { integer($0, "resolution", in: d.resolution.key.integerRange) }
            ?? d.resolution.defaultValue
        let points = bool(map, d.points)
        if points, let pointsNode = map[d.points.key] {
            requireTrials(sampling, kind: "slice with 'points: true'", at: pointsNode)
            if let x, let xNode = map[d.x] {
                checkDrawn(x, by: sampling, on: "the x of a slice with points", at: xNode)
            }
        }
        let plot = SlicePlot(
            x: x ?? 0, series: series, shown: choice(map, d.value), resolution: resolution,
            noiseBand: bool(map, d.noiseBand), points: points, optimum: bool(map, d.optimum),
            xAxis: axisOptions(map, d.xAxis), yAxis: axisOptions(map, d.yAxis))
        guard x != nil, !holdFailed else { return nil }
        return plot
    }

    /// `hold: {batch_size: [32, 128, 512]}`: exactly one parameter other than x, and values it can take.
    private func sliceSeries(_ node: YAMLNode, x: Int?) -> SlicePlot.Series? {
        guard let map = MappingReader(node, namesIn: "hold", context: self) else { return nil }
        guard map.entries.count == 1, let pair = map.entries.first else {
            report(Messages.Spec.sliceHoldsSeveral(at: node.span))
            return nil
        }
        guard let name = pair.keyText, let index = parameter(named: name, at: pair.key) else { return nil }
        if index == x {
            report(Messages.Spec.sliceHoldsItsX(name, at: pair.key.span))
            return nil
        }
        let items = pair.value.sequence ?? [pair.value]
        if items.isEmpty {
            report(Messages.Spec.missingKey("at least one value", in: "hold", at: pair.value.span))
            return nil
        }
        if items.count > SpecLimits.maxSliceCurves {
            report(
                Messages.Spec.tooLarge(
                    "\(items.count) held values", limit: "\(SpecLimits.maxSliceCurves)", at: pair.value.span))
            return nil
        }
        var values: [Double] = []
        for item in items {
            guard let value = heldValue(item, of: parameters[index], "held value of '\(name)'") else { continue }
            if values.contains(value) {
                report(Messages.Spec.duplicateValue(item.scalar?.text ?? "\(value)", at: item.span))
            } else {
                values.append(value)
            }
        }
        guard values.count == items.count else { return nil }
        return SlicePlot.Series(parameter: index, values: values)
    }
}

extension DecodeContext {
    /// `noise_band: true` over a score without noise would draw nothing: an error at the key rather than
    /// a band silently missing. (Needs the score, so `SpecDecoder` calls it after both are decoded.)
    func checkSliceNoiseBand(_ plot: Plot?, score: ScoreModel?, plotNode: YAMLNode?) {
        guard case .slice(let slice)? = plot, slice.noiseBand, let score,
            !score.terms.contains(where: { if case .noise = $0.shape { true } else { false } }),
            let body = plotNode?.mapping?.first(where: { $0.keyText == language.plot.slice.name })?.value,
            let key = body.mapping?.first(where: { $0.keyText == language.slice.noiseBand.name })?.key
        else { return }
        report(
            Messages.Spec.keyUnusedOnPlot(
                language.slice.noiseBand.name, on: plot?.kindName ?? "slice",
                because: "the score has no noise term, so the band would have no width", at: key.span))
    }
}
