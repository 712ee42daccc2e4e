import Foundation
import PlotFormula
import PlotScales
import PlotScene
import PlotSampling
import PlotSpec

/// Draws a spec's annotations over a 2-D plot: labels with boxes and arrows, markers, reference lines,
/// regions and curves, plus the legend their `legend:` entries make.
struct AnnotationDrawing {
    let spec: FigureSpec
    let table: SampleTable
    let theme: Theme
    let text: TextPlacement
    let frame: PlotFrame
    /// The parameters on the x and y axes.
    let xParameter: Int
    let yParameter: Int
    /// The value the plot shows (score or loss) per table row.
    let shown: (Int) -> Double

    struct Output {
        /// Drawn clipped to the plot frame (regions, lines, curves).
        var underlay: [SceneNode] = []
        /// Drawn on top, unclipped (markers, labels, arrows).
        var overlay: [SceneNode] = []
        var legend: [LegendEntry] = []
    }

    func draw() -> Output {
        var out = Output()
        // Regions and lines first, then markers, then labels, whatever order the spec lists them in.
        for annotation in spec.annotations {
            switch annotation.kind {
            case .region(let region): drawRegion(region, into: &out)
            case .line(let line): drawLine(line, into: &out)
            case .curve(let curve): drawCurve(curve, into: &out)
            default: break
            }
        }
        for annotation in spec.annotations {
            if case .marker(let marker) = annotation.kind { drawMarker(marker, into: &out) }
        }
        var placed: [Rect] = []
        for annotation in spec.annotations {
            if case .label(let label) = annotation.kind { drawLabel(label, placed: &placed, into: &out) }
        }
        return out
    }

    // MARK: - Points

    /// The table row an anchor refers to, for computed anchors.
    func row(for anchor: AnchorPoint) -> Int? {
        guard table.count > 0 else { return nil }
        switch anchor {
        case .data: return nil
        case .argmax, .argmin:
            var best = 0
            for r in 1..<table.count {
                let better = anchor == .argmax ? shown(r) > shown(best) : shown(r) < shown(best)
                if better { best = r }
            }
            return best
        }
    }

    /// Data coordinates of an anchor on this plot's axes.
    func dataPoint(_ anchor: AnchorPoint) -> (x: Double, y: Double) {
        switch anchor {
        case .data(let values):
            let p = spec.parameters
            return (values[xParameter] ?? p[xParameter].continuousScale.value(atNormalized: 0.5),
                    values[yParameter] ?? p[yParameter].continuousScale.value(atNormalized: 0.5))
        case .argmax, .argmin:
            guard let r = row(for: anchor) else { return (spec.parameters[xParameter].lower, spec.parameters[yParameter].lower) }
            return (coordinate(xParameter, row: r), coordinate(yParameter, row: r))
        }
    }

    /// A row's coordinate along a parameter: the unsnapped cell centre on grids (so marks sit in the
    /// middle of their cell), the sampled value otherwise.
    private func coordinate(_ parameter: Int, row: Int) -> Double {
        if let grid = table.grid, let axis = grid.axes.firstIndex(where: { $0.parameter == parameter }) {
            var stride = 1
            for a in grid.axes.prefix(axis) { stride *= a.count }
            return grid.centers[axis][(row / stride) % grid.axes[axis].count]
        }
        return table.columns[parameter][row]
    }

    private func pagePoint(_ anchor: AnchorPoint) -> Point {
        let (x, y) = dataPoint(anchor)
        return frame.point(x, y)
    }

    // MARK: - Kinds

    private func drawRegion(_ region: RegionAnnotation, into out: inout Output) {
        let xr = region.bounds[xParameter] ?? spec.parameters[xParameter].lower...spec.parameters[xParameter].upper
        let yr = region.bounds[yParameter] ?? spec.parameters[yParameter].lower...spec.parameters[yParameter].upper
        let a = frame.point(xr.lowerBound, yr.lowerBound), b = frame.point(xr.upperBound, yr.upperBound)
        let rect = Rect(x: min(a.x, b.x), y: min(a.y, b.y), width: abs(b.x - a.x), height: abs(b.y - a.y))
        out.underlay.append(.path(Path(rect: rect), fill: region.fill.sceneColor,
                                  stroke: region.outline.map { Stroke(color: $0.sceneColor, width: 1.2, dash: [4, 3]) }))
        if let legend = region.legend { out.legend.append(.init(label: legend, symbol: .swatch(region.fill.sceneColor))) }
    }

