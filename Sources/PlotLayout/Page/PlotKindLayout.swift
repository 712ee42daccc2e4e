import PlotScene

/// A plot kind: lays itself out into the part of the page it is given and says what it occupies.
///
/// A kind never sizes itself to the page, draws the page's title or assumes it is alone: the
/// `PageComposer` gives it a `PlotRegion` and places the title, subtitle and the colour bars the kind
/// asks for around what it returns. Adding a plot kind means writing one of these (see "How to add a plot
/// kind" in docs/architecture.md).
protocol PlotKindLayout {
    /// The plot laid out inside `region`.
    func layout(in region: PlotRegion) -> PlotArea
}

/// The part of the page a plot may use.
struct PlotRegion {
    /// The plot's share of the page: the whole page for a single plot (title band included, as the
    /// figures were designed), one cell of the grid otherwise. Sizes that scale with the figure — tick
    /// density, where text must stay — follow it.
    let cell: Rect
    /// The part of `cell` left free by the page's furniture (title block): where the plot's frame, axes,
    /// annotations and keys go. The kind keeps the theme's outer padding inside it.
    let rect: Rect
}

/// What a plot kind laid out: its nodes in painting order and what the page composer needs to place
/// the furniture around it.
struct PlotArea {
    /// Data, axes and the kind's own keys, painted before the page furniture.
    var content: [SceneNode]
    /// Annotation marks, boxes and legends, painted after the page furniture so nothing covers them.
    var overlay: [SceneNode] = []
    /// What the page centres its title over (the frame; the projected box; the span of the axes).
    var titleAnchor: Rect
    /// Colour bars the page draws for this plot, each beside the rectangle the kind reserved for it.
    var colorBars: [ColorBarPlacement] = []
    /// What a colour bar for this plot stands beside, whether the plot draws its own or leaves it to a
    /// page whose panels share one; nil for a kind without a colour scale.
    var colorBarSite: Rect? = nil
    /// The page areas the plot covers (frame, text, keys): what neighbouring plots and page furniture
    /// must keep clear of.
    var obstacles: [Rect]
    /// Where the plot's data landed, for reading values off the figure; nil for kinds without a map.
    /// Computed only when asked for (the preview's hover data), so `render` pays nothing for it.
    var frameMap: () -> FrameMap? = { nil }
}

/// A colour bar the page draws: the drawing, and the rectangle it stands beside (it takes
/// `drawing.extent` to the right of it).
struct ColorBarPlacement {
    let drawing: ColorBarDrawing
    let beside: Rect

    /// What the drawn bar covers: its labels and title, and the column right of `beside`.
    var obstacles: [Rect] {
        drawing.nodes(beside: beside).compactMap(\.extent)
    }
}
