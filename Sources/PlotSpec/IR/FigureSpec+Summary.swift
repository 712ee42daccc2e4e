import PlotScales

/// A readable, stable text form of the typed IR, for `plotspec dump --stage spec`.
extension FigureSpec {
    public func summary() -> String {
        var out = "figure \(figure.title.map { "\"\($0)\"" } ?? "(untitled)") \(short(figure.widthInches))×"
            + "\(short(figure.heightInches)) in at \(short(figure.dpi)) dpi → \(figure.output)\n"
        out += "seed \(seed)\n"
        for p in parameters {
            out += "parameter \(p.name): \(short(p.lower))…\(short(p.upper)) \(p.scale.rawValue)"
                + (p.integer ? " integer" : "")
                + (p.categories.map { " categories \($0)" } ?? p.values.map { " values \($0.map(short))" } ?? "")
                + ", held at \(short(p.heldValue)), label \"\(p.label)\"\n"
        }
        for definition in definitions.entries { out += "define \(definition.name) = \(definition.expression)\n" }
        switch sampling {
        case .grid(let g):
            out += "grid " + g.axes.map { "\(parameters[$0.parameter].name) \($0.count)" }.joined(separator: " × ")
                + " = \(g.cellCount) cells\n"
        case .trials(let t):
            out += "trials \(t.count) \(t.method.rawValue)" + (t.focus.map { " focus \(short($0.fraction))" } ?? "") + "\n"
        }
        out += "score baseline \(short(score.baseline))" + (score.clip.map { " clip \(short($0.lowerBound))…\(short($0.upperBound))" } ?? "") + "\n"
        for term in score.terms {
            out += "  term " + describe(term.shape) + "\n"
            for factor in term.factors { out += "    × " + describe(factor) + "\n" }
        }
        out += "plot \(plot.kindName)\n"
        out += "annotations \(annotations.count)\n"
        return out
    }

    private func describe(_ shape: TermShape) -> String {
        switch shape {
        case .bell(let b):
            "bell height \(short(b.height)) at " + b.axes.map { "\(parameters[$0.parameter].name)=\(short($0.center))" }.joined(separator: ", ")
        case .ridge(let r): "ridge height \(short(r.height)) along \(r.along.expression) centre \(short(r.center))"
        case .penalty(let p): "penalty \(short(p.strength)) \(p.shape.rawValue) when \(p.when.expression) softness \(short(p.softness))"
        case .interaction(let i): "interaction \(short(i.strength)) · (\(i.x.expression)) · (\(i.y.expression))"
        case .expression(let f): "expr \(f.expression)"
        case .noise(let n): "noise sigma \(n.sigma.expression) stream \(String(n.streamKey, radix: 16))"
        }
    }

    private func short(_ v: Double) -> String { formatNumber(v, format: "%g") }
}
