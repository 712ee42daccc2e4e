extension Messages {
    /// Problems mapping a data file's columns onto a spec's parameters and score (`sampling.data`).
    ///
    /// Each is located at the spec key that asked for the column; a problem in one cell also names the cell
    /// in words and, for text formats, carries a note located in the data file (`trials.csv:LINE:FIELD`).
    public enum DataMapping {}
}

extension Messages.DataMapping {
    /// Where a cell is, as a note located in the data file (nil span for a database).
    public static func cellNote(_ description: String, at span: SourceSpan?) -> Diagnostic.Note {
        Diagnostic.Note("the cell: \(description)", at: span)
    }

    /// Where the spec named a data file whose own text has the problem.
    public static func readHere(at span: SourceSpan) -> Diagnostic.Note {
        Diagnostic.Note("read for 'sampling.data' here", at: span)
    }

    /// The file's extension does not say its format.
    public static func unknownFormat(_ file: String, at span: SourceSpan) -> Diagnostic {
        .error(
            "data.unknown-format",
            "cannot tell the format of '\(file)' from its extension: add 'format: csv', 'jsonl', 'wandb' or 'optuna'",
            at: span)
    }

    /// A key that only one format reads.
    public static func keyNotForFormat(_ key: String, format: String, readBy: String, at span: SourceSpan)
        -> Diagnostic
    {
        .error("data.key-not-for-format", "'\(key)' applies to \(readBy) data only, not \(format)", at: span)
    }

    /// The data file lies outside the working directory.
    public static func outsideWorkingDirectory(_ file: String, resolved: String, at span: SourceSpan) -> Diagnostic {
        .error(
            "data.outside",
            "data file '\(file)' resolves to '\(resolved)', outside the current directory; "
                + "pass --allow-outside to read there", at: span)
    }

    /// A column the mapping names is not in the file.
    public static func missingColumn(
        _ column: String, for what: String, in file: String, columns: [String], at span: SourceSpan,
        suggestion: String?
    ) -> Diagnostic {
        let listed = columns.prefix(12).map { "'\($0)'" }.joined(separator: ", ") + (columns.count > 12 ? ", …" : "")
        return .error(
            "data.missing-column", "'\(file)' has no column '\(column)' for \(what) (its columns: \(listed))",
            at: span, suggestion: suggestion)
    }

    /// No declared parameter found a column.
    public static func nothingMapped(_ file: String, at span: SourceSpan) -> Diagnostic {
        .error(
            "data.nothing-mapped",
            "no parameter maps to a column of '\(file)': name the columns under 'columns: {PARAMETER: COLUMN}'",
            at: span)
    }

    /// Text in a column that must hold numbers.
    public static func notNumeric(
        _ text: String, column: String, for what: String, cell: String, at span: SourceSpan,
        note: Diagnostic.Note
    ) -> Diagnostic {
        .error(
            "data.not-numeric", "column '\(column)' holds '\(text)' (\(cell)), but \(what) must be a number",
            at: span, notes: [note])
    }

    /// A number the data wrote as NaN or ±∞ for a parameter.
    public static func nonFiniteParameter(
        column: String, parameter: String, cell: String, at span: SourceSpan,
        note: Diagnostic.Note
    ) -> Diagnostic {
        .error(
            "data.non-finite-parameter",
            "column '\(column)' holds NaN or ±∞ (\(cell)) for parameter '\(parameter)'", at: span, notes: [note])
    }

    /// A category the parameter does not declare.
    public static func unknownCategory(
        _ level: String, parameter: String, categories: [String], rows: Int, cell: String, at span: SourceSpan,
        note: Diagnostic.Note, suggestion: String?
    ) -> Diagnostic {
        let declared = categories.map { "'\($0)'" }.joined(separator: ", ")
        return cellError(
            "data.unknown-category",
            "'\(level)' (\(cell)) is not a category of '\(parameter)'; declared: \(declared)", rows: rows,
            counted: "use it", at: span, note: note, suggestion: suggestion)
    }

