/// The `figure` section: the page.
public struct FigureDescription: Sendable {
    public var title = KeyDescription("title", .plainText, doc: "Title above the plot.")
    public var subtitle = KeyDescription("subtitle", .plainText, doc: "Smaller line under the title.")
    public var size = DefaultedKey(
        "size", .pair(.number(minimum: 1, maximum: 100, description: "inches"), description: ""),
        default: NumberPair(8, 6), doc: "[width, height] in inches.", unit: "inches")
    public var pixels = KeyDescription(
        "pixels",
        .pair(
            .integer(minimum: 64, maximum: SpecLimits.maxPixelsPerSide, description: "pixels"),
            description: ""),
        doc: "[width, height] of the PNG in pixels.")
    public var dpi = DefaultedKey("dpi", .bounded(10, 1200), default: 120.0, doc: "Raster resolution.")
    public var output = KeyDescription(
        "output", .plainText, .required, doc: "Output file (.png, .svg or .pdf), relative to the spec.")
    public var fontSize = DefaultedKey(
        "font_size", .bounded(4, 48), default: 10.0, doc: "Base font size in points.", unit: "points")
    public var font = KeyDescription(
        "font",
        .anyOf(
            [
                .string(description: "font family"),
                .list(
                    .string(description: "font family"), maxItems: SpecLimits.maxFontFamilies,
                    description: "")
            ],
            description: ""),
        .rule("DejaVu Sans"), doc: "Font family, or families in order of preference (default DejaVu Sans).")
    public var background = DefaultedKey(
        "background", .anyColor, default: NamedColor(name: "white", value: .white), doc: "Page colour.")

    public var section: SectionDescription {
        SectionDescription(
            "figure", doc: "The page: title, size, resolution and output file.",
            keys: [
                title, subtitle, size.described, pixels, dpi.described, output, fontSize.described,
                font, background.described
            ])
    }
}
