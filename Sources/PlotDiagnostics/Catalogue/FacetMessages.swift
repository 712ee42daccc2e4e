extension Messages.Spec {
    /// `facet.parameter` names a parameter the sampling varies: holding it per panel would contradict
    /// the sampling (a plot axis is always such a parameter).
    public static func facetOverSampledParameter(_ name: String, at span: SourceSpan) -> Diagnostic {
        .error(
            "spec.facet-sampled",
            "cannot facet over '\(name)': it is sampled (a grid axis), so a panel cannot hold it; "
                + "facet over a parameter the plot does not vary", at: span)
    }

    /// Trials that draw the facet's parameter leave nothing to hold per panel.
    public static func facetNeedsGrid(_ name: String, at span: SourceSpan) -> Diagnostic {
        .error(
            "spec.facet-needs-grid",
            "cannot facet over '\(name)': the trials draw it (they draw every parameter unless "
                + "'trials.parameters' lists the ones they do), so a panel cannot hold it", at: span)
    }

    /// The same value twice would draw the same panel twice.
    public static func facetRepeatedValue(_ value: String, of name: String, at span: SourceSpan) -> Diagnostic {
        .error("spec.facet-repeated", "\(value) is already a panel of the facet over '\(name)'", at: span)
    }

    /// `values: []` would draw a page without panels.
    public static func facetWithoutValues(at span: SourceSpan) -> Diagnostic {
        .error("spec.facet-empty", "a facet needs at least one value (one panel per value)", at: span)
    }
}

extension Messages.Spec {
    /// `columns` wraps a one-way facet; a two-way facet's columns are its values.
    public static func facetColumnsWithRows(at span: SourceSpan) -> Diagnostic {
        .error(
            "spec.facet-columns",
            "'columns' wraps a facet over one parameter; with 'rows' the grid is one row per row value and "
                + "one column per value, so remove 'columns'", at: span)
    }

    /// Rows and columns over one parameter would hold it at two values at once.
    public static func facetSameParameterTwice(_ name: String, at span: SourceSpan) -> Diagnostic {
        .error(
            "spec.facet-twice",
            "the rows facet over '\(name)', as the columns already do; a panel cannot hold one parameter at two "
                + "values: choose another parameter for the rows", at: span)
    }
}
