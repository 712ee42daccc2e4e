import Foundation
import PlotSampling
import PlotScales
import PlotScene
import PlotSpec

/// The one annotation engine: draws a spec's annotations over any plot — labels with boxes and
/// arrows, markers, reference lines, regions and curves, plus the legend their `legend:` entries make —
/// through the plot's `CoordinateSystem`, which says where anchors land and which kinds it can draw.
struct AnnotationDrawing {
    let spec: FigureSpec
    let theme: Theme
    let text: TextPlacement
    let space: any CoordinateSystem
    let anchors: AnchorValues
    /// What label boxes should not cover (axis text, the colour bar, the legend).
    var obstacles: [Rect]

    init(
        spec: FigureSpec, table: SampleTable, theme: Theme, text: TextPlacement, space: any CoordinateSystem,
        shown: @escaping (Int) -> Double, obstacles: [Rect] = []
    ) {
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
    var bounds: Rect { space.labelBounds }

    func draw() -> Output {
        var out = Output()
        // Regions and lines first, then markers, then labels, whatever order the spec lists them in.
        for (index, annotation) in spec.annotations.enumerated() {
            switch annotation.kind {
            case .region(let region): drawRegion(region, into: &out)
            case .line(let line): drawLine(line, into: &out)
            case .curve(let curve): drawCurve(curve, trace: anchors.table.annotations.curves[index], into: &out)
            default: break
            }
        }
        for annotation in spec.annotations {
            if case .marker(let marker) = annotation.kind { drawMarker(marker, into: &out) }
        }
        drawLabels(into: &out)
        return out
    }

    /// Like `draw()`, with labels kept clear of the legend their entries make in `legendCorner` (the
    /// legend's size is known only once the annotations have been read), after the kind's own `leading`
    /// entries (a slice's curves) when it shares the box with them.
    func drawAround(legendCorner: LegendDrawing.Corner, leading: [LegendEntry] = []) -> Output {
        let first = draw()
        let legend = LegendDrawing(theme: theme, text: text)
        guard let box = legend.box(leading + first.legend, in: bounds, corner: legendCorner) else { return first }
        var avoiding = self
        avoiding.obstacles.append(box)
        return avoiding.draw()
    }

    // MARK: - Points

    /// Page position of an anchor; `axis` picks the parallel axis (ignored elsewhere).
    func pagePoint(_ anchor: AnchorPoint, axis: Int? = nil) -> Point {
        space.point(anchor, axis: axis, values: anchors)
    }

    // MARK: - Kinds

    private func drawRegion(_ region: RegionAnnotation, into out: inout Output) {
        guard let rects = space.regionRects(region) else { return }
        for rect in rects {
            out.underlay.append(
                .path(
                    Path(rect: rect), fill: region.fill.sceneColor,
                    stroke: region.outline.map { Stroke(color: $0.sceneColor, width: 1.2, dash: [4, 3]) }))
        }
        if let legend = region.legend {
            out.legend.append(.init(label: legend, symbol: .swatch(region.fill.sceneColor)))
        }
    }

    private func stroke(_ style: LineStyle) -> Stroke {
        Stroke(
            color: style.color.sceneColor, width: style.width,
            dash: style.dashed ? [style.width * 4, style.width * 2.5] : [])
    }

    private func drawLine(_ line: ReferenceLine, into out: inout Output) {
        guard let path = space.linePath(line) else { return }
        out.underlay.append(.path(path, fill: nil, stroke: stroke(line.style)))
        if let legend = line.legend { out.legend.append(.init(label: legend, symbol: .line(stroke(line.style)))) }
    }

    private func drawCurve(_ curve: CurveAnnotation, trace: CurveTrace?, into out: inout Output) {
        guard let pieces = space.curvePieces(curve, trace: trace) else { return }
        for piece in pieces {
            out.underlay.append(.path(Path(polyline: piece), fill: nil, stroke: stroke(curve.style)))
        }
        if let legend = curve.legend { out.legend.append(.init(label: legend, symbol: .line(stroke(curve.style)))) }
    }

    // MARK: - Markers

    private func drawMarker(_ marker: MarkerAnnotation, into out: inout Output) {
        let c = pagePoint(marker.at, axis: marker.axis)
        let path = MarkerShapes.path(marker.shape, at: c, size: marker.size)
        out.overlay.append(
            .path(
                path, fill: marker.color.sceneColor, stroke: Stroke(color: Color(gray: 0.05), width: 0.9, join: .round))
        )
        if let legend = marker.legend {
            out.legend.append(
                .init(
                    label: substitute(legend, at: marker.at),
                    symbol: .marker(marker.shape, marker.color.sceneColor)))
        }
    }

    func substitute(_ template: LabelTemplate, at anchor: AnchorPoint) -> String {
        anchors.substitute(template, at: anchor)
    }
}
