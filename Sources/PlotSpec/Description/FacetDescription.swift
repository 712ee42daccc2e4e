/// `facet`: one plot repeated for each value of a parameter held at that value (Vega-Lite's `facet`
/// with `columns`; matplotlib's `subplots(sharex, sharey)` with one colour bar).
public struct FacetDescription: Sendable {
    public var parameter = KeyDescription(
        "parameter", .parameterName, .required,
        doc: "The parameter each panel holds at one of `values` (not a sampled one).")
    public var values = KeyDescription(
        "values",
        .list(
            .parameterValue(description: "panel value"),
            maxItems: SpecLimits.maxFacetPanels, description: ""),
        .required,
        doc: "One panel per value, in the order written; each inside the parameter's range.")
    public var columns = KeyDescription(
        "columns", .integer(minimum: 1, maximum: SpecLimits.maxFacetPanels, description: ""),
        doc: "Panels per row; all in one row when absent.")
    public var letters = DefaultedKey(
        "letters", .flag, default: false, doc: "Prefix each panel title with (a), (b), (c)…")

    public var section: SectionDescription {
        SectionDescription(
            "facet", doc: "One plot per value of a held parameter, sharing one colour scale and colour bar.",
            keys: [parameter, values, columns, letters.described])
    }
}
