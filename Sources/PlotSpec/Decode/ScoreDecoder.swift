import PlotDiagnostics
import PlotFormula
import PlotYAML

extension DecodeContext {
    func decodeScore(_ node: YAMLNode) -> ScoreModel? {
        let d = language.score
        guard let map = MappingReader(node, .score, context: self) else { return nil }
        let baseline = number(map, d.baseline)
        let defaultClip = d.clip.defaultValue
        var clip: ClosedRange<Double>? =
            defaultClip.first <= defaultClip.second
            ? defaultClip.first...defaultClip.second : nil
        if let clipNode = map[d.clip.key] {
            if case .bool(false)? = clipNode.scalar?.value {
                clip = nil
            } else if case .null? = clipNode.scalar?.value {
                report(Messages.Spec.nullClip(at: clipNode.span))
            } else {
                clip = numberPair(clipNode, d.clip.name).map { $0.0...$0.1 }
            }
        }
        var terms: [Term] = []
        if let termsNode = map[d.terms], let items = list(termsNode, "terms") {
            if items.count > SpecLimits.maxTerms {
                report(
                    Messages.Spec.tooLarge(
                        "\(items.count) terms", limit: "\(SpecLimits.maxTerms)",
                        at: termsNode.span))
            } else {
                var noiseKeys: [UInt64: Int] = [:]
                for item in items {
                    if let term = decodeTerm(item, noiseKeys: &noiseKeys) { terms.append(term) }
                }
                checkNoiseSigmas(terms)
            }
        }
        return ScoreModel(baseline: baseline, terms: terms, clip: clip)
    }

    private func decodeTerm(_ node: YAMLNode, noiseKeys: inout [UInt64: Int]) -> Term? {
        let d = language.term
        guard let map = MappingReader(node, .term, context: self) else { return nil }
        let name = map[d.name].flatMap { string($0, "term name") }
        guard let shape = decodeShape(map, node: node, allowNoise: true, name: name, noiseKeys: &noiseKeys) else {
            return nil
        }
        // A name only identifies a noise term's random stream; on any other term it would do nothing.
        let isNoise = if case .noise = shape { true } else { false }
        if !isNoise, name != nil, let nameKey = map.keyNode(d.name) {  // a name that failed is reported already
            report(
                Messages.Spec.keyUnused(
                    d.name.name,
                    because: "only a noise term uses its name (to key its random stream)",
                    at: nameKey.span))
            return nil
        }
        var factors: [TermShape] = []
        if let timesNode = map[d.times], let items = list(timesNode, "times") {
            if items.count > SpecLimits.maxFactors {
                report(
                    Messages.Spec.tooLarge(
                        "\(items.count) factors", limit: "\(SpecLimits.maxFactors)",
                        at: timesNode.span))
                return nil
            }
            for item in items {
                guard let factorMap = MappingReader(item, .factor, context: self) else { continue }
                var unused: [UInt64: Int] = [:]
                if let factor = decodeShape(factorMap, node: item, allowNoise: false, name: nil, noiseKeys: &unused) {
                    factors.append(factor)
                }
            }
        }
        return Term(shape: shape, factors: factors, span: node.span)
    }

    private func decodeShape(
        _ map: MappingReader, node: YAMLNode, allowNoise: Bool, name: String?, noiseKeys: inout [UInt64: Int]
    ) -> TermShape? {
        let d = language.term
        let kinds = d.kinds.map(\.name)
        let factorKinds = d.factorKinds.map(\.name)
        // The term's kinds are looked for in a factor too, so a noise factor gets its own message below.
        let present = kinds.filter { map.has($0) }
        guard present.count == 1, let kind = present.first, let body = map[kind] else {
            report(
                Messages.Spec.exactlyOne(
                    of: allowNoise ? kinds : factorKinds,
                    in: allowNoise ? "a term" : "a factor", at: node.span))
            return nil
        }
        switch kind {
        case d.bell.name: return decodeBell(body).map(TermShape.bell)
        case d.ridge.name: return decodeRidge(body).map(TermShape.ridge)
        case d.penalty.name: return decodePenalty(body).map(TermShape.penalty)
        case d.interaction.name: return decodeInteraction(body).map(TermShape.interaction)
        case d.expr.name: return formula(body, "expr").map(TermShape.expression)
        default:
            // Noise adds to the score; as a factor it would scale a term by a random number.
            guard allowNoise else {
                report(
                    Messages.Spec.exactlyOne(
                        of: factorKinds, in: "a factor",
                        at: map.keyNode(kind)?.span ?? node.span))
                return nil
            }
            return decodeNoise(body, name: name, noiseKeys: &noiseKeys).map(TermShape.noise)
        }
    }

    // MARK: - Shapes

    private func width(_ node: YAMLNode, _ what: String) -> (Double, Double)? {
        if let items = node.sequence {
            guard items.count == 2 else {
                report(
                    Messages.Spec.wrongType(
                        expected: "a width or [below, above] for \(what)",
                        found: node.kindDescription, at: node.span))
                return nil
            }
            guard let a = positiveNumber(items[0], what), let b = positiveNumber(items[1], what) else { return nil }
            return (a, b)
        }
        return positiveNumber(node, what).map { ($0, $0) }
    }

