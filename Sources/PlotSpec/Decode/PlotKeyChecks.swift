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
            if heatmap.contours.isEmpty, let node = key("contour_color") {
                report(Messages.Spec.keyUnusedOnPlot("contour_color", on: kind, because: "no 'contours' are "
                                                         + "drawn", at: node.span))
            }
            checkCategoricalTickFormat([(heatmap.x, value("x_axis")), (heatmap.y, value("y_axis"))], on: kind)
        case .scatter(let scatter):
            checkCategoricalTickFormat([(scatter.x, value("x_axis")), (scatter.y, value("y_axis"))], on: kind)
        case .surface(let surface):
            for axis in ["x_axis", "y_axis", "z_axis"] {
                if let grid = value(axis)?.mapping?.first(where: { $0.keyText == "grid" }) {
                    report(Messages.Spec.keyUnusedOnPlot("grid", on: kind, because: "the panes of a surface "
                                                             + "always have grid lines", at: grid.key.span))
                }
            }
            checkCategoricalTickFormat([(surface.x, value("x_axis")), (surface.y, value("y_axis"))], on: kind)
        case .parallelCoordinates(let parallel):
            if !parallel.color.buckets.isEmpty, let node = key("colormap") {
                report(Messages.Spec.keyUnusedOnPlot("colormap", on: kind, because: "'buckets' colour the "
                                                         + "lines", at: node.span))
            }
        }
    }

    /// A categorical axis is labelled with its category names, so a `tick_format` there would be ignored.
    private func checkCategoricalTickFormat(_ axes: [(parameter: Int, options: YAMLNode?)], on kind: String) {
        for (parameter, options) in axes where parameters[parameter].isCategorical {
            guard let format = options?.mapping?.first(where: { $0.keyText == "tick_format" }) else { continue }
            report(Messages.Spec.keyUnusedOnPlot("tick_format", on: kind, because: "'\(parameters[parameter].name)'"
                                                     + " is categorical and its ticks show the category names",
                                                     at: format.key.span))
        }
    }
}
