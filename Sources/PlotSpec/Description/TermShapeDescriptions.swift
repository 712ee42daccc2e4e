/// `bell`: a Gaussian optimum.
public struct BellDescription: Sendable {
    public var center = KeyDescription(
        "center", .map(.parameterValue(description: "optimum"), description: "Optimum per parameter."), .required)
    public var width = KeyDescription(
        "width", .anyOf([.width, .map(.width, description: "per parameter")], description: "Widths."), .required)
    public var height = DefaultedKey("height", .anyNumber, default: 1.0, doc: "Peak height (negative: a dip).")

    public var section: SectionDescription {
        SectionDescription(
            "bell", doc: "A Gaussian optimum measured in each parameter's own scale.",
            keys: [center, width, height.described])
    }
}

/// `ridge`: a Gaussian across a formula.
public struct RidgeDescription: Sendable {
    public var along = KeyDescription(
        "along", .formula(description: ""), .required, doc: "The direction across the ridge.")
    public var center = DefaultedKey("center", .anyNumber, default: 0.0, doc: "Where `along` peaks.")
    public var width = KeyDescription("width", .width, .required)
    public var height = DefaultedKey("height", .anyNumber, default: 1.0, doc: "Peak height.")

    public var section: SectionDescription {
        SectionDescription(
            "ridge", doc: "A Gaussian across a formula.",
            keys: [along, center.described, width, height.described])
    }
}

/// `penalty`: subtracted where a (softened) condition holds.
public struct PenaltyDescription: Sendable {
    public var when = KeyDescription("when", .formula(description: ""), .required, doc: "A boolean formula.")
    public var strength = DefaultedKey("strength", .anyNumber, default: 1.0, doc: "Amount subtracted.")
    public var softness = DefaultedKey(
        "softness", .bounded(0, nil), default: 0.0, doc: "Sigmoid width; 0 is a hard step.")
    public var shape = DefaultedKey(
        "shape", .choice(Penalty.Shape.allCases.map(\.rawValue), description: ""), default: Penalty.Shape.sigmoid,
        doc: "Growth past the threshold.")

    public var section: SectionDescription {
        SectionDescription(
            "penalty", doc: "Subtracted where a (softened) condition holds.",
            keys: [when, strength.described, softness.described, shape.described])
    }
}

/// `interaction`: strength · x · y.
public struct InteractionDescription: Sendable {
    public var x = KeyDescription("x", .formula(description: ""), .required, doc: "First factor of the product.")
    public var y = KeyDescription("y", .formula(description: ""), .required, doc: "Second factor of the product.")
    public var strength = DefaultedKey("strength", .anyNumber, default: 1.0, doc: "Factor of the product.")

    public var section: SectionDescription {
        SectionDescription("interaction", doc: "strength · x · y", keys: [x, y, strength.described])
    }
}

/// `noise` written as a mapping (`noise: 0.02` is shorthand for `{sigma: 0.02}`).
public struct NoiseDescription: Sendable {
    public var sigma = KeyDescription(
        "sigma", .formula(description: ""), .required, doc: "Standard deviation (may vary by point).")
    public var stream = KeyDescription(
        "stream", .plainText, .rule("the term's `name`, else its sigma formula"), doc: "Name of its random stream.")

    public var section: SectionDescription {
        SectionDescription("noise", doc: "Gaussian noise.", keys: [sigma, stream])
    }
}
