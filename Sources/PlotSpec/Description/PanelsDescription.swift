/// `panels`: named views placed on a grid, each panel with its own plot and, optionally, its own
/// sampling, held values and annotations (matplotlib's `subplot_mosaic`, Vega-Lite's `concat`).
public struct PanelsDescription: Sendable {
    public var grid = KeyDescription(
        "grid",
        .list(
            .list(
                .string(description: "a view's name, or . for an empty cell"), maxItems: SpecLimits.maxPanels,
                description: "A row of the page."),
            maxItems: SpecLimits.maxPanels, description: ""),
        .required, doc: "Rows of view names, top to bottom; each view once, `.` for an empty cell.")
    public var letters = DefaultedKey(
        "letters", .flag, default: false, doc: "Prefix each panel title with (a), (b), (c)… in reading order.")
    public var colorbar = DefaultedKey(
        "colorbar", .choice(PanelSharing.allCases.map(\.rawValue), description: ""), default: PanelSharing.shared,
        doc: "shared: one colour scale and bar for the page (panels must colour alike); each: a bar per panel.")
    public var axes = DefaultedKey(
        "axes", .choice(PanelSharing.allCases.map(\.rawValue), description: ""), default: PanelSharing.shared,
        doc:
            "shared: neighbours drawing the same axis label it once, on the outer panel; each: every panel labels its own."
    )
    public var views = KeyDescription(
        "views", .map(.section(.view), description: "The panels, by name."), .required,
        doc: "Each view named in `grid`: what its panel draws.")

    public var section: SectionDescription {
        SectionDescription(
            "panels", doc: "Several plots on one page, each a named view placed on a grid.",
            keys: [grid, letters.described, colorbar.described, axes.described, views])
    }
}

/// `panels.views.NAME`: one panel. What it leaves out it takes from the spec.
public struct ViewDescription: Sendable {
    public var title = KeyDescription("title", .string(description: ""), doc: "Shown above the panel.")
    public var plot = KeyDescription(
        "plot", .section(.plot), .rule("the spec's `plot` when absent"), doc: "What the panel draws.")
    public var sampling = KeyDescription(
        "sampling", .section(.sampling), .rule("the spec's `sampling` when absent"),
        doc: "Where the panel samples the landscape.")
    public var hold = KeyDescription(
        "hold",
        .map(.parameterValue(description: "held value"), description: "Held values for this panel only."),
        doc: "Held values on top of the spec's `hold`.")
    public var annotations = KeyDescription(
        "annotations", TopLevelDescription.annotationList,
        doc: "Drawn in this panel only, after the spec's annotations (which every panel draws).")

    public var section: SectionDescription {
        SectionDescription(
            "a view", doc: "One panel of `panels`: its own plot, sampling, held values and annotations.",
            keys: [title, plot, sampling, hold, annotations])
    }
}
