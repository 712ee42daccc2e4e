/// `facet`: one plot repeated for each value of a parameter held at that value (Vega-Lite's `facet`
/// with `columns`; matplotlib's `subplots(sharex, sharey)` with one colour bar), and optionally for each
/// value of a second parameter in rows (`rows:`, Vega-Lite's `row` × `column`).
public struct FacetDescription: Sendable {
    public var parameter = KeyDescription(
        "parameter", .parameterName, .required,
        doc: "The parameter each panel holds at one of `values` (not a sampled one).")
    public var values = FacetDescription.panelValues(
        doc: "One panel per value, in the order written; each inside the parameter's range.")
    public var columns = KeyDescription(
        "columns", .integer(minimum: 1, maximum: SpecLimits.maxPanels, description: ""),
        doc: "Panels per row; all in one row when absent. Not with `rows`.")
    public var rows = KeyDescription(
        "rows", .section(.facetRows),
        doc: "A second parameter, one row of panels per value; `values` are then the columns.")
    public var letters = DefaultedKey(
        "letters", .flag, default: false, doc: "Prefix each panel title with (a), (b), (c)…")

    public var section: SectionDescription {
        SectionDescription(
            "facet", doc: "One plot per value of a held parameter, sharing one colour scale and colour bar.",
            keys: [parameter, values, columns, rows, letters.described])
    }

    /// A facet's list of held values, one panel (or row) each.
    static func panelValues(doc: String) -> KeyDescription {
        KeyDescription(
            "values",
            .list(.parameterValue(description: "panel value"), maxItems: SpecLimits.maxPanels, description: ""),
            .required, doc: doc)
    }
}

/// `facet.rows`: the parameter whose values make the rows of a two-way facet.
public struct FacetRowsDescription: Sendable {
    public var parameter = KeyDescription(
        "parameter", .parameterName, .required,
        doc: "The parameter each row holds at one of `values` (not sampled, not the facet's own).")
    public var values = FacetDescription.panelValues(doc: "One row per value, top to bottom.")

    public var section: SectionDescription {
        SectionDescription(
            "facet rows", doc: "The rows of a two-way facet: a second held parameter.", keys: [parameter, values])
    }
}
