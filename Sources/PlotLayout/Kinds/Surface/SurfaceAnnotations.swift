import Foundation
import PlotScene
import PlotSampling
import PlotSpec

/// Labels and markers on a surface plot.
///
/// A target (`at`) is a point on the surface: its x and y from the anchor (the argmin/argmax cell's
/// centre, or data coordinates), its height the shown value of the nearest grid cell. It gets a small
/// dot, and the label box an arrow to it. The box goes at `offset` ([dx, dy] points from the target,
/// y up), or at `label_at`, read as a point on the floor of the box (z = 0) in data coordinates and
/// then moved by `offset` if both are given; otherwise 40 pt right and 34 pt up from the target. Boxes
/// then move to the nearest place inside `bounds` that overlaps no obstacle (title, axis text, colour
/// bar), no earlier box and no target. Reference lines, regions and curves have no meaning on a
/// surface and are not drawn.
struct SurfaceAnnotations {
    let spec: FigureSpec
    let plot: SurfacePlot
    let table: SampleTable
    let field: GridField
    let mesh: SurfaceMesh
    let fit: ScreenFit
    let theme: Theme
    let text: TextPlacement
    /// Resolves anchors and placeholder text, shared with the 2-D plots; built once (it ranks the trials
    /// for `{top: f}` anchors).
    private let anchors: AnchorValues

    init(spec: FigureSpec, plot: SurfacePlot, table: SampleTable, field: GridField, mesh: SurfaceMesh,
         fit: ScreenFit, theme: Theme, text: TextPlacement)
    {
        self.spec = spec
        self.plot = plot
        self.table = table
        self.field = field
        self.mesh = mesh
        self.fit = fit
        self.theme = theme
        self.text = text
        self.anchors = AnchorValues(spec: spec, table: table, shown: { plot.shown.apply(table.score[$0]) })
    }

    /// The surface point an anchor names, in the normalised box.
    func target(_ anchor: AnchorPoint) -> Point3 {
        let x = anchors.value(of: plot.x, at: anchor) ?? spec.parameters[plot.x].continuousScale.value(atNormalized: 0.5)
        let y = anchors.value(of: plot.y, at: anchor) ?? spec.parameters[plot.y].continuousScale.value(atNormalized: 0.5)
        let u = spec.parameters[plot.x].continuousScale.normalize(x)
        let v = spec.parameters[plot.y].continuousScale.normalize(y)
        return Point3(u, v, mesh.height(field.nearest(u: u, v: v)))
    }

    /// The floor point under a data anchor (z = 0).
    private func floorPoint(_ anchor: AnchorPoint) -> Point3 {
        let t = target(anchor)
        return Point3(t.x, t.y, 0)
    }

    struct Output {
        var nodes: [SceneNode] = []
        var boxes: [Rect] = []
        var legend: [LegendEntry] = []
    }

    func draw(bounds: Rect, obstacles: [Rect]) -> Output {
        var out = Output()
        var arrows: [SceneNode] = [], dots: [SceneNode] = [], boxes: [SceneNode] = []
        for annotation in spec.annotations {
            guard case .marker(let marker) = annotation.kind else { continue }
            let c = fit.page(target(marker.at))
            dots.append(.path(MarkerShapes.path(marker.shape, at: c, size: marker.size), fill: marker.color.sceneColor,
                              stroke: Stroke(color: Color(gray: 0.05), width: 0.9, join: .round)))
            if let legend = marker.legend {
                out.legend.append(.init(label: anchors.substitute(legend, at: marker.at),
                                        symbol: .marker(marker.shape, marker.color.sceneColor)))
            }
        }
        let labels = spec.annotations.compactMap { annotation -> LabelAnnotation? in
            if case .label(let label) = annotation.kind { return label }
            return nil
        }
        let tips = labels.compactMap { $0.target.map { fit.page(target($0)) } }
        let tipRects = tips.map { Rect(x: $0.x - 5, y: $0.y - 5, width: 10, height: 10) }
        for label in labels {
            let tip = label.target.map { fit.page(target($0)) }
            let content = label.target.map { anchors.substitute(label.text, at: $0) } ?? label.text
            var font = label.fontSize.map { theme.font(size: $0) } ?? theme.annotationFont
            let smallest = font.size * 0.7
            var box = LabelBox(content, font: font, style: label.style, center: wish(for: label, tip: tip, bounds: bounds),
                               text: text, theme: theme)
            // Too big for the page: shrink (to 70 %), else leave the label out.
            while box.box.width + 4 > bounds.width || box.box.height + 4 > bounds.height, font.size > smallest {
                font.size = max(smallest, font.size - 0.5)
                box = LabelBox(content, font: font, style: label.style, center: box.box.center, text: text, theme: theme)
            }
            guard box.box.width + 4 <= bounds.width, box.box.height + 4 <= bounds.height,
                  let spot = FreeSpot.center(near: box.box.center, width: box.box.width + 4, height: box.box.height + 4,
                                             bounds: bounds, obstacles: obstacles + out.boxes + tipRects)
            else { continue }
            box.move(to: spot)
            out.boxes.append(box.box)
            boxes += box.nodes
            if let tip {
                if label.arrow { arrows += box.arrow(to: tip) }
                dots.append(.path(Path(circleAt: tip, radius: 2.6), fill: Color(gray: 0.05),
                                  stroke: Stroke(color: .white, width: 0.8)))
            }
        }
        out.nodes = arrows + dots + boxes
        return out
    }

    /// Where a label's box would like to be, before avoiding obstacles.
    private func wish(for label: LabelAnnotation, tip: Point?, bounds: Rect) -> Point {
        let offset = label.offset
        if let position = label.position {
            let p = fit.page(floorPoint(position))
            return Point(p.x + (offset?.dx ?? 0), p.y - (offset?.dy ?? 0))
        }
        if let tip {
            let o = offset ?? Offset(dx: 40, dy: 34)
            return Point(tip.x + o.dx, tip.y - o.dy)
        }
        return bounds.center
    }
}
