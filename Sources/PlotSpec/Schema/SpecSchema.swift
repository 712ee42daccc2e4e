import PlotScales

/// The spec language as a schema tree, built from the decoder's key tables.
public enum SpecSchema {
    public static var root: SchemaNode {
        .object(ObjectSchema(
            description: "A plotspec figure: one YAML file describes one figure.",
            keys: SpecDecoder.topLevelKeys,
            properties: [
                "extends": .anyOf([.string(description: "path"), .list(.string(description: "path"), maxItems: nil, description: "")],
                                  description: "Files (relative to this one) whose sections are merged under this spec."),
                "figure": figure,
                "seed": .integer(minimum: 0, maximum: nil, description: "Seed of every random number in the figure."),
                "parameters": .map(parameter, description: "The hyperparameters, by name."),
                "hold": .map(parameterValue(description: "held value"),
                             description: "Values for parameters that are not sampled."),
                "define": .map(.formula(description: "a named sub-formula"), description: "Named sub-formulas."),
                "sampling": sampling,
                "score": score,
                "plot": plot,
                "annotations": .list(annotation, maxItems: SpecLimits.maxAnnotations,
                                     description: "Takeaways drawn on the plot."),
            ]))
        // No section is required here: a figure file may take parameters and score from `extends`, and a
        // shared file has no figure. The decoder reports missing sections after merging.
    }

    static let inches = SchemaNode.number(minimum: 1, maximum: 100, description: "inches")

    static var figure: SchemaNode {
        .object(ObjectSchema(
            description: "The page: title, size, resolution and output file.",
            keys: DecodeContext.figureKeys,
            properties: [
                "title": .string(description: "Title above the plot."),
                "subtitle": .string(description: "Smaller line under the title."),
                "size": .pair(inches, description: "[width, height] in inches."),
                "pixels": .pair(.integer(minimum: 64, maximum: SpecLimits.maxPixelsPerSide, description: "pixels"),
                                description: "[width, height] of the PNG in pixels."),
                "dpi": .number(minimum: 10, maximum: 1200, description: "Raster resolution."),
                "output": .string(description: "Output file (.png, .svg or .pdf), relative to the spec."),
                "font_size": .number(minimum: 4, maximum: 48, description: "Base font size in points."),
                "font": .anyOf([.string(description: "font family"),
                                .list(.string(description: "font family"), maxItems: SpecLimits.maxFontFamilies,
                                      description: "")],
                               description: "Font family, or families in order of preference (default DejaVu Sans)."),
                "background": .color(description: "Page colour."),
            ],
            required: ["output"]))
    }

    /// A value of a parameter: a number, or a category name of a categorical parameter.
    static func parameterValue(description: String) -> SchemaNode {
        .anyOf([.number(minimum: nil, maximum: nil, description: "value or category index"),
                .string(description: "category name")], description: description)
    }

    static var tickFormat: SchemaNode {
        .string(description: "auto, plain, scientific, power, percent, or a printf pattern such as %.2f")
    }

    static var parameter: SchemaNode {
        .object(ObjectSchema(
            description: "A hyperparameter.",
            keys: DecodeContext.parameterKeys,
            properties: [
                "range": .pair(.number(minimum: nil, maximum: nil, description: "bound"), description: "[low, high]"),
                "values": .anyOf([.list(.number(minimum: nil, maximum: nil, description: "value"), maxItems: nil,
                                        description: "The only numbers the parameter takes."),
                                  .list(.string(description: "category name"), maxItems: SpecLimits.maxCategories,
                                        description: "Category names: a categorical parameter, numbered 0…n−1 in this order.")],
                                 description: "A list of numbers, or of category names (at least 2)."),
                "scale": .choice(ScaleKind.allCases.map(\.rawValue), description: "The parameter's own scale."),
                "integer": .boolean(description: "Round samples to whole numbers."),
                "label": .string(description: "Axis label."),
                "default": parameterValue(description: "Value when not sampled."),
                "tick_format": tickFormat,
            ]))
    }
}
