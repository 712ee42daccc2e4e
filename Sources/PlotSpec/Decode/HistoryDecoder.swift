import PlotDiagnostics
import PlotYAML

extension DecodeContext {
    /// `plot.history`: drawing options only; the trials come from the sampling, which must be trials or data.
    func decodeHistory(_ node: YAMLNode, sampling: Sampling?) -> HistoryPlot? {
        let d = language.history
        guard let map = MappingReader(node, .history, context: self) else { return nil }
        if case .grid? = sampling { report(Messages.Spec.historyNeedsTrials(at: node.span)) }
        return HistoryPlot(
            shown: choice(map, d.value), markerSize: number(map, d.markerSize), opacity: number(map, d.opacity),
            pointColor: color(map, d.pointColor), edgeColor: map[d.edgeColor].flatMap { color($0, "edge_color") },
            bestColor: color(map, d.bestColor), lineWidth: number(map, d.lineWidth),
            valueScale: choice(map, d.valueScale), valueScaleSpan: map[d.valueScale.key]?.span,
            xAxis: axisOptions(map, d.xAxis), yAxis: axisOptions(map, d.yAxis))
    }
}

extension DecodeContext {
    /// What a history draws of an annotation: a marker or text at one trial (`argmax`, `argmin`,
    /// `true_argmax`, `true_argmin`). It has no parameter axis, so lines, regions, curves and points
    /// written in parameter values (or a `{top: f}` median, a point in parameter space) are refused.
    func checkDrawnOnHistory(_ kind: AnnotationKind, keyNode: YAMLNode, map: MappingReader) {
        let noAxis = "a history has no parameter axis, only trial numbers across and values up"
        switch kind {
        case .line: report(Messages.Spec.annotationNotDrawn("a line", on: "history", because: noAxis, at: keyNode.span))
        case .region:
            report(Messages.Spec.annotationNotDrawn("a region", on: "history", because: noAxis, at: keyNode.span))
        case .curve:
            report(Messages.Spec.annotationNotDrawn("a curve", on: "history", because: noAxis, at: keyNode.span))
        case .label(let label):
            checkHistoryPoint(label.target, key: "at", map: map)
            checkHistoryPoint(label.position, key: "label_at", map: map)
            checkNoAxisKey(label.axis, map: map)
        case .marker(let marker):
            checkHistoryPoint(marker.at, key: "at", map: map)
            checkNoAxisKey(marker.axis, map: map)
        }
    }

    /// `axis:` picks an axis of parallel coordinates; a history has none to pick.
    private func checkNoAxisKey(_ axis: Int?, map: MappingReader) {
        guard axis != nil, let key = map.keyNode("axis") else { return }
        report(
            Messages.Spec.keyUnusedOnPlot(
                "axis", on: "history", because: "it picks the axis of a parallel coordinates plot", at: key.span))
    }

    /// A point on a history is a trial; a point written in parameter values or a median has none.
    private func checkHistoryPoint(_ point: AnchorPoint?, key: String, map: MappingReader) {
        let what: String
        switch point {
        case .data?: what = "a point written in parameter values"
        case .topMedian?: what = "the median of the top trials"
        case .argmax?, .argmin?, .trueArgmax?, .trueArgmin?, nil: return
        }
        guard let node = map[key] else { return }
        report(
            Messages.Spec.annotationNotDrawn(
                what, on: "history",
                because: "it is not one trial; use 'argmax', 'argmin', 'true_argmax' or 'true_argmin'"
                    + (key == "label_at" ? ", or leave 'label_at' out to place the label automatically" : ""),
                at: node.span))
    }
}
