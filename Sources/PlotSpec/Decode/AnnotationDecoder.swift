import PlotDiagnostics
import PlotScales
import PlotYAML

extension DecodeContext {
    func decodeAnnotations(_ node: YAMLNode, plot: Plot?) -> [Annotation] {
        guard let items = list(node, "annotations") else { return [] }
        if items.count > SpecLimits.maxAnnotations {
            report(
                Messages.Spec.tooLarge(
                    "\(items.count) annotations", limit: "\(SpecLimits.maxAnnotations)",
                    at: node.span))
            return []
        }
        return items.compactMap { decodeAnnotation($0, plot: plot) }
    }

    private func decodeAnnotation(_ node: YAMLNode, plot: Plot?) -> Annotation? {
        guard let pairs = node.mapping else {
            report(
                Messages.Spec.wrongType(
                    expected: "a mapping for an annotation", found: node.kindDescription,
                    at: node.span))
            return nil
        }
        let kinds = language.annotationKinds
        let present = kinds.filter { kind in pairs.contains { $0.keyText == kind.kind } }
        guard present.count == 1, let (kind, section) = present.first,
            let map = MappingReader(node, section, context: self),
            let body = map[kind]
        else {
            report(Messages.Spec.exactlyOne(of: kinds.map(\.kind), in: "an annotation", at: node.span))
            return nil
        }
        let decoded: AnnotationKind?
        switch section {
        case .textAnnotation: decoded = decodeLabel(map, body).map(AnnotationKind.label)
        case .markerAnnotation: decoded = decodeMarker(map, body).map(AnnotationKind.marker)
        case .lineAnnotation: decoded = decodeLine(map, body).map(AnnotationKind.line)
        case .regionAnnotation: decoded = decodeRegion(map, body).map(AnnotationKind.region)
        default: decoded = decodeCurve(map, body).map(AnnotationKind.curve)
        }
        if let decoded, let plot { checkDrawn(decoded, kindKey: kind, map: map, on: plot) }
        return decoded.map { Annotation(kind: $0, span: node.span) }
    }

    private func decodeLabel(_ map: MappingReader, _ body: YAMLNode) -> LabelAnnotation? {
        let text = string(body, "annotation text")
        if let text {
            checkPlaceholders(text, at: body)
            checkPlaceholderSyntax(text, at: body)
        }
        let d = language.textAnnotation
        let target = map[d.at].flatMap { anchor($0) }
        let position = map[d.labelAt].flatMap { anchor($0) }
        var offset: Offset?
        if let node = map[d.offset] {
            if let items = node.sequence, items.count == 2,
                let dx = number(items[0], "offset"), let dy = number(items[1], "offset")
            {
                offset = Offset(dx: dx, dy: dy)
            } else if node.sequence == nil || node.sequence?.count != 2 {
                report(
                    Messages.Spec.wrongType(
                        expected: "[dx, dy] in points for offset", found: node.kindDescription,
                        at: node.span))
            }
        }
        let arrow = map[d.arrow].flatMap { bool($0, "arrow") } ?? (target != nil && (position != nil || offset != nil))
        let style = choice(map, d.style, "label style")
        let fontSize = number(map, d.fontSize)
        let axis = map[d.axis].flatMap { axisParameter($0) }
        guard let text else { return nil }
        if target == nil, position == nil, !map.has(d.at), !map.has(d.labelAt) {
            report(Messages.Spec.missingKey(d.at.name, in: "a text annotation", at: map.node.span))
            return nil
        }
        if !map.has(d.at) {
            reportUnfilledPlaceholders(text, at: body, in: nil)
            if arrow, let key = map.keyNode(d.arrow) {
                report(
                    Messages.Spec.keyUnused(
                        "arrow", because: "an arrow points at 'at', which is not given",
                        at: key.span))
            }
        }
        if let target { checkSamplePlaceholders(text, at: body, point: target) }
        guard let template = labelTemplate(text) else { return nil }
        return LabelAnnotation(
            text: template, target: target, position: position, offset: offset, arrow: arrow,
            style: style, fontSize: fontSize, axis: axis)
    }

