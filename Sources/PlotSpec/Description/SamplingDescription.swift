/// The `sampling` section and its `trials` and `focus`.
public struct SamplingDescription: Sendable {
    public var grid = KeyDescription(
        "grid",
        .map(
            .anyOf(
                [
                    .integer(minimum: 2, maximum: SpecLimits.maxGridCellsPerAxis, description: "cells"),
                    .choice(["all"], description: "one cell per category (categorical parameters)")
                ],
                description: "Cells along the parameter."),
            description: "Cells per parameter."))
    public var trials = KeyDescription("trials", .section(.trials))
    public var data = KeyDescription("data", .section(.data))

    public var section: SectionDescription {
        SectionDescription(
            "sampling", doc: "How the landscape is sampled.", keys: [grid, trials, data],
            exactlyOne: [grid.name, trials.name, data.name])
    }
}

/// `sampling.trials`: seeded Monte-Carlo trials.
public struct TrialsDescription: Sendable {
    public var count = KeyDescription(
        "count", .integer(minimum: 1, maximum: SpecLimits.maxTrials, description: ""), .required,
        doc: "Number of trials.")
    public var method = DefaultedKey(
        "method", .choice(TrialSampling.Method.allCases.map(\.rawValue), description: ""),
        default: TrialSampling.Method.random, doc: "Exploration method.")
    public var focus = KeyDescription("focus", .section(.focus))
    public var parameters = KeyDescription(
        "parameters", .list(.parameterName, maxItems: SpecLimits.maxParameters, description: ""),
        .rule("every parameter"),
        doc: "The parameters the trials draw (the search space); the others keep their held value.")

    public var section: SectionDescription {
        SectionDescription(
            "trials", doc: "Seeded Monte-Carlo trials.", keys: [count, method.described, parameters, focus])
    }
}

/// `trials.focus`: a share of the trials drawn around a promising point.
public struct FocusDescription: Sendable {
    public var fraction = KeyDescription("fraction", .bounded(0, 1), .required, doc: "Share of the trials.")
    public var center = KeyDescription(
        "center", .map(.parameterValue(description: "centre"), description: "Centres."), .required)
    public var spread = KeyDescription(
        "spread",
        .map(
            .number(minimum: 0, maximum: nil, description: "spread"),
            description: "Spreads in each parameter's scale."), .required)

    public var section: SectionDescription {
        SectionDescription(
            "focus", doc: "A share of trials drawn around a promising point.",
            keys: [fraction, center, spread])
    }
}
