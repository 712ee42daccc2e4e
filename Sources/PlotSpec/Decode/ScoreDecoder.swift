import PlotDiagnostics
import PlotFormula
import PlotYAML

extension DecodeContext {
    static let scoreKeys = ["baseline", "terms", "clip"]
    static let termKinds = ["bell", "ridge", "penalty", "interaction", "expr", "noise"]
    static let termKeys = termKinds + ["times", "name"]

    func decodeScore(_ node: YAMLNode) -> ScoreModel? {
        guard let map = MappingReader(node, section: "score", known: Self.scoreKeys, context: self) else { return nil }
        let baseline = map["baseline"].flatMap { number($0, "baseline") } ?? 0
        var clip: ClosedRange<Double>? = 0...1
        if let clipNode = map["clip"] {
            if case .bool(false)? = clipNode.scalar?.value {
                clip = nil
            } else if case .null? = clipNode.scalar?.value {
                report(Messages.Spec.nullClip(at: clipNode.span))
            } else {
                clip = numberPair(clipNode, "clip").map { $0.0...$0.1 }
            }
        }
        var terms: [Term] = []
        if let termsNode = map["terms"], let items = list(termsNode, "terms") {
            if items.count > SpecLimits.maxTerms {
                report(Messages.Spec.tooLarge("\(items.count) terms", limit: "\(SpecLimits.maxTerms)",
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
        guard let map = MappingReader(node, section: "a term", known: Self.termKeys, context: self) else {
            return nil
        }
        let name = map["name"].flatMap { string($0, "term name") }
        guard let shape = decodeShape(map, node: node, allowNoise: true, name: name, noiseKeys: &noiseKeys) else {
            return nil
        }
        // A name only identifies a noise term's random stream; on any other term it would do nothing.
        let isNoise = if case .noise = shape { true } else { false }
        if !isNoise, name != nil, let nameKey = map.keyNode("name") {  // a name that failed is reported already
            report(Messages.Spec.keyUnused("name", because: "only a noise term uses its name (to key its random stream)",
                                           at: nameKey.span))
            return nil
        }
        var factors: [TermShape] = []
        if let timesNode = map["times"], let items = list(timesNode, "times") {
            if items.count > SpecLimits.maxFactors {
                report(Messages.Spec.tooLarge("\(items.count) factors", limit: "\(SpecLimits.maxFactors)",
                                              at: timesNode.span))
                return nil
            }
            for item in items {
                guard let factorMap = MappingReader(item, section: "a factor", known: Self.termKinds, context: self)
                else { continue }
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
        let present = Self.termKinds.filter { map.has($0) }
        guard present.count == 1, let kind = present.first, let body = map[kind] else {
            report(Messages.Spec.exactlyOne(of: allowNoise ? Self.termKinds : Self.termKinds.filter { $0 != "noise" },
                                            in: allowNoise ? "a term" : "a factor", at: node.span))
            return nil
        }
        switch kind {
        case "bell": return decodeBell(body).map(TermShape.bell)
        case "ridge": return decodeRidge(body).map(TermShape.ridge)
        case "penalty": return decodePenalty(body).map(TermShape.penalty)
        case "interaction": return decodeInteraction(body).map(TermShape.interaction)
        case "expr": return formula(body, "expr").map(TermShape.expression)
        default:
            // Noise adds to the score; as a factor it would scale a term by a random number.
            guard allowNoise else {
                report(Messages.Spec.exactlyOne(of: Self.termKinds.filter { $0 != "noise" }, in: "a factor",
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
                report(Messages.Spec.wrongType(expected: "a width or [below, above] for \(what)",
                                               found: node.kindDescription, at: node.span))
                return nil
            }
            guard let a = positiveNumber(items[0], what), let b = positiveNumber(items[1], what) else { return nil }
            return (a, b)
        }
        return positiveNumber(node, what).map { ($0, $0) }
    }

    private func decodeBell(_ node: YAMLNode) -> Bell? {
        guard let map = MappingReader(node, section: "bell", known: ["center", "width", "height"], context: self)
        else { return nil }
        let height = map["height"].flatMap { number($0, "height") } ?? 1
        guard let centerNode = map.required("center"),
              let centers = MappingReader(centerNode, section: "bell center", known: [], context: self),
              let widthNode = map.required("width")
        else { return nil }
        let widthMap = widthNode.mapping != nil
            ? MappingReader(widthNode, section: "bell width", known: [], context: self) : nil
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
        guard let map = MappingReader(node, section: "ridge", known: ["along", "center", "width", "height"],
                                      context: self)
        else { return nil }
        let along = map.required("along").flatMap { formula($0, "ridge 'along'") }
        let center = map["center"].flatMap { number($0, "ridge center") } ?? 0
        let w = map.required("width").flatMap { width($0, "ridge width") }
        let height = map["height"].flatMap { number($0, "height") } ?? 1
        guard let along, let w else { return nil }
        return Ridge(along: along, center: center, widthBelow: w.0, widthAbove: w.1, height: height)
    }

    private func decodePenalty(_ node: YAMLNode) -> Penalty? {
        guard let map = MappingReader(node, section: "penalty", known: ["when", "strength", "softness", "shape"],
                                      context: self)
        else { return nil }
        let when = map.required("when").flatMap { formula($0, "penalty 'when'", expecting: .boolean) }
        let strength = map["strength"].flatMap { number($0, "strength") } ?? 1
        let softness = map["softness"].flatMap {
            number($0, "softness", in: 0...Double.greatestFiniteMagnitude, requirement: "0 or more")
        } ?? 0
        let shape = map["shape"].flatMap { choice($0, "penalty shape", Penalty.Shape.self) } ?? .sigmoid
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
        guard let map = MappingReader(node, section: "interaction", known: ["x", "y", "strength"], context: self)
        else { return nil }
        let x = map.required("x").flatMap { formula($0, "interaction x") }
        let y = map.required("y").flatMap { formula($0, "interaction y") }
        let strength = map["strength"].flatMap { number($0, "strength") } ?? 1
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
            guard let map = MappingReader(node, section: "noise", known: ["sigma", "stream"], context: self) else {
                return nil
            }
            sigmaNode = map.required("sigma")
            if let s = map["stream"].flatMap({ string($0, "noise stream") }) { stream = s }
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
