import PlotDiagnostics
import PlotFormula
import PlotScales
import PlotYAML

/// Checks for values a later stage would otherwise clamp, round away or never use.
extension DecodeContext {
    /// An integer parameter must be able to take a whole number, and listed values must be whole (and
    /// positive on a log scale): otherwise snapping would move every sample off the declared values.
    func checkDiscreteBounds(
        name: String, map: MappingReader, integer: Bool, scale: ScaleKind,
        bounds: (Double, Double)?, values: [Double]?
    ) -> Bool {
        var ok = true
        if let values, let items = map[language.parameter.values]?.sequence {
            for item in items {
                guard let v = item.scalar?.number else { continue }
                if scale.isLogarithmic, v <= 0 {
                    report(Messages.Spec.logRangeNotPositive(scale.rawValue, at: item.span))
                    ok = false
                } else if integer, v.rounded() != v, values.contains(v) {
                    report(Messages.Spec.integerValueNotWhole(item.scalar?.text ?? "\(v)", of: name, at: item.span))
                    ok = false
                }
            }
        } else if integer, let (lo, hi) = bounds, lo.rounded(.up) > hi.rounded(.down),
            let node = map[language.parameter.range]
        {
            report(Messages.Spec.noWholeNumber(name, at: node.span))
            ok = false
        }
        return ok
    }

    /// A constant negative noise sigma is refused here; one negative only somewhere is found when the
    /// landscape is evaluated (`eval.negative-sigma`).
    func checkNoiseSigmas(_ terms: [Term]) {
        for term in terms {
            guard case .noise(let noise) = term.shape,
                let program = try? CompiledFormula(
                    noise.sigma.expression, variables: parameterNames,
                    definitions: definitions),
                let value = program.constantValue, value < 0
            else { continue }
            report(Messages.Spec.negativeSigma(at: noise.sigma.span))
        }
    }

    /// `hold` entries for parameters the sampling varies: the held value would never be used.
    func checkHold(_ holdNode: YAMLNode, sampling: Sampling) {
        guard let pairs = holdNode.mapping else { return }
        for pair in pairs {
            guard let name = pair.keyText, let index = parameters.firstIndex(where: { $0.name == name }) else {
                continue
            }
            switch sampling {
            case .grid(let grid) where grid.axes.contains(where: { $0.parameter == index }):
                report(Messages.Spec.holdOfSampled(name, onGrid: true, at: pair.key.span, sampledAt: grid.span))
            case .trials(let trials) where trials.draws(index):
                report(
                    Messages.Spec.holdOfSampled(
                        name, onGrid: false,
                        at: pair.key.span, sampledAt: trials.span))
            case .data(let data) where data.draws(index):
                let column = data.mapped.firstIndex(of: index).map { data.mappedColumns[$0] } ?? name
                report(Messages.DataMapping.holdOfMapped(name, column: column, at: pair.key.span, dataAt: data.span))
            default:
                break
            }
        }
    }
}

extension DecodeContext {
    /// `pixels` derives the page size or the dpi; the result must respect the limits `size` and `dpi` have
    /// when written directly (1–100 inches a side, 10–1200 dpi), or `pixels` would be a way around them.
    func checkPixelPage(width: Double, height: Double, dpi: Double, at node: YAMLNode) {
        func inches(_ v: Double) -> String { "\(NumberFormat.format(v, "%.3g")) in" }
        let dpiKey = language.figure.dpi.key
        let sizeKey = language.figure.size.key
        if !dpiKey.range.contains(dpi) {
            report(
                Messages.Spec.pixelsOutOfRange(
                    "resolution", "\(NumberFormat.format(dpi, "%.4g")) dpi",
                    requirement: (dpiKey.requirement ?? "") + " dpi", at: node.span))
        } else if !sizeKey.range.contains(width) || !sizeKey.range.contains(height) {
            let requirement = (sizeKey.requirement ?? "") + " a side (change dpi or size)"
            report(
                Messages.Spec.pixelsOutOfRange(
                    "page", "\(inches(width)) × \(inches(height))",
                    requirement: requirement,
                    at: node.span))
        }
    }
}

extension DecodeContext {
    /// A held value (`default`, `hold`) the parameter cannot take — 2.5 for an integer, 5 when `values` are
    /// [2, 4, 8] — would be snapped silently; it is an error instead.
    func heldValueTakenAsWritten(_ value: Double, of parameter: Parameter, at node: YAMLNode) -> Double? {
        let snapped = parameter.snap(value)
        guard snapped == value || parameter.isCategorical else {
            let text = node.scalar?.text ?? "\(value)"
            if let values = parameter.values {
                let listed = values.map { NumberFormat.format($0, "%g") }.joined(separator: ", ")
                report(Messages.Spec.heldValueNotListed(text, of: parameter.name, values: listed, at: node.span))
            } else {
                report(Messages.Spec.integerValueNotWhole(text, of: parameter.name, at: node.span))
            }
            return nil
        }
        return snapped
    }
}

extension DecodeContext {
    /// The focus draws `round(fraction × count)` trials: a positive fraction that rounds to none would
    /// leave `center` and `spread` without effect.
    func checkFocusDrawsTrials(_ focus: TrialSampling.Focus, count: Int, focusNode: YAMLNode) {
        guard focus.fraction > 0, (focus.fraction * Double(count)).rounded() < 1,
            let fraction = focusNode.mapping?.first(where: { $0.keyText == "fraction" })?.value
        else { return }
        report(
            Messages.Spec.keyUnused(
                "focus",
                because: "a fraction of \(fraction.scalar?.text ?? "") of \(count) "
                    + "trials rounds to no trials", at: fraction.span))
    }
}
