import Foundation
import PlotFormula
import PlotScales
import PlotScene
import PlotSampling
import PlotSpec

/// Draws a spec's annotations over a plot: labels with boxes and arrows, markers, reference lines,
/// regions and curves, plus the legend their `legend:` entries make.
///
/// On a 2-D plot anchors are data points on the frame's x and y parameters. On a parallel-coordinates
/// plot every point lies on one vertical axis (see `ParallelGeometry.slot(for:axis:)`); reference lines
/// become short ticks across their axis, regions become bands on it, and curves are skipped.
struct AnnotationDrawing {
    /// Where annotations land.
    enum Space {
        case cartesian(PlotFrame, x: Int, y: Int)
        case parallel(ParallelGeometry)
    }

    let spec: FigureSpec
    let theme: Theme
    let text: TextPlacement
    let space: Space
    let anchors: AnchorValues
    /// What label boxes should not cover (tick labels between parallel axes, the legend).
    var obstacles: [Rect]

    /// A 2-D plot with `xParameter` across and `yParameter` up.
    init(spec: FigureSpec, table: SampleTable, theme: Theme, text: TextPlacement, frame: PlotFrame,
         xParameter: Int, yParameter: Int, shown: @escaping (Int) -> Double)
    {
        self.init(spec: spec, table: table, theme: theme, text: text,
                  space: .cartesian(frame, x: xParameter, y: yParameter), shown: shown, obstacles: [])
    }

    init(spec: FigureSpec, table: SampleTable, theme: Theme, text: TextPlacement, space: Space,
         shown: @escaping (Int) -> Double, obstacles: [Rect])
    {
        self.spec = spec
        self.theme = theme
        self.text = text
        self.space = space
        self.anchors = AnchorValues(spec: spec, table: table, shown: shown)
        self.obstacles = obstacles
    }

    struct Output {
        /// Drawn clipped to the plot frame (regions, lines, curves).
        var underlay: [SceneNode] = []
        /// Drawn on top, unclipped (markers, labels, arrows).
        var overlay: [SceneNode] = []
        var legend: [LegendEntry] = []
    }