    private func stroke(_ style: LineStyle) -> Stroke {
        Stroke(color: style.color.sceneColor, width: style.width, dash: style.dashed ? [style.width * 4, style.width * 2.5] : [])
    }

    private func drawLine(_ line: ReferenceLine, into out: inout Output) {
        let r = frame.rect
        let path: Path
        if line.parameter == xParameter {
            let x = frame.pageX(line.value)
            path = Path(polyline: [Point(x, r.minY), Point(x, r.maxY)])
        } else if line.parameter == yParameter {
            let y = frame.pageY(line.value)
            path = Path(polyline: [Point(r.minX, y), Point(r.maxX, y)])
        } else {
            return
        }
        out.underlay.append(.path(path, fill: nil, stroke: stroke(line.style)))
        if let legend = line.legend { out.legend.append(.init(label: legend, symbol: .line(stroke(line.style)))) }
    }

    private func drawCurve(_ curve: CurveAnnotation, into out: inout Output) {
        let sweep = curve.parameter == xParameter ? yParameter : xParameter
        guard curve.parameter == xParameter || curve.parameter == yParameter,
              let program = try? CompiledFormula(curve.formula.expression, variables: spec.parameterNames)
        else { return }
        var point = spec.parameters.map(\.heldValue)
        let scale = spec.parameters[sweep].continuousScale
        var pieces: [[Point]] = [[]]
        for k in 0...240 {
            let v = scale.value(atNormalized: Double(k) / 240)
            point[sweep] = v
            let computed = program.evaluate(point: point)
            guard computed.isFinite, !spec.parameters[curve.parameter].scale.isLogarithmic || computed > 0 else {
                if !(pieces.last?.isEmpty ?? true) { pieces.append([]) }
                continue
            }
            let p = curve.parameter == xParameter ? frame.point(computed, v) : frame.point(v, computed)
            pieces[pieces.count - 1].append(p)
        }
        for piece in pieces where piece.count > 1 {
            out.underlay.append(.path(Path(polyline: piece), fill: nil, stroke: stroke(curve.style)))
        }
        if let legend = curve.legend { out.legend.append(.init(label: legend, symbol: .line(stroke(curve.style)))) }
    }

    private func drawMarker(_ marker: MarkerAnnotation, into out: inout Output) {
        let c = pagePoint(marker.at)
        let path = MarkerShapes.path(marker.shape, at: c, size: marker.size)
        out.overlay.append(.path(path, fill: marker.color.sceneColor, stroke: Stroke(color: Color(gray: 0.05), width: 0.9, join: .round)))
        if let legend = marker.legend {
            out.legend.append(.init(label: substitute(legend, at: marker.at),
                                    symbol: .marker(marker.shape, marker.color.sceneColor)))
        }
    }

    // MARK: - Labels

