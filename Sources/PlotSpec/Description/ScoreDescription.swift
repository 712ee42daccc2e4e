/// The `score` section, its terms and the factors in a term's `times`.
public struct ScoreDescription: Sendable {
    public var baseline = DefaultedKey("baseline", .anyNumber, default: 0.0, doc: "Constant part of the score.")
    public var terms = KeyDescription(
        "terms", .list(.section(.term), maxItems: SpecLimits.maxTerms, description: ""), doc: "The terms.")
    public var clip = DefaultedKey(
        "clip",
        .anyOf(
            [.pair(.anyNumber, description: "[low, high]"), .boolean(description: "false: no clipping")],
            description: ""),
        default: NumberPair(0, 1), doc: "Clip bounds.")

    public var section: SectionDescription {
        SectionDescription(
            "score", doc: "clip(baseline + Σ term · Π factors + noise)",
            keys: [baseline.described, terms, clip.described])
    }
}

/// One item of `score.terms`: exactly one kind key, optional factors and a name.
public struct TermDescription: Sendable {
    public var bell = KeyDescription("bell", .section(.bell))
    public var ridge = KeyDescription("ridge", .section(.ridge))
    public var penalty = KeyDescription("penalty", .section(.penalty))
    public var interaction = KeyDescription("interaction", .section(.interaction))
    public var expr = KeyDescription("expr", .formula(description: ""), doc: "Any numeric formula.")
    public var noise = KeyDescription(
        "noise", .anyOf([.formula(description: "sigma"), .section(.noise)], description: ""), doc: "Gaussian noise.")
    public var times = KeyDescription(
        "times", .list(.section(.factor), maxItems: SpecLimits.maxFactors, description: ""),
        doc: "Factors multiplying this term.")
    public var name = KeyDescription(
        "name", .plainText, doc: "A name for the term (identifies its noise stream).")

    /// The kind keys a factor may have: every kind but noise, which adds to the score.
    public var factorKinds: [KeyDescription] { [bell, ridge, penalty, interaction, expr] }
    public var kinds: [KeyDescription] { factorKinds + [noise] }

    public var section: SectionDescription {
        SectionDescription(
            "a term", doc: "One term of the score.", keys: kinds + [times, name],
            exactlyOne: kinds.map(\.name))
    }

    public var factorSection: SectionDescription {
        SectionDescription(
            "a factor", doc: "A factor multiplying its term.", keys: factorKinds,
            exactlyOne: factorKinds.map(\.name), refused: [noise.name])
    }
}
