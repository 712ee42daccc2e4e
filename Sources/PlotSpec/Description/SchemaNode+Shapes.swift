/// Shapes several sections share, and short spellings for the common ones.
extension SchemaNode {
    /// Text with no description of its own.
    static let plainText = SchemaNode.string(description: "")
    /// A colour with no description of its own.
    static let anyColor = SchemaNode.color(description: "")
    /// True or false, with no description of its own.
    static let flag = SchemaNode.boolean(description: "")
    /// A parameter's name (`x: learning_rate`).
    static let parameterName = SchemaNode.string(description: "a parameter name")

    /// A number between optional bounds.
    static func bounded(_ minimum: Double?, _ maximum: Double?) -> SchemaNode {
        .number(minimum: minimum, maximum: maximum, description: "")
    }

    /// A value of a parameter: a number, or a category name of a categorical parameter.
    static func parameterValue(description: String) -> SchemaNode {
        .anyOf(
            [
                .number(minimum: nil, maximum: nil, description: "value or category index"),
                .string(description: "category name")
            ], description: description)
    }

    static let tickFormat = SchemaNode.string(
        description: "auto, plain, scientific, power, percent, or a printf pattern such as %.2f")

    /// A point of the plot (`at`, `label_at`).
    static let point = SchemaNode.anyOf(
        [
            .choice(
                ["argmax", "argmin", "true_argmax", "true_argmin"],
                description: "A computed point: the best (worst) sample, or the best (worst) noise-free value."),
            .map(
                parameterValue(description: ""),
                description: "Data coordinates, or {top: f}: the median of the best fraction f of the trials.")
        ],
        description: "A point of the plot.")

    /// A bell or ridge width: a standard deviation, or `[below, above]`.
    static let width = SchemaNode.anyOf(
        [
            .number(minimum: 0, maximum: nil, description: "width"),
            .pair(.number(minimum: 0, maximum: nil, description: "width"), description: "[below, above]")
        ],
        description: "Standard deviation, or [below, above] for an asymmetric shape.")
}
