import PlotScene

/// An axis title of a parallel-coordinates plot: the title as written, its wrapped lines and font, and
/// how far below the first title row it sits.
struct ParallelTitle {
    var original: String
    var text: String
    var font: Font
    var drop: Double = 0
}

/// Places axis titles in one row when each fits between its neighbours, else in two alternating rows
/// (every other title lowered), which gives each title twice the spacing: on a narrow page titles stay
/// readable instead of running into each other.
struct ParallelTitleRows {
    private(set) var titles: [ParallelTitle]
    /// Height of the titles' band under the axes.
    private(set) var height: Double = 0

    init(_ originals: [String], spacing: Double, drawing: ParallelAxisDrawing) {
        titles = originals.map { drawing.wrappedTitle($0, maxWidth: spacing * 0.9) }
        let boxes = titles.map { drawing.titleBox($0) }
        height = boxes.map(\.height).max() ?? 0
        guard titles.count > 1, boxes.contains(where: { $0.width > spacing * 0.95 }) else { return }
        titles = originals.map { drawing.wrappedTitle($0, maxWidth: spacing * 1.9) }
        let heights = titles.map { drawing.titleBox($0).height }
        let upper = heights.enumerated().filter { $0.offset % 2 == 0 }.map(\.element).max() ?? 0
        let lower = heights.enumerated().filter { $0.offset % 2 == 1 }.map(\.element).max() ?? 0
        let drop = upper + drawing.theme.gap
        for k in titles.indices where k % 2 == 1 { titles[k].drop = drop }
        height = drop + lower
    }
}
