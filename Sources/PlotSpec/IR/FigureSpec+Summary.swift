import PlotScales

/// A readable, stable text form of the typed IR, for `plotspec dump --stage spec` and the IR goldens.
///
/// It prints what the decoder resolved rather than what was written: parameter indices as names, the
/// colormap as the value drawn (canonical name, reversed or not), label templates as their literal and
/// field pieces with each field's pattern, tick formats as parsed patterns, colours as RGBA. Dictionaries
/// are printed in key order and numbers with `%g`, so the same spec always prints the same text. Source
/// positions are left out: they name files, and files move.
extension FigureSpec {
    public func summary() -> String {
        var lines: [String] = []
        lines.append(
            "figure \(figure.title.map(quoted) ?? "(untitled)") \(short(figure.widthInches))×"
                + "\(short(figure.heightInches)) in at \(short(figure.dpi)) dpi → \(figure.output)")
        if let subtitle = figure.subtitle { lines.append("  subtitle \(quoted(subtitle))") }
        lines.append(
            "  font \(short(figure.fontSize)) pt \(figure.fontFamilies.joined(separator: ", ")), background \(describe(figure.background))"
        )
        lines.append("seed \(seed)")
        for p in parameters {
            lines.append(
                "parameter \(p.name): \(short(p.lower))…\(short(p.upper)) \(p.scale.rawValue)"
                    + (p.integer ? " integer" : "")
                    + (p.categories.map { " categories \($0)" } ?? p.values.map { " values \($0.map(short))" } ?? "")
                    + ", held at \(short(p.heldValue)), label \(quoted(p.label)), ticks \(describe(p.tickFormat))")
        }
        for definition in definitions.entries { lines.append("define \(definition.name) = \(definition.expression)") }
        lines += samplingLines()
        if case .data = sampling, score == .absent {
            lines.append("score from the data")
        } else {
            lines.append(
                "score baseline \(short(score.baseline))"
                    + (score.clip.map { " clip \(short($0.lowerBound))…\(short($0.upperBound))" } ?? ""))
        }
        for term in score.terms {
            lines.append("  term " + describe(term.shape))
            for factor in term.factors { lines.append("    × " + describe(factor)) }
        }
        lines += plotLines()
        if let grid = panels {
            lines.append(
                "panels \(grid.rows)×\(grid.columns) colour scale \(grid.sharesColorScale ? "shared" : "each") "
                    + "axes \(grid.sharesAxes ? "shared" : "each")")
            for panel in grid.panels { lines += panelLines(panel).map { "  " + $0 } }
        }
        lines.append("annotations \(annotations.count)")
        for annotation in annotations { lines += annotationLines(annotation.kind).map { "  " + $0 } }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Sections

    /// A panel: where it sits, its title, the held values it changes, its sampling, plot and annotations.
    private func panelLines(_ panel: Panel) -> [String] {
        let spec = panel.spec
        var lines = [
            "panel row \(panel.row + 1) column \(panel.column + 1)" + (panel.name.map { " view \($0)" } ?? "")
                + (panel.title.map { " title \(quoted($0))" } ?? "")
        ]
        for (index, parameter) in spec.parameters.enumerated() where parameter.heldValue != parameters[index].heldValue
        {
            lines.append("  held \(parameter.name) = \(short(parameter.heldValue))")
        }
        lines += (spec.samplingLines() + spec.plotLines()).map { "  " + $0 }
        lines.append("  annotations \(spec.annotations.count)")
        for annotation in spec.annotations { lines += annotationLines(annotation.kind).map { "    " + $0 } }
        return lines
    }

    private func samplingLines() -> [String] {
        switch sampling {
        case .grid(let g):
            return [
                "grid " + g.axes.map { "\(name($0.parameter)) \($0.count)" }.joined(separator: " × ")
                    + " = \(g.cellCount) cells"
            ]
        case .trials(let t):
            var lines = [
                "trials \(t.count) \(t.method.rawValue)" + (t.focus.map { " focus \(short($0.fraction))" } ?? "")
                    + (t.drawn.count == parameters.count ? "" : " drawing " + t.drawn.map(name).joined(separator: ", "))
            ]
            if let focus = t.focus {
                for index in focus.centers.keys.sorted() {
                    lines.append(
                        "  focus \(name(index)) centre \(short(focus.centers[index] ?? .nan))"
                            + (focus.spreads[index].map { " spread \(short($0))" } ?? ""))
                }
            }
            return lines
        case .data(let data):
            var lines = [
                "data \(data.format.rawValue) '\(data.file)'" + (data.study.map { " study '\($0)'" } ?? "")
                    + " \(data.count) trials" + (data.skipped > 0 ? " (\(data.skipped) skipped)" : "")
                    + " score '\(data.scoreColumn)' \(data.direction.rawValue)"
            ]
            for (index, column) in zip(data.mapped, data.mappedColumns) {
                lines.append("  \(name(index)) <- '\(column)'")
            }
            lines.append("  digest \(data.digest)")
            return lines
        }
    }

    private func plotLines() -> [String] {
        switch plot {
        case .heatmap(let h):
            return [
                "plot heatmap x \(name(h.x)) y \(name(h.y)) shows \(h.shown.rawValue)"
                    + (h.landscape == .noiseFree ? " of the noise-free landscape" : "")
            ]
                + colorLines(h.color)
                + (h.contours.isEmpty
                    ? []
                    : [
                        "  contours \(h.contours.map(short).joined(separator: ", ")) "
                            + "colour \(describe(h.contourColor))"
                    ])
                + axisLines(["x": h.xAxis, "y": h.yAxis]) + estimateLines(h.estimate, trials: h.drawsTrials)
        case .surface(let s):
            return [
                "plot surface3d x \(name(s.x)) y \(name(s.y)) shows \(s.shown.rawValue) "
                    + (s.landscape == .noiseFree ? "of the noise-free landscape " : "")
                    + "elevation \(short(s.elevation)) azimuth \(short(s.azimuth))"
            ]
                + colorLines(s.color) + axisLines(["x": s.xAxis, "y": s.yAxis, "z": s.zAxis])
                + estimateLines(s.estimate, trials: false)
        case .parallelCoordinates(let p):
            return [
                "plot parallel_coordinates axes \(p.axes.map(name).joined(separator: ", ")) "
                    + "shows \(p.shown.rawValue) line width \(short(p.lineWidth)) opacity \(short(p.opacity))"
            ]
                + colorLines(p.color)
        case .scatter(let s):
            return [
                "plot scatter x \(name(s.x)) y \(name(s.y)) shows \(s.shown.rawValue) "
                    + "marker \(short(s.markerSize)) opacity \(short(s.opacity))"
                    + (s.edgeColor.map { " edge \(describe($0))" } ?? "")
            ]
                + colorLines(s.color) + axisLines(["x": s.xAxis, "y": s.yAxis])
        case .slice(let s):
            let series = s.series.map { " curves at \(name($0.parameter)) \($0.values.map(short))" } ?? ""
            return [
                "plot slice x \(name(s.x))\(series) shows \(s.shown.rawValue) resolution \(s.resolution) "
                    + "noise band \(s.noiseBand) points \(s.points) optimum \(s.optimum)"
            ] + axisLines(["x": s.xAxis, "y": s.yAxis])
        case .history(let h):
            return [
                "plot history shows \(h.shown.rawValue) marker \(short(h.markerSize)) opacity \(short(h.opacity)) "
                    + "points \(describe(h.pointColor))" + (h.edgeColor.map { " edge \(describe($0))" } ?? "")
                    + " best line \(describe(h.bestColor)) width \(short(h.lineWidth))"
                    + (h.valueScale == .linear ? "" : " value scale \(h.valueScale.rawValue)")
            ] + axisLines(["x": h.xAxis, "y": h.yAxis])
        case .importance(let i):
            return [
                "plot importance of \(i.parameters.map(name).joined(separator: ", ")) nodes \(i.nodes) "
                    + "color \(describe(i.color))" + (i.clipped ? " clipped" : "")
            ]
        }
    }

    private func colorLines(_ c: ColorEncoding) -> [String] {
        var lines = [
            "  colormap \(c.colormap.name)" + (c.colormap.isReversed ? " reversed" : "")
                + " over \(short(c.lower))…\(short(c.upper)), bar " + (c.label.map(quoted) ?? "hidden")
        ]
        for bucket in c.buckets {
            lines.append("  bucket below \(short(bucket.upper)) \(quoted(bucket.label)) \(describe(bucket.color))")
        }
        return lines
    }

    private func axisLines(_ axes: [String: AxisOptions]) -> [String] {
        axes.keys.sorted().compactMap { key in
            guard let axis = axes[key], axis != .automatic else { return nil }
            return "  \(key) axis" + (axis.label.map { " label \(quoted($0))" } ?? "")
                + (axis.tickFormat.map { " ticks \(describe($0))" } ?? "") + (axis.grid ? " grid" : "")
        }
    }

    private func annotationLines(_ kind: AnnotationKind) -> [String] {
        switch kind {
        case .label(let l):
            return [
                "text \(describe(l.text))"
                    + (l.target.map { " at \(describe($0))" } ?? "")
                    + (l.position.map { " label at \(describe($0))" } ?? "")
                    + (l.offset.map { " offset \(short($0.dx)),\(short($0.dy))" } ?? "")
                    + (l.arrow ? " arrow" : "") + " style \(l.style.rawValue)"
                    + (l.fontSize.map { " font \(short($0))" } ?? "") + (l.axis.map { " axis \(name($0))" } ?? "")
            ]
        case .marker(let m):
            return [
                "marker \(m.shape.rawValue) at \(describe(m.at)) size \(short(m.size)) \(describe(m.color))"
                    + (m.legend.map { " legend \(describe($0))" } ?? "") + (m.axis.map { " axis \(name($0))" } ?? "")
            ]
        case .line(let l):
            return [
                "line \(name(l.parameter)) = \(short(l.value)) \(describe(l.style))"
                    + (l.legend.map { " legend \(quoted($0))" } ?? "")
            ]
        case .region(let r):
            let bounds = r.bounds.keys.sorted().compactMap { index in
                r.bounds[index].map { "\(name(index)) \(short($0.lowerBound))…\(short($0.upperBound))" }
            }
            return [
                "region \(bounds.joined(separator: ", ")) fill \(describe(r.fill))"
                    + (r.outline.map { " outline \(describe($0))" } ?? "")
                    + (r.legend.map { " legend \(quoted($0))" } ?? "")
            ]
        case .curve(let c):
            return [
                "curve \(name(c.parameter)) = \(c.formula.expression) \(describe(c.style))"
                    + (c.legend.map { " legend \(quoted($0))" } ?? "")
            ]
        }
    }

    // MARK: - Values

    private func describe(_ shape: TermShape) -> String {
        switch shape {
        case .bell(let b):
            "bell height \(short(b.height)) at "
                + b.axes.map {
                    "\(name($0.parameter))=\(short($0.center)) width \(short($0.widthBelow))/\(short($0.widthAbove))"
                }.joined(separator: ", ")
        case .ridge(let r):
            "ridge height \(short(r.height)) along \(r.along.expression) centre \(short(r.center)) "
                + "width \(short(r.widthBelow))/\(short(r.widthAbove))"
        case .penalty(let p):
            "penalty \(short(p.strength)) \(p.shape.rawValue) when \(p.when.expression) softness \(short(p.softness))"
        case .interaction(let i): "interaction \(short(i.strength)) · (\(i.x.expression)) · (\(i.y.expression))"
        case .expression(let f): "expr \(f.expression)"
        case .noise(let n): "noise sigma \(n.sigma.expression) stream \(String(n.streamKey, radix: 16))"
        }
    }

    /// `"Best: " {score pattern "%.3f"}`: literal pieces quoted, each field with its resolved format.
    private func describe(_ template: LabelTemplate) -> String {
        template.pieces.map { piece in
            switch piece {
            case .literal(let text): quoted(text)
            case .field(let field):
                "{" + describe(field.quantity) + " pattern \(quoted(field.pattern.text))"
                    + (field.categories.map { " categories \($0)" } ?? "") + "}"
            }
        }.joined(separator: " ")
    }

    private func describe(_ quantity: LabelTemplate.Quantity) -> String {
        switch quantity {
        case .score: "score"
        case .trueScore: "true_score"
        case .value: "value"
        case .parameter(let index): "parameter \(name(index))"
        }
    }

    private func describe(_ anchor: AnchorPoint) -> String {
        switch anchor {
        case .argmax: "argmax"
        case .argmin: "argmin"
        case .trueArgmax: "true_argmax"
        case .trueArgmin: "true_argmin"
        case .topMedian(let fraction): "top \(short(fraction))"
        case .data(let values):
            "{" + values.keys.sorted().map { "\(name($0)): \(short(values[$0] ?? .nan))" }.joined(separator: ", ") + "}"
        }
    }

    private func describe(_ format: TickFormat) -> String {
        switch format {
        case .auto: "auto"
        case .plain: "plain"
        case .scientific: "scientific"
        case .power: "power"
        case .percent: "percent"
        case .pattern(let pattern): "pattern \(quoted(pattern.text))"
        }
    }

    private func describe(_ style: LineStyle) -> String {
        "\(describe(style.color)) width \(short(style.width))" + (style.dashed ? " dashed" : "")
    }

    /// `#rrggbb`, with `@alpha` when not opaque.
    private func describe(_ color: ColorValue) -> String {
        RGB(r: color.red, g: color.green, b: color.blue).hex + (color.alpha == 1 ? "" : "@\(short(color.alpha))")
    }

    private func name(_ parameter: Int) -> String { parameters[parameter].name }

    /// In double quotes with Swift's escapes, so a line break or quote in the text cannot break a line.
    private func quoted(_ text: String) -> String { text.debugDescription }

    private func short(_ v: Double) -> String { formatNumber(v, format: "%g") }
}