    /// The rectangle labels are kept inside.
    var bounds: Rect {
        switch space {
        case .cartesian(let frame, _, _): frame.rect
        case .parallel(let geometry): geometry.rect
        }
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

    /// Like `draw()` on a 2-D plot, with labels kept clear of the legend their entries make in
    /// `legendCorner` (the legend's size is known only once the annotations have been read).
    func drawAround(legendCorner: LegendDrawing.Corner) -> Output {
        let first = draw()
        let legend = LegendDrawing(theme: theme, text: text)
        guard let box = legend.box(first.legend, in: bounds, corner: legendCorner) else { return first }
        var avoiding = self
        avoiding.obstacles.append(box)
        return avoiding.draw()
    }

    // MARK: - Points

    /// Page position of an anchor; `axis` picks the parallel axis (ignored on 2-D plots).
    func pagePoint(_ anchor: AnchorPoint, axis: Int? = nil) -> Point {
        switch space {
        case .cartesian(let frame, let x, let y):
            let p = spec.parameters
            let xValue = anchors.value(of: x, at: anchor) ?? p[x].continuousScale.value(atNormalized: 0.5)
            let yValue = anchors.value(of: y, at: anchor) ?? p[y].continuousScale.value(atNormalized: 0.5)
            return frame.point(xValue, yValue)
        case .parallel(let geometry):
            let slot = geometry.slot(for: anchor, axis: axis)
            let value = geometry.slots[slot].parameter.flatMap { anchors.value(of: $0, at: anchor) }
                ?? anchors.quality(at: anchor, shownValue: true)
                ?? geometry.slots[slot].scale.value(atNormalized: 0.5)
            return Point(geometry.slots[slot].x, geometry.y(slot, value))
        }
    }

    // MARK: - Kinds

    private func drawRegion(_ region: RegionAnnotation, into out: inout Output) {
        var rects: [Rect] = []
        switch space {
        case .cartesian(let frame, let xParameter, let yParameter):
            let p = spec.parameters
            let xr = region.bounds[xParameter] ?? p[xParameter].lower...p[xParameter].upper
            let yr = region.bounds[yParameter] ?? p[yParameter].lower...p[yParameter].upper
            let a = frame.point(xr.lowerBound, yr.lowerBound), b = frame.point(xr.upperBound, yr.upperBound)
            rects = [Rect(x: min(a.x, b.x), y: min(a.y, b.y), width: abs(b.x - a.x), height: abs(b.y - a.y))]
        case .parallel(let geometry):
            // A band straddling each listed parameter's axis.
            for (parameter, range) in region.bounds.sorted(by: { $0.key < $1.key }) {
                guard let slot = geometry.slots.firstIndex(where: { $0.parameter == parameter }) else { continue }
                let y0 = geometry.y(slot, range.upperBound), y1 = geometry.y(slot, range.lowerBound)
                let half = geometry.bandHalfWidth
                rects.append(Rect(x: geometry.slots[slot].x - half, y: y0, width: 2 * half, height: y1 - y0))
            }
        }
        for rect in rects {
            out.underlay.append(.path(Path(rect: rect), fill: region.fill.sceneColor,
                                      stroke: region.outline.map { Stroke(color: $0.sceneColor, width: 1.2, dash: [4, 3]) }))
        }
        if let legend = region.legend { out.legend.append(.init(label: legend, symbol: .swatch(region.fill.sceneColor))) }
    }

    private func stroke(_ style: LineStyle) -> Stroke {
        Stroke(color: style.color.sceneColor, width: style.width, dash: style.dashed ? [style.width * 4, style.width * 2.5] : [])
    }

    private func drawLine(_ line: ReferenceLine, into out: inout Output) {
        let path: Path
        switch space {
        case .cartesian(let frame, let xParameter, let yParameter):
            let r = frame.rect
            if line.parameter == xParameter {
                let x = frame.pageX(line.value)
                path = Path(polyline: [Point(x, r.minY), Point(x, r.maxY)])
            } else if line.parameter == yParameter {
                let y = frame.pageY(line.value)
                path = Path(polyline: [Point(r.minX, y), Point(r.maxX, y)])
            } else {
                return
            }
        case .parallel(let geometry):
            guard let slot = geometry.slots.firstIndex(where: { $0.parameter == line.parameter }) else { return }
            let y = geometry.y(slot, line.value), x = geometry.slots[slot].x, half = geometry.bandHalfWidth
            path = Path(polyline: [Point(x - half, y), Point(x + half, y)])
        }
        out.underlay.append(.path(path, fill: nil, stroke: stroke(line.style)))
        if let legend = line.legend { out.legend.append(.init(label: legend, symbol: .line(stroke(line.style)))) }
    }

    private func drawCurve(_ curve: CurveAnnotation, into out: inout Output) {
        // A curve relates two plotted parameters; parallel coordinates have no such plane.
        guard case .cartesian(let frame, let xParameter, let yParameter) = space else { return }
        let sweep = curve.parameter == xParameter ? yParameter : xParameter
        guard curve.parameter == xParameter || curve.parameter == yParameter,
              let program = try? CompiledFormula(curve.formula.expression, variables: spec.parameterNames,
                                                 definitions: spec.definitions)
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

    // MARK: - Markers

    private func drawMarker(_ marker: MarkerAnnotation, into out: inout Output) {
        let c = pagePoint(marker.at, axis: marker.axis)
        let path = MarkerShapes.path(marker.shape, at: c, size: marker.size)
        out.overlay.append(.path(path, fill: marker.color.sceneColor, stroke: Stroke(color: Color(gray: 0.05), width: 0.9, join: .round)))
        if let legend = marker.legend {
            out.legend.append(.init(label: substitute(legend, at: marker.at),
                                    symbol: .marker(marker.shape, marker.color.sceneColor)))
        }
    }

    func substitute(_ template: LabelTemplate, at anchor: AnchorPoint) -> String {
        anchors.substitute(template, at: anchor)
    }
}