    /// Values outside the parameter's declared range.
    public static func outsideRange(
        parameter: String, value: String, range: String, rows: Int, cell: String, at span: SourceSpan,
        note: Diagnostic.Note
    ) -> Diagnostic {
        cellError(
            "data.outside-range", "\(value) (\(cell)) lies outside the declared range \(range) of '\(parameter)'",
            rows: rows, counted: "are outside it", at: span, note: note)
    }

    /// A value inside the range that the parameter cannot take (not whole, or not among its `values`).
    public static func undeclaredValue(
        parameter: String, value: String, takes: String, rows: Int, cell: String, at span: SourceSpan,
        note: Diagnostic.Note
    ) -> Diagnostic {
        cellError(
            "data.undeclared-value", "\(value) (\(cell)) is not a value of '\(parameter)', which takes \(takes)",
            rows: rows, counted: "are like it", at: span, note: note)
    }

    /// An error about the first of `rows` cells with one problem, saying how many there are.
    private static func cellError(
        _ code: String, _ message: String, rows: Int, counted: String, at span: SourceSpan, note: Diagnostic.Note,
        suggestion: String? = nil
    ) -> Diagnostic {
        .error(
            code, message + (rows == 1 ? "" : "; \(rows) trials \(counted)"), at: span, notes: [note],
            suggestion: suggestion)
    }

    /// Rows left out because a cell is missing or the score is not finite: counted, warned once per cause.
    public static func skippedRows(
        _ count: Int, reason: String, first cell: String, at span: SourceSpan,
        note: Diagnostic.Note
    ) -> Diagnostic {
        .warning(
            "data.skipped-rows",
            "\(count) \(count == 1 ? "trial" : "trials") left out: \(reason) (first: \(cell))", at: span,
            notes: [note])
    }

    /// Nothing left to draw.
    public static func noTrials(_ file: String, detail: String, at span: SourceSpan) -> Diagnostic {
        .error("data.empty-table", "'\(file)' holds no trials to draw\(detail)", at: span)
    }

    /// A plot axis on a parameter the data does not give: every trial would sit on one line.
    public static func axisNotInData(_ name: String, on what: String, mapped: [String], at span: SourceSpan)
        -> Diagnostic
    {
        .error(
            "spec.axis-not-drawn",
            "'\(name)' is \(what), but the data has no column for it, so every trial holds it (the data gives "
                + mapped.map { "'\($0)'" }.joined(separator: ", ") + "); name its column under "
                + "'columns: {\(name): COLUMN}'", at: span)
    }

    /// `hold:` of a parameter the data gives.
    public static func holdOfMapped(_ name: String, column: String, at span: SourceSpan, dataAt: SourceSpan)
        -> Diagnostic
    {
        .error(
            "spec.hold-sampled",
            "'\(name)' is held, but the data gives it (column '\(column)'), so the held value would never be used",
            at: span, notes: [.init("the data is read here", at: dataAt)])
    }

    /// A facet over data: real trials do not change with a held value, so every panel would be the same.
    public static func facetOverData(_ name: String, at span: SourceSpan) -> Diagnostic {
        .error(
            "data.facet",
            "cannot facet over '\(name)' with 'sampling.data': the trials were run once, so every panel "
                + "would show the same trials", at: span)
    }

    /// A spec that reads its score from data and also writes a score model that nothing draws.
    public static func unusedScoreModel(at span: SourceSpan) -> Diagnostic {
        .error(
            "data.unused-score",
            "this score model is not used: 'sampling.data' reads the score from the data "
                + "(only a slice draws a model's curves over data)", at: span)
    }

    /// A spec with neither a score model nor data that gives a score.
    public static func sliceNeedsScoreModel(at span: SourceSpan) -> Diagnostic {
        .error(
            "data.slice-needs-score",
            "a slice draws the score model's curves: write 'score:' to draw them over the data's trials", at: span)
    }
}
