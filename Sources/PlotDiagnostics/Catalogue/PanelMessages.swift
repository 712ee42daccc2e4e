extension Messages.Spec {
    /// A grid names a view that `views` does not define.
    public static func panelViewUndefined(_ name: String, at span: SourceSpan, suggestion: String?) -> Diagnostic {
        .error(
            "spec.panel-undefined", "the grid places view '\(name)', which 'views' does not define", at: span,
            suggestion: suggestion)
    }

    /// A view that no cell places would be decoded and never drawn.
    public static func panelViewNotPlaced(_ name: String, at span: SourceSpan) -> Diagnostic {
        .error(
            "spec.panel-unplaced",
            "view '\(name)' is not placed on the grid: add it to 'grid' or remove it", at: span)
    }

    /// A view in two cells: spanning cells is not supported, and two copies would be the same panel.
    public static func panelViewTwice(
        _ name: String, row: Int, column: Int, at span: SourceSpan, first: SourceSpan
    ) -> Diagnostic {
        .error(
            "spec.panel-twice",
            "view '\(name)' is already placed at row \(row), column \(column); a view fills one cell "
                + "(panels spanning several cells are not supported)", at: span,
            notes: [Diagnostic.Note("first placed here", at: first)])
    }

    /// Rows of different lengths leave cells undefined.
    public static func panelGridRagged(row: Int, cells: Int, expected: Int, at span: SourceSpan) -> Diagnostic {
        .error(
            "spec.panel-ragged",
            "row \(row) of the grid has \(cells) cell\(cells == 1 ? "" : "s") where the first has \(expected); "
                + "every row needs the same number (use . for an empty cell)", at: span)
    }

    /// No rows, or more than a page can hold.
    public static func panelGridSize(rows: Int, limit: Int, at span: SourceSpan) -> Diagnostic {
        .error(
            "spec.panel-grid-size",
            "a panels grid needs 1 to \(limit) rows, not \(rows)", at: span)
    }

    /// An empty row, or one wider than a page can hold.
    public static func panelGridSize(columns: Int, limit: Int, at span: SourceSpan) -> Diagnostic {
        .error(
            "spec.panel-grid-size",
            "a row of the panels grid needs 1 to \(limit) cells, not \(columns)", at: span)
    }

    /// Only `.` cells.
    public static func panelGridEmpty(at span: SourceSpan) -> Diagnostic {
        .error("spec.panel-grid-empty", "the grid places no view (every cell is .)", at: span)
    }

    /// A view with no plot of its own, in a spec with none to take.
    public static func panelViewWithoutPlot(_ name: String, at span: SourceSpan) -> Diagnostic {
        .error(
            "spec.panel-no-plot",
            "view '\(name)' has no 'plot', and the spec has none for it to take: give the view a plot or the "
                + "spec a top-level one", at: span)
    }

    /// Where a problem met in what a view takes from the spec comes from.
    public static func inView(_ name: String, at span: SourceSpan) -> Diagnostic.Note {
        Diagnostic.Note("in view '\(name)', which takes it from the spec", at: span)
    }

    /// A shared colour bar can only mean one thing.
    public static func panelsColorDiffer(
        _ name: String, first: String, _ difference: String, at span: SourceSpan, sharing: SourceSpan,
        sharingIsWritten: Bool
    ) -> Diagnostic {
        .error(
            "spec.panel-colors",
            "the panels share one colour bar, but view '\(name)' colours differently from '\(first)': "
                + "\(difference); colour them alike, or set 'colorbar: each' to give each panel its own",
            at: span,
            notes: [
                Diagnostic.Note(
                    sharingIsWritten
                        ? "the colour bar is shared here"
                        : "the panels of this grid share one colour bar unless 'colorbar: each' is set", at: sharing)
            ])
    }

    /// Both ways of writing panels at once would leave the page's layout undecided.
    public static func facetAndPanels(at span: SourceSpan) -> Diagnostic {
        .error(
            "spec.facet-and-panels",
            "a spec has either 'facet' (one plot repeated over held values) or 'panels' (named views), "
                + "not both", at: span)
    }
}