    private func decodeMarker(_ map: MappingReader, _ body: YAMLNode) -> MarkerAnnotation? {
        let d = language.markerAnnotation
        let shape = choice(body, "marker shape", MarkerAnnotation.Shape.self)
        let at = map.required(d.at).flatMap { anchor($0) }
        let size = number(map, d.size, "marker size")
        let color = self.color(map, d.color, "marker color")
        let legend = map[d.legend].flatMap { string($0, "legend") }
        if let legend, let node = map[d.legend] {
            checkPlaceholders(legend, at: node)
            checkPlaceholderSyntax(legend, at: node)
            if let at { checkSamplePlaceholders(legend, at: node, point: at) }
        }
        let axis = map[d.axis].flatMap { axisParameter($0) }
        let template = legend.flatMap { labelTemplate($0) }
        guard let shape, let at, (legend == nil) == (template == nil) else { return nil }
        return MarkerAnnotation(at: at, shape: shape, size: size, color: color, legend: template, axis: axis)
    }

    private func lineStyle(_ map: MappingReader, _ keys: LineStyleKeys) -> LineStyle {
        LineStyle(
            color: color(map, keys.color, "line color"), width: number(map, keys.width, "line width"),
            dashed: bool(map, keys.dashed))
    }

    private func decodeLine(_ map: MappingReader, _ body: YAMLNode) -> ReferenceLine? {
        guard let position = MappingReader(body, namesIn: "line", context: self) else { return nil }
        guard position.entries.count == 1, let pair = position.entries.first, let name = pair.keyText else {
            report(
                Messages.Spec.wrongType(
                    expected: "one 'parameter: value' for a line", found: body.kindDescription,
                    at: body.span))
            return nil
        }
        guard let index = parameter(named: name, at: pair.key), let value = pointValue(index, pair.value) else {
            return nil
        }
        return ReferenceLine(
            parameter: index, value: value, style: lineStyle(map, language.lineAnnotation.style),
            legend: unfilledLegend(map, of: "a line"))
    }

    private func decodeRegion(_ map: MappingReader, _ body: YAMLNode) -> RegionAnnotation? {
        guard let bounds = MappingReader(body, namesIn: "region", context: self) else { return nil }
        if bounds.entries.isEmpty {
            report(Messages.Spec.missingKey("at least one parameter", in: "region", at: body.span))
        }
        var result: [Int: ClosedRange<Double>] = [:]
        for pair in bounds.entries {
            guard let name = pair.keyText, let index = parameter(named: name, at: pair.key),
                let (lo, hi) = numberPair(pair.value, "region bounds of '\(name)'")
            else { continue }
            if parameters[index].scale.isLogarithmic, lo <= 0 {
                report(Messages.Spec.logRangeNotPositive(parameters[index].scale.rawValue, at: pair.value.span))
                continue
            }
            result[index] = lo...hi
        }
        let d = language.regionAnnotation
        let opacity = number(map, d.opacity)
        let base = color(map, d.color, "region color")
        let fill = ColorValue(red: base.red, green: base.green, blue: base.blue, alpha: opacity)
        let outline = map[d.outline].flatMap { color($0, "outline color") }
        guard !result.isEmpty else { return nil }
        return RegionAnnotation(
            bounds: result, fill: fill, outline: outline,
            legend: unfilledLegend(map, of: "a region"))
    }

    private func decodeCurve(_ map: MappingReader, _ body: YAMLNode) -> CurveAnnotation? {
        guard let curve = MappingReader(body, namesIn: "curve", context: self) else { return nil }
        guard curve.entries.count == 1, let pair = curve.entries.first, let name = pair.keyText else {
            report(
                Messages.Spec.wrongType(
                    expected: "one 'parameter: formula' for a curve",
                    found: body.kindDescription, at: body.span))
            return nil
        }
        guard let index = parameter(named: name, at: pair.key),
            let formula = formula(pair.value, "curve of '\(name)'")
        else { return nil }
        let style = lineStyle(map, language.curveAnnotation.style)
        return CurveAnnotation(
            parameter: index, formula: formula, style: style,
            legend: unfilledLegend(map, of: "a curve"))
    }

    // MARK: - Points

    /// The parameter named by an annotation's `axis:` key.
    private func axisParameter(_ node: YAMLNode) -> Int? {
        string(node, "axis").flatMap { parameter(named: $0, at: node) }
    }

