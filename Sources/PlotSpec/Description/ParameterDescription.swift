import PlotScales

/// One entry of `parameters`: a hyperparameter.
public struct ParameterDescription: Sendable {
    public var range = KeyDescription(
        "range", .pair(.number(minimum: nil, maximum: nil, description: "bound"), description: "[low, high]"),
        .rule("required unless `values` or `sampling.data` gives it"))
    public var values = KeyDescription(
        "values",
        .anyOf(
            [
                .list(
                    .number(minimum: nil, maximum: nil, description: "value"), maxItems: nil,
                    description: "The only numbers the parameter takes."),
                .list(
                    .string(description: "category name"), maxItems: SpecLimits.maxCategories,
                    description: "Category names: a categorical parameter, numbered 0…n−1 in this order.")
            ],
            description: ""),
        doc: "A list of numbers, or of category names (at least 2).")
    public var scale = DefaultedKey(
        "scale", .choice(ScaleKind.allCases.map(\.rawValue), description: ""), default: ScaleKind.linear,
        doc: "The parameter's own scale.")
    public var integer = DefaultedKey("integer", .flag, default: false, doc: "Round samples to whole numbers.")
    public var label = KeyDescription("label", .plainText, .rule("the name, capitalised"), doc: "Axis label.")
    public var defaultValue = KeyDescription(
        "default", .parameterValue(description: ""),
        .rule("the middle of the range in its scale, snapped; the first category"), doc: "Value when not sampled.")
    public var tickFormat = DefaultedKey("tick_format", .tickFormat, default: TickFormat.auto)

    public var section: SectionDescription {
        SectionDescription(
            "parameter", doc: "A hyperparameter.",
            keys: [range, values, scale.described, integer.described, label, defaultValue, tickFormat.described])
    }
}
