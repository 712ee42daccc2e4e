import PlotSampling
import PlotScene
import PlotSpec

/// Where a plot's data lands on the page, as the annotation engine needs it: one protocol for the
/// cartesian frame (heatmap, scatter), the parallel axes and the projected 3-D box (surface), so one
/// `AnnotationDrawing` serves every kind.
///
/// Anchors (argmax, `{top: f}`, written points) are resolved to data values by `AnchorValues`; a
/// coordinate system only says where those values are on the page, and which annotations it can draw.
protocol CoordinateSystem {
    /// The rectangle annotation labels are kept inside.
    var labelBounds: Rect { get }
    /// How labels find room here.
    var labelPlacement: LabelPlacement { get }
    /// Page position of an anchor; `axis` picks the axis on parallel coordinates (ignored elsewhere).
    func point(_ anchor: AnchorPoint, axis: Int?, values: AnchorValues) -> Point
    /// Page position of a label's `label_at` (on a surface: the floor of the box under the point).
    func labelPoint(_ anchor: AnchorPoint, axis: Int?, values: AnchorValues) -> Point
    /// The rectangles a region covers; nil where regions have no meaning (no legend entry either).
    func regionRects(_ region: RegionAnnotation) -> [Rect]?
    /// A reference line's path; nil when it is not drawn here.
    func linePath(_ line: ReferenceLine) -> Path?
    /// A curve's page polylines from the trace sampling made of it; nil when it is not drawn here (a
    /// curve relates two plotted parameters; not every plot has such a plane).
    func curvePieces(_ curve: CurveAnnotation, trace: CurveTrace?) -> [[Point]]?
}

extension CoordinateSystem {
    func labelPoint(_ anchor: AnchorPoint, axis: Int?, values: AnchorValues) -> Point {
        point(anchor, axis: axis, values: values)
    }
}

/// How annotation labels find room in a coordinate system.
struct LabelPlacement {
    enum Search {
        /// Inside the bounds inset by `margin`, moved only up and down (`FreeSpot.column`).
        case column(margin: Double)
        /// Anywhere inside the bounds, searched on rings (`FreeSpot.rings`), with `clearance` around the
        /// box.
        case rings(clearance: Double)
    }

    var search: Search
    /// Whether each label's target gets a dot and stays clear of label boxes (a point on a shaded
    /// surface is hard to see without one).
    var marksTargets = false
    /// Arrow colour for light label boxes (dark boxes get white arrows).
    var lightArrowInk: Color
    /// True: all arrows first, then markers and target dots, then all boxes, so no arrow is drawn over a
    /// mark or a box (a surface's labels can sit anywhere around the box). False: the markers, then each
    /// label's arrow and box in turn.
    var arrowsUnderMarks = false

    /// Whether a label box of this size can be placed in `bounds` at all.
    func fits(_ box: Rect, in bounds: Rect) -> Bool {
        switch search {
        case .column(let margin):
            let inner = bounds.insetBy(dx: margin, dy: margin)
            return box.width <= inner.width && box.height <= inner.height
        case .rings(let clearance):
            return box.width + clearance <= bounds.width && box.height + clearance <= bounds.height
        }
    }

    /// The centre of the nearest free spot for `box` in `bounds`, or nil.
    func spot(for box: Rect, in bounds: Rect, avoiding obstacles: [Rect]) -> Point? {
        switch search {
        case .column(let margin):
            return FreeSpot.first(
                FreeSpot.column(box, inside: bounds.insetBy(dx: margin, dy: margin)),
                avoiding: obstacles)?.center
        case .rings(let clearance):
            return FreeSpot.center(
                near: box.center, width: box.width + clearance, height: box.height + clearance,
                bounds: bounds, obstacles: obstacles)
        }
    }
}