    private func drawLabel(_ label: LabelAnnotation, placed: inout [Rect], into out: inout Output) {
        let font = label.fontSize.map { Font(size: $0) } ?? theme.annotationFont
        let dark = label.style == .dark
        let ink = dark ? Color.white : theme.ink
        let content = label.target.map { substitute(label.text, at: $0) } ?? label.text
        let target = label.target.map(pagePoint)
        var center: Point
        if let position = label.position {
            center = pagePoint(position)
        } else if let target {
            let offset = label.offset ?? Offset(dx: 40, dy: 34)
            center = Point(target.x + offset.dx, target.y - offset.dy)
        } else {
            center = frame.rect.center
        }
        if let offset = label.offset, label.position != nil {
            center = Point(center.x + offset.dx, center.y - offset.dy)
        }
        let padding = font.size * 0.4
        var block = text.block(content, font: font, color: ink, at: center, anchor: TextAnchor(.center, .middle))
        var box = block.box.insetBy(dx: -padding, dy: -padding)
        // Keep the box inside the plot frame, so text never leaves the figure or covers the axes.
        let bounds = frame.rect.insetBy(dx: 3, dy: 3)
        let shiftX = box.minX < bounds.minX ? bounds.minX - box.minX : (box.maxX > bounds.maxX ? bounds.maxX - box.maxX : 0)
        let shiftY = box.minY < bounds.minY ? bounds.minY - box.minY : (box.maxY > bounds.maxY ? bounds.maxY - box.maxY : 0)
        if shiftX != 0 || shiftY != 0 {
            center = Point(center.x + shiftX, center.y + shiftY)
            block = text.block(content, font: font, color: ink, at: center, anchor: TextAnchor(.center, .middle))
            box = block.box.insetBy(dx: -padding, dy: -padding)
        }
        placed.append(box)
        let fill = dark ? Color(gray: 0, alpha: 0.62) : Color(gray: 1, alpha: 0.9)
        let edge: Stroke? = dark ? nil : Stroke(color: Color(gray: 0.6), width: 0.7)
        if label.arrow, let target, !box.insetBy(dx: -2, dy: -2).contains(target) {
            out.overlay += arrow(from: box, to: target, color: dark ? .white : theme.ink)
        }
        out.overlay.append(.path(Path(roundedRect: box, radius: min(4, padding)), fill: fill, stroke: edge))
        out.overlay += block.runs.map(SceneNode.text)
    }

    /// A straight arrow from the edge of `box` to `tip`, with a filled head.
    private func arrow(from box: Rect, to tip: Point, color: Color) -> [SceneNode] {
        let c = box.center
        let dx = tip.x - c.x, dy = tip.y - c.y
        // Leave the box where the centre-to-tip segment crosses its edge.
        let tx = dx == 0 ? Double.infinity : (box.width / 2) / abs(dx)
        let ty = dy == 0 ? Double.infinity : (box.height / 2) / abs(dy)
        let t = min(tx, ty, 1)
        let start = Point(c.x + dx * t, c.y + dy * t)
        let length = hypot(tip.x - start.x, tip.y - start.y)
        guard length > 4 else { return [] }
        let ux = (tip.x - start.x) / length, uy = (tip.y - start.y) / length
        let headLength = min(9, length * 0.5), headWidth = headLength * 0.45
        let end = Point(tip.x - ux * 1.5, tip.y - uy * 1.5)
        let base = Point(end.x - ux * headLength, end.y - uy * headLength)
        let head = Path(polyline: [end, Point(base.x - uy * headWidth, base.y + ux * headWidth),
                                   Point(base.x + uy * headWidth, base.y - ux * headWidth)], closed: true)
        let shaft = Path(polyline: [start, base])
        return [.path(shaft, fill: nil, stroke: Stroke(color: color, width: 1.4, cap: .round)),
                .path(head, fill: color, stroke: nil)]
    }

    /// Fills `{parameter}`, `{parameter:%fmt}`, `{score}` and `{value}` from the anchor's point.
    func substitute(_ template: String, at anchor: AnchorPoint) -> String {
        let placeholders = LabelText.scan(template)
        guard !placeholders.isEmpty else { return template }
        let r = row(for: anchor)
        var result = ""
        var cursor = template.startIndex
        for placeholder in placeholders {
            result += template[cursor..<placeholder.range.lowerBound]
            let value: Double
            switch placeholder.name {
            case "score": value = r.map { table.score[$0] } ?? .nan
            case "value": value = r.map(shown) ?? .nan
            default:
                let index = spec.parameterIndex(named: placeholder.name) ?? 0
                if let r {
                    value = index == xParameter || index == yParameter ? coordinate(index, row: r) : table.columns[index][r]
                } else if case .data(let values) = anchor, let v = values[index] {
                    value = v
                } else {
                    value = spec.parameters[index].heldValue
                }
            }
            result += formatNumber(value, format: placeholder.format ?? "%.3g")
            cursor = placeholder.range.upperBound
        }
        result += template[cursor...]
        return result
    }
}
