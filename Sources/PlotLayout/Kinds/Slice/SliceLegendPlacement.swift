import PlotScene

/// Where a slice's legend goes: the frame corner whose legend box covers the fewest points of ink
/// (curves, band edges, trials), matplotlib's `loc="best"`, with its order of preference on ties (upper
/// right, upper left, lower right, lower left).
struct SliceLegendPlacement {
    var corner: LegendDrawing.Corner
    /// The legend box there; nil when there is no legend (or no room for one).
    var box: Rect?
    /// How many points of ink the box covers.
    var covered: Int

    static func best(
        _ entries: [LegendEntry], in frame: Rect, ink: [Point], legend: LegendDrawing,
        corners: [LegendDrawing.Corner] = [.topRight, .topLeft, .bottomRight, .bottomLeft]
    ) -> SliceLegendPlacement {
        var best = SliceLegendPlacement(corner: corners.first ?? .topRight, box: nil, covered: 0)
        var fewest = Int.max
        for corner in corners {
            guard let box = legend.box(entries, in: frame, corner: corner) else { return best }
            // A point within a hair of the box counts: a curve grazing the box's edge reads as covered.
            let padded = box.insetBy(dx: -2, dy: -2)
            let covered = ink.reduce(0) { $0 + (padded.contains($1) ? 1 : 0) }
            if covered < fewest {
                (fewest, best) = (covered, SliceLegendPlacement(corner: corner, box: box, covered: covered))
            }
        }
        return best
    }
}
