import PlotSampling
import PlotScene
import PlotSpec

/// Parallel coordinates as annotations see them: every point lies on one vertical axis (see
/// `ParallelGeometry.slot(for:axis:)`); reference lines become short ticks across their axis, regions
/// bands on it, and curves are not drawn (there is no plane of two parameters).
struct ParallelCoordinates: CoordinateSystem {
    let geometry: ParallelGeometry
    let theme: Theme

    var labelBounds: Rect { geometry.rect }
    var labelPlacement: LabelPlacement { LabelPlacement(search: .column(margin: 3), lightArrowInk: theme.ink) }

    func point(_ anchor: AnchorPoint, axis: Int?, values: AnchorValues) -> Point {
        let slot = geometry.slot(for: anchor, axis: axis)
        let value =
            geometry.slots[slot].parameter.flatMap { values.value(of: $0, at: anchor) }
            ?? values.quality(at: anchor, shownValue: true)
            ?? geometry.slots[slot].scale.value(atNormalized: 0.5)
        return Point(geometry.slots[slot].x, geometry.y(slot, value))
    }

    /// A band straddling each listed parameter's axis.
    func regionRects(_ region: RegionAnnotation) -> [Rect]? {
        region.bounds.sorted(by: { $0.key < $1.key }).compactMap { parameter, range in
            guard let slot = geometry.slots.firstIndex(where: { $0.parameter == parameter }) else { return nil }
            let y0 = geometry.y(slot, range.upperBound)
            let y1 = geometry.y(slot, range.lowerBound)
            let half = geometry.bandHalfWidth
            return Rect(x: geometry.slots[slot].x - half, y: y0, width: 2 * half, height: y1 - y0)
        }
    }

    func linePath(_ line: ReferenceLine) -> Path? {
        guard let slot = geometry.slots.firstIndex(where: { $0.parameter == line.parameter }) else { return nil }
        let y = geometry.y(slot, line.value)
        let x = geometry.slots[slot].x
        let half = geometry.bandHalfWidth
        return Path(polyline: [Point(x - half, y), Point(x + half, y)])
    }

    func curvePieces(_ curve: CurveAnnotation, trace: CurveTrace?) -> [[Point]]? { nil }
}
