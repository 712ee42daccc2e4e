import PlotScales

/// What a plot shares with its neighbours on a page of panels: which of its axes show tick labels and a
/// title, and whether it draws its own colour bar or leaves it to the page's shared one.
struct PanelRole {
    var labelledAxes = SharedAxes.both
    var drawsColorBar = true
    /// Whether the plot is alone on its page (not one of a page's panels).
    var isAlone = true
    /// The trial and value ranges a page's history panels share (`axes: shared`); nil for a plot's own.
    var sharedHistory: HistoryRanges? = nil

    /// A plot alone on its page.
    static let alone = PanelRole()
    /// A panel of a page, labelling its axes and drawing its colour bar until the page says otherwise.
    static let onPage = PanelRole(isAlone: false)
}

/// Which of a cartesian plot's axes show tick labels and a title. Panels of a page share their axes
/// (matplotlib's `sharex`/`sharey`, `label_outer`): only the bottom row labels x and only the first
/// column labels y; the others keep their tick marks.
struct SharedAxes {
    var labelsX: Bool
    var labelsY: Bool

    static let both = SharedAxes(labelsX: true, labelsY: true)

    func x(_ axis: CartesianAxis) -> CartesianAxis { labelsX ? axis : axis.unlabelled }
    func y(_ axis: CartesianAxis) -> CartesianAxis { labelsY ? axis : axis.unlabelled }
}

extension CartesianAxis {
    /// The same ticks, without their labels or the axis title.
    var unlabelled: CartesianAxis {
        CartesianAxis(
            scale: scale, ticks: ticks.map { Tick(value: $0.value, label: nil, isMajor: $0.isMajor) }, label: "",
            grid: grid)
    }
}
