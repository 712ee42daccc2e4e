import PlotScales

/// `x_axis`, `y_axis`, `z_axis`: axis presentation.
public struct AxisDescription: Sendable {
    public var label = KeyDescription("label", .plainText, doc: "Axis title.")
    public var tickFormat = KeyDescription("tick_format", .tickFormat, .rule("the parameter's `tick_format`"))
    public var grid = DefaultedKey("grid", .flag, default: false, doc: "Grid lines at major ticks.")

    public var section: SectionDescription {
        SectionDescription("axis", doc: "Axis presentation.", keys: [label, tickFormat, grid.described])
    }
}

/// The colour keys every plot kind takes.
public struct ColorKeys: Sendable {
    public var value = DefaultedKey(
        "value", .choice(ShownValue.allCases.map(\.rawValue), description: ""),
        default: ShownValue.score, doc: "score, or loss = 1 − score.")
    public var colormap = DefaultedKey(
        "colormap",
        .choice(
            Colormap.allNames + Colormap.allNames.map { $0 + "_r" },
            description: ""),
        default: "viridis", doc: "Colormap.")
    public var colorRange = DefaultedKey(
        "color_range", .pair(.anyNumber, description: ""), default: NumberPair(0, 1),
        doc: "Values at the colormap's ends; with `sampling.data`, the data's lowest and highest shown score.")
    public var colorbar = KeyDescription(
        "colorbar",
        .anyOf(
            [
                .string(description: "title"), .boolean(description: "false hides it"),
                .section(.colorbar)
            ], description: ""),
        .rule("Score or Loss"), doc: "Colour-bar title.")

    public var keys: [KeyDescription] { [value.described, colormap.described, colorRange.described, colorbar] }
}

/// `colorbar` written as a mapping.
public struct ColorbarDescription: Sendable {
    public var label = KeyDescription("label", .string(description: "title"))

    public var section: SectionDescription {
        SectionDescription("colorbar", doc: "Colour bar.", keys: [label])
    }
}
