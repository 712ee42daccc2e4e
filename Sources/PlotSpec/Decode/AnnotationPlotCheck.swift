import PlotDiagnostics
import PlotYAML

/// Refuses annotations (and annotation keys) that the chosen plot kind would not draw, so nothing written
/// in `annotations:` silently disappears from the figure. The rules mirror what the layouts draw:
///
/// | | heatmap, scatter | surface3d | parallel_coordinates | slice |
/// |---|---|---|---|---|
/// | `line: {p: v}` | `p` is `x` or `y` | never | `p` is an axis | `p` is `x` |
/// | `region` bound of `p` | `p` is `x` or `y` | never | `p` is an axis | `p` is `x` |
/// | `curve: {p: f}` | `p` is `x` or `y` | never | never | never |
/// | `axis: p` (text, marker) | never | never | `p` is an axis | never |
/// | a written point (`at`, `label_at`) | names `x` or `y` | names `x` or `y` | names an axis, unless `axis:` is given | names `x` |
///
/// A `history` has no parameter axis: it draws only markers and text at a trial (`argmax`, `argmin`,
/// `true_argmax`, `true_argmin`), placed at that trial's number and value (`checkDrawnOnHistory`).
extension DecodeContext {
    func checkDrawn(_ kind: AnnotationKind, kindKey: String, map: MappingReader, on plot: Plot) {
        let plotted = Self.plottedParameters(plot)
        let kindName = plot.kindName
        let keyNode = map.keyNode(kindKey) ?? map.node
        if case .history = plot {
            checkDrawnOnHistory(kind, keyNode: keyNode, map: map)
            return
        }
        if case .importance = plot {
            report(
                Messages.Spec.annotationNotDrawn(
                    "an annotation", on: kindName,
                    because: "its bars are shares of variance, with no parameter axis to place it on",
                    at: keyNode.span))
            return
        }
        switch kind {
        case .line(let line):
            if case .surface = plot {
                report(
                    Messages.Spec.annotationNotDrawn(
                        "a line", on: kindName,
                        because: "a surface has no plane to "
                            + "draw reference lines in", at: keyNode.span))
            } else if !plotted.contains(line.parameter), let pair = map[kindKey]?.mapping?.first {
                report(notPlotted(line.parameter, what: "a line", on: plot, at: pair.key.span))
            }
        case .region(let region):
            if case .surface = plot {
                report(
                    Messages.Spec.annotationNotDrawn(
                        "a region", on: kindName,
                        because: "a surface has no plane "
                            + "to shade regions in", at: keyNode.span))
                return
            }
            for pair in map[kindKey]?.mapping ?? [] {
                guard let name = pair.keyText, let index = parameters.firstIndex(where: { $0.name == name }),
                    let bounds = region.bounds[index]
                else { continue }
                if !plotted.contains(index) {
                    report(notPlotted(index, what: "a region bound", on: plot, at: pair.key.span))
                } else if bounds.upperBound < parameters[index].lower || bounds.lowerBound > parameters[index].upper {
                    report(Messages.Spec.annotationOutsidePlot(at: pair.value.span))
                }
            }
        case .curve(let curve):
            switch plot {
            case .surface, .parallelCoordinates, .slice, .history, .importance:
                report(
                    Messages.Spec.annotationNotDrawn(
                        "a curve", on: kindName,
                        because: "a curve relates the x "
                            + "and y parameters of a 2-D plot", at: keyNode.span))
            case .heatmap, .scatter:
                if !plotted.contains(curve.parameter), let pair = map[kindKey]?.mapping?.first {
                    report(notPlotted(curve.parameter, what: "a curve", on: plot, at: pair.key.span))
                }
            }
        case .label(let label):
            checkAxisKey(label.axis, map: map, plot: plot, plotted: plotted)
            checkPoint(label.target, key: "at", axis: label.axis, map: map, plot: plot, plotted: plotted)
            checkPoint(label.position, key: "label_at", axis: label.axis, map: map, plot: plot, plotted: plotted)
        case .marker(let marker):
            checkAxisKey(marker.axis, map: map, plot: plot, plotted: plotted)
            checkPoint(marker.at, key: "at", axis: marker.axis, map: map, plot: plot, plotted: plotted)
        }
    }

    /// A written point must name a plotted parameter: one naming none would sit at the middle of the plot
    /// (or, on parallel coordinates, on the value axis) whatever its values are.
    private func checkPoint(
        _ point: AnchorPoint?, key: String, axis: Int?, map: MappingReader, plot: Plot,
        plotted: [Int]
    ) {
        guard case .data(let values)? = point, !values.keys.contains(where: plotted.contains), let node = map[key]
        else { return }
        if case .parallelCoordinates = plot {
            guard axis == nil else { return }
            report(
                Messages.Spec.annotationNotDrawn(
                    "this point", on: plot.kindName,
                    because: "it names no plotted "
                        + "axis; add one of its parameters to 'axes' or give 'axis'",
                    at: node.span))
        } else {
            let names = plotted.map { "'\(parameters[$0].name)'" }.joined(separator: " or ")
            report(
                Messages.Spec.annotationNotDrawn(
                    "this point", on: plot.kindName,
                    because: "it names neither "
                        + "plotted parameter; give \(names)", at: node.span))
        }
    }

    /// `axis:` only means something on parallel coordinates, and there it must name an axis.
    private func checkAxisKey(_ axis: Int?, map: MappingReader, plot: Plot, plotted: [Int]) {
        guard case .parallelCoordinates = plot else {
            if axis != nil, let key = map.keyNode("axis") {
                report(
                    Messages.Spec.keyUnusedOnPlot(
                        "axis", on: plot.kindName,
                        because: "it picks the axis "
                            + "of a parallel coordinates plot", at: key.span))
            }
            return
        }
        if let axis, !plotted.contains(axis), let value = map["axis"] {
            report(
                Messages.Spec.keyUnusedOnPlot(
                    "axis", on: plot.kindName,
                    because: "'\(parameters[axis].name)' "
                        + "is not among its axes", at: value.span))
        }
    }

    private func notPlotted(_ parameter: Int, what: String, on plot: Plot, at span: SourceSpan) -> Diagnostic {
        let placeText = if case .parallelCoordinates = plot { "among its axes" } else { "on its x or y axis" }
        return Messages.Spec.annotationNotDrawn(
            what, on: plot.kindName,
            because: "'\(parameters[parameter].name)' "
                + "is not \(placeText)", at: span)
    }

    /// The parameters a plot draws an axis for.
    static func plottedParameters(_ plot: Plot) -> [Int] {
        switch plot {
        case .heatmap(let p): [p.x, p.y]
        case .surface(let p): [p.x, p.y]
        case .scatter(let p): [p.x, p.y]
        case .parallelCoordinates(let p): p.axes
        case .slice(let p): [p.x]
        case .history: []
        case .importance: []
        }
    }
}
