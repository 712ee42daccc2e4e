import PlotDiagnostics
import PlotYAML

/// Plot keys that are valid on their own but that the chosen combination would ignore.
extension DecodeContext {
    func checkUnusedPlotKeys(_ plot: Plot, body: YAMLNode) {
        guard let pairs = body.mapping else { return }
        func key(_ name: String) -> YAMLNode? { pairs.first { $0.keyText == name }?.key }
        func value(_ name: String) -> YAMLNode? { pairs.first { $0.keyText == name }?.value }
        let kind = plot.kindName
        switch plot {
        case .heatmap(let heatmap):
            let d = language.heatmap
            if heatmap.contours.isEmpty, let node = key(d.contourColor.name) {
                report(
                    Messages.Spec.keyUnusedOnPlot(
                        d.contourColor.name, on: kind,
                        because: "no 'contours' are "
                            + "drawn", at: node.span))
            }
            checkCategoricalTickFormat([(heatmap.x, value(d.xAxis.name)), (heatmap.y, value(d.yAxis.name))], on: kind)
        case .scatter(let scatter):
            let d = language.scatter
            checkCategoricalTickFormat([(scatter.x, value(d.xAxis.name)), (scatter.y, value(d.yAxis.name))], on: kind)
        case .surface(let surface):
            let d = language.surface
            let grid = language.axis.grid.name
            for axis in [d.xAxis.name, d.yAxis.name, d.zAxis.name] {
                if let pair = value(axis)?.mapping?.first(where: { $0.keyText == grid }) {
                    report(
                        Messages.Spec.keyUnusedOnPlot(
                            grid, on: kind,
                            because: "the panes of a surface "
                                + "always have grid lines", at: pair.key.span))
                }
            }
            checkCategoricalTickFormat([(surface.x, value(d.xAxis.name)), (surface.y, value(d.yAxis.name))], on: kind)
        case .slice:
            break  // x is never categorical (the decoder refuses it) and every key is drawn
        case .parallelCoordinates(let parallel):
            let colormap = language.parallel.color.colormap.name
            if !parallel.color.buckets.isEmpty, let node = key(colormap) {
                report(
                    Messages.Spec.keyUnusedOnPlot(
                        colormap, on: kind,
                        because: "'buckets' colour the "
                            + "lines", at: node.span))
            }
        case .history:
            break  // its axes are trial numbers and values, never categorical, and every key is drawn
        case .importance:
            break  // every key is drawn or measured
        }
    }

    /// A categorical axis is labelled with its category names, so a `tick_format` there would be ignored.
    private func checkCategoricalTickFormat(_ axes: [(parameter: Int, options: YAMLNode?)], on kind: String) {
        for (parameter, options) in axes where parameters[parameter].isCategorical {
            let tickFormat = language.axis.tickFormat.name
            guard let format = options?.mapping?.first(where: { $0.keyText == tickFormat }) else { continue }
            report(
                Messages.Spec.keyUnusedOnPlot(
                    tickFormat, on: kind,
                    because: "'\(parameters[parameter].name)'"
                        + " is categorical and its ticks show the category names",
                    at: format.key.span))
        }
    }
}
