import PlotScales

/// `plot.history`: an optimisation history, with keys named as the scatter's where they mean the same.
public struct HistoryDescription: Sendable {
    public var markerSize = DefaultedKey(
        "marker_size", .bounded(0.1, 100), default: 5.0,
        doc: "Diameter of each trial's marker in points.", unit: "points")
    public var opacity = DefaultedKey("opacity", .bounded(0, 1), default: 0.75, doc: "Trial marker opacity.")
    public var pointColor = DefaultedKey(
        "point_color", .anyColor,
        default: NamedColor(name: "#1f77b4", value: ColorValue(red: 0x1f / 255, green: 0x77 / 255, blue: 0xb4 / 255)),
        doc: "Trial marker fill.")
    public var edgeColor = KeyDescription("edge_color", .anyColor, doc: "Trial marker outline.")
    public var bestColor = DefaultedKey(
        "best_color", .anyColor,
        default: NamedColor(name: "#d62728", value: ColorValue(red: 0xd6 / 255, green: 0x27 / 255, blue: 0x28 / 255)),
        doc: "Colour of the best-so-far line.")
    public var lineWidth = DefaultedKey(
        "line_width", .bounded(0.1, 10), default: 1.8, doc: "Width of the best-so-far line.", unit: "points")
    public var value = ColorKeys().value
    public var valueScale = DefaultedKey(
        "value_scale", .choice(ScaleKind.allCases.map(\.rawValue), description: ""), default: ScaleKind.linear,
        doc: "Scale of the value axis; a log scale needs every shown value positive.")
    public var xAxis = KeyDescription("x_axis", .section(.axis))
    public var yAxis = KeyDescription("y_axis", .section(.axis))

    public var section: SectionDescription {
        SectionDescription(
            "history", doc: "Each trial's value in trial order, with the best value so far.",
            keys: [
                value.described, valueScale.described, markerSize.described, opacity.described, pointColor.described,
                edgeColor,
                bestColor.described, lineWidth.described, xAxis, yAxis
            ])
    }
}