    private func decodeBell(_ node: YAMLNode) -> Bell? {
        let d = language.bell
        guard let map = MappingReader(node, .bell, context: self) else { return nil }
        let height = number(map, d.height)
        guard let centerNode = map.required(d.center),
            let centers = MappingReader(centerNode, namesIn: "bell center", context: self),
            let widthNode = map.required(d.width)
        else { return nil }
        let widthMap =
            widthNode.mapping != nil
            ? MappingReader(widthNode, namesIn: "bell width", context: self) : nil
        let sharedWidth = widthNode.mapping == nil ? width(widthNode, "bell width") : nil
        var axes: [Bell.Axis] = []
        if centers.entries.isEmpty {
            report(Messages.Spec.missingKey("at least one parameter", in: "bell center", at: centerNode.span))
        }
        for pair in centers.entries {
            guard let name = pair.keyText, let index = parameter(named: name, at: pair.key),
                let center = parameterValue(pair.value, of: parameters[index], "bell center of '\(name)'")
            else { continue }
            let p = parameters[index]
            if p.scale.isLogarithmic, center <= 0 {
                report(Messages.Spec.outOfRange("a centre on a log scale", "positive", at: pair.value.span))
                continue
            }
            var w = sharedWidth
            if let widthMap {
                if let wNode = widthMap[name] {
                    w = width(wNode, "bell width of '\(name)'")
                } else {
                    report(Messages.Spec.missingKey(name, in: "bell width", at: widthNode.span))
                }
            }
            guard let (below, above) = w else { continue }
            axes.append(.init(parameter: index, center: center, widthBelow: below, widthAbove: above))
        }
        if let widthMap {
            for pair in widthMap.entries where pair.keyText.map({ centers[$0] == nil }) == true {
                report(Messages.Spec.missingKey(pair.keyText ?? "", in: "bell center", at: pair.key.span))
            }
        }
        guard !axes.isEmpty, axes.count == centers.entries.count else { return nil }
        return Bell(axes: axes, height: height)
    }

    private func decodeRidge(_ node: YAMLNode) -> Ridge? {
        let d = language.ridge
        guard let map = MappingReader(node, .ridge, context: self) else { return nil }
        let along = map.required(d.along).flatMap { formula($0, "ridge 'along'") }
        let center = number(map, d.center, "ridge center")
        let w = map.required(d.width).flatMap { width($0, "ridge width") }
        let height = number(map, d.height)
        guard let along, let w else { return nil }
        return Ridge(along: along, center: center, widthBelow: w.0, widthAbove: w.1, height: height)
    }

    private func decodePenalty(_ node: YAMLNode) -> Penalty? {
        let d = language.penalty
        guard let map = MappingReader(node, .penalty, context: self) else { return nil }
        let when = map.required(d.when).flatMap { formula($0, "penalty 'when'", expecting: .boolean) }
        let strength = number(map, d.strength)
        let softness = number(map, d.softness)
        let shape = choice(map, d.shape, "penalty shape")
        guard let when else { return nil }
        if shape != .sigmoid {
            guard case .binary(let op, _, _, _) = when.expression,
                [.less, .lessEqual, .greater, .greaterEqual].contains(op)
            else {
                report(Messages.Spec.penaltyShapeNeedsComparison(shape.rawValue, at: when.span))
                return nil
            }
        }
        return Penalty(when: when, strength: strength, softness: softness, shape: shape)
    }

    private func decodeInteraction(_ node: YAMLNode) -> Interaction? {
        let d = language.interaction
        guard let map = MappingReader(node, .interaction, context: self) else { return nil }
        let x = map.required(d.x).flatMap { formula($0, "interaction x") }
        let y = map.required(d.y).flatMap { formula($0, "interaction y") }
        let strength = number(map, d.strength)
        guard let x, let y else { return nil }
        return Interaction(x: x, y: y, strength: strength)
    }

    private func decodeNoise(_ node: YAMLNode, name: String?, noiseKeys: inout [UInt64: Int]) -> Noise? {
        // `noise: 0.02` is shorthand for `noise: {sigma: 0.02}`.
        let sigmaNode: YAMLNode?
        var stream = name
        if node.scalar != nil {
            sigmaNode = node
        } else {
            let d = language.noise
            guard let map = MappingReader(node, .noise, context: self) else { return nil }
            sigmaNode = map.required(d.sigma)
            if let s = map[d.stream].flatMap({ string($0, "noise stream") }) { stream = s }
        }
        guard let sigmaNode, let sigma = formula(sigmaNode, "noise sigma") else { return nil }
        let identity = Self.noiseIdentity(stream: stream, sigma: sigma.expression)
        var key = StableHash.fnv1a("noise:" + identity)
        let seen = noiseKeys[key, default: 0]
        noiseKeys[key] = seen + 1
        if seen > 0 { key = StableHash.fnv1a("noise:\(seen):" + identity) }
        return Noise(sigma: sigma, streamKey: key)
    }

    /// What a noise stream is keyed by (docs/spec-reference.md, "Determinism"): the term's `stream`
    /// name, else its `name`, else its sigma formula in canonical form with defined names as written
    /// (`0.012 + 0.05 * sigmoid(2 * (4.5 - b))`). Never the definitions' expansion: that can be
    /// exponentially long, and editing a definition the sigma uses should not reshuffle the noise.
    /// Other terms do not enter it, so tuning, adding or removing them never changes this term's noise.
    static func noiseIdentity(stream: String?, sigma: Expression) -> String {
        stream ?? sigma.description
    }
}