    /// `argmax`, `argmin`, `true_argmax`, `true_argmin`, `{top: fraction}`, or `{parameter: value, …}` in data coordinates.
    func anchor(_ node: YAMLNode) -> AnchorPoint? {
        if let text = node.scalar?.text, node.mapping == nil {
            switch text {
            case "argmax": return .argmax
            case "argmin": return .argmin
            case "true_argmax": return .trueArgmax
            case "true_argmin": return .trueArgmin
            default:
                report(
                    Messages.Spec.unknownChoice(
                        text, for: "point",
                        choices: [
                            "argmax", "argmin", "true_argmax", "true_argmin", "{top: fraction}", "{parameter: value}"
                        ],
                        at: node.span,
                        suggestion: Suggestions.closest(
                            to: text, among: ["argmax", "argmin", "true_argmax", "true_argmin"])))
                return nil
            }
        }
        guard let map = MappingReader(node, namesIn: "a point", context: self) else { return nil }
        if let top = map.entries.first(where: { $0.keyText == "top" }), !parameterNames.contains("top") {
            return topAnchor(top.value, alone: map.entries.count == 1, at: node)
        }
        var coordinates: [Int: Double] = [:]
        for pair in map.entries {
            guard let name = pair.keyText, let index = parameter(named: name, at: pair.key),
                let value = pointValue(index, pair.value)
            else { continue }
            coordinates[index] = value
        }
        return coordinates.count == map.entries.count ? .data(coordinates) : nil
    }

    /// `{top: fraction}`: the fraction must be in (0, 1] and the key must stand alone.
    private func topAnchor(_ value: YAMLNode, alone: Bool, at node: YAMLNode) -> AnchorPoint? {
        guard alone else {
            report(
                Messages.Spec.wrongType(
                    expected: "'top' alone in a point, e.g. {top: 0.1}",
                    found: "other keys beside it", at: node.span))
            return nil
        }
        guard let fraction = number(value, "top fraction") else { return nil }
        guard fraction > 0, fraction <= 1 else {
            report(Messages.Spec.outOfRange("top fraction", "greater than 0 and at most 1", at: value.span))
            return nil
        }
        return .topMedian(fraction: fraction)
    }

    private func pointValue(_ index: Int, _ node: YAMLNode) -> Double? {
        guard let value = parameterValue(node, of: parameters[index], "a coordinate of '\(parameters[index].name)'")
        else { return nil }
        let p = parameters[index]
        if p.scale.isLogarithmic, value <= 0 {
            report(Messages.Spec.logRangeNotPositive(p.scale.rawValue, at: node.span))
            return nil
        }
        if value < p.lower || value > p.upper {
            report(Messages.Spec.annotationOutsidePlot(at: node.span))
        }
        return value
    }

    /// Placeholders `{name}` / `{name:%fmt}` must name a parameter, `score`, `true_score` or `value`.
    private func checkPlaceholders(_ text: String, at node: YAMLNode) {
        let allowed = parameterNames + LabelTemplate.sampleQuantities
        for placeholder in LabelText.scan(text)
        where !allowed.contains(placeholder.name)
            && !isDeclaredButBroken(placeholder.name)
        {
            // Point at the placeholder itself when the scalar's columns map one-to-one onto the line.
            var span = node.span
            if let scalar = node.scalar, scalar.columnsAreExact {
                let offset = text.distance(from: text.startIndex, to: placeholder.range.lowerBound)
                span = SourceSpan(
                    start: scalar.contentStart.advanced(byColumns: offset),
                    length: text.distance(from: placeholder.range.lowerBound, to: placeholder.range.upperBound))
            }
            report(
                Messages.Spec.unknownPlaceholder(
                    placeholder.name, at: span,
                    suggestion: Suggestions.closest(to: placeholder.name, among: allowed)))
        }
    }
}

/// Parsing of `{name}` and `{name:%.2f}` placeholders in annotation text; the decoder keeps the result
/// as a `LabelTemplate`, so nothing after it scans text again.
enum LabelText {
    struct Placeholder: Hashable, Sendable {
        var name: String
        /// The pattern after `:` as written.
        var format: String?
        /// `format` parsed; nil when it does not parse (reported by `checkPlaceholderSyntax`).
        var pattern: NumberPattern?
        var range: Range<String.Index>
    }

    static func scan(_ text: String) -> [Placeholder] {
        var result: [Placeholder] = []
        var index = text.startIndex
        while let open = text[index...].firstIndex(of: "{") {
            guard let close = text[open...].firstIndex(of: "}") else { break }
            let inner = text[text.index(after: open)..<close]
            let parts = inner.split(separator: ":", maxSplits: 1).map(String.init)
            if let name = parts.first, !name.isEmpty {
                let format = parts.count > 1 ? parts[1] : nil
                result.append(
                    Placeholder(
                        name: name, format: format, pattern: format.flatMap { try? NumberPattern($0) },
                        range: open..<text.index(after: close)))
            }
            index = text.index(after: close)
        }
        return result
    }
}
