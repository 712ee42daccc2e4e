import PlotScales

extension SpecSchema {
    static var sampling: SchemaNode {
        let count = SchemaNode.anyOf(
            [.integer(minimum: 2, maximum: SpecLimits.maxGridCellsPerAxis, description: "cells"),
             .choice(["all"], description: "one cell per category (categorical parameters)")],
            description: "Cells along the parameter.")
        let spreads = SchemaNode.map(.number(minimum: 0, maximum: nil, description: "spread"), description: "Spreads in each parameter's scale.")
        let centers = SchemaNode.map(parameterValue(description: "centre"), description: "Centres.")
        let focus = SchemaNode.object(ObjectSchema(
            description: "A share of trials drawn around a promising point.", keys: DecodeContext.focusKeys,
            properties: ["fraction": .number(minimum: 0, maximum: 1, description: "Share of the trials."),
                         "center": centers, "spread": spreads],
            required: DecodeContext.focusKeys))
        let trials = SchemaNode.object(ObjectSchema(
            description: "Seeded Monte-Carlo trials.", keys: DecodeContext.trialKeys,
            properties: [
                "count": .integer(minimum: 1, maximum: SpecLimits.maxTrials, description: "Number of trials."),
                "method": .choice(TrialSampling.Method.allCases.map(\.rawValue), description: "Exploration method."),
                "focus": focus,
            ], required: ["count"]))
        return .object(ObjectSchema(
            description: "How the landscape is sampled.", keys: DecodeContext.samplingKeys,
            properties: ["grid": .map(count, description: "Cells per parameter."), "trials": trials],
            exactlyOne: DecodeContext.samplingKeys))
    }

    static var width: SchemaNode {
        .anyOf([.number(minimum: 0, maximum: nil, description: "width"),
                .pair(.number(minimum: 0, maximum: nil, description: "width"), description: "[below, above]")],
               description: "Standard deviation, or [below, above] for an asymmetric shape.")
    }

    static func shapeProperties() -> [String: SchemaNode] {
        let number = SchemaNode.number(minimum: nil, maximum: nil, description: "")
        return [
            "bell": .object(ObjectSchema(
                description: "A Gaussian optimum measured in each parameter's own scale.",
                keys: ["center", "width", "height"],
                properties: ["center": .map(parameterValue(description: "optimum"), description: "Optimum per parameter."),
                             "width": .anyOf([width, .map(width, description: "per parameter")], description: "Widths."),
                             "height": number],
                required: ["center", "width"])),
            "ridge": .object(ObjectSchema(
                description: "A Gaussian across a formula.", keys: ["along", "center", "width", "height"],
                properties: ["along": .formula(description: "The direction across the ridge."), "center": number,
                             "width": width, "height": number],
                required: ["along", "width"])),
            "penalty": .object(ObjectSchema(
                description: "Subtracted where a (softened) condition holds.",
                keys: ["when", "strength", "softness", "shape"],
                properties: ["when": .formula(description: "A boolean formula."), "strength": number,
                             "softness": .number(minimum: 0, maximum: nil, description: "Sigmoid width; 0 is a hard step."),
                             "shape": .choice(Penalty.Shape.allCases.map(\.rawValue), description: "Growth past the threshold.")],
                required: ["when"])),
            "interaction": .object(ObjectSchema(
                description: "strength · x · y", keys: ["x", "y", "strength"],
                properties: ["x": .formula(description: ""), "y": .formula(description: ""), "strength": number],
                required: ["x", "y"])),
            "expr": .formula(description: "Any numeric formula."),
        ]
    }

    static var term: SchemaNode {
        var properties = shapeProperties()
        properties["noise"] = .anyOf([
            .formula(description: "sigma"),
            .object(ObjectSchema(description: "Gaussian noise.", keys: ["sigma", "stream"],
                                 properties: ["sigma": .formula(description: "Standard deviation (may vary by point)."),
                                              "stream": .string(description: "Name of its random stream.")],
                                 required: ["sigma"])),
        ], description: "Gaussian noise.")
        let factor = SchemaNode.object(ObjectSchema(
            description: "A factor multiplying its term.", keys: DecodeContext.termKinds.filter { $0 != "noise" },
            properties: shapeProperties(), exactlyOne: DecodeContext.termKinds.filter { $0 != "noise" }))
        properties["times"] = .list(factor, maxItems: SpecLimits.maxFactors, description: "Factors multiplying this term.")
        properties["name"] = .string(description: "A name for the term (identifies its noise stream).")
        return .object(ObjectSchema(description: "One term of the score.", keys: DecodeContext.termKeys,
                                    properties: properties, exactlyOne: DecodeContext.termKinds))
    }

    static var score: SchemaNode {
        .object(ObjectSchema(
            description: "clip(baseline + Σ term · Π factors + noise)", keys: DecodeContext.scoreKeys,
            properties: [
                "baseline": .number(minimum: nil, maximum: nil, description: "Constant part of the score."),
                "terms": .list(term, maxItems: SpecLimits.maxTerms, description: "The terms."),
                "clip": .anyOf([.pair(.number(minimum: nil, maximum: nil, description: ""), description: "[low, high]"),
                                .boolean(description: "false: no clipping")], description: "Clip bounds."),
            ]))
    }
}
