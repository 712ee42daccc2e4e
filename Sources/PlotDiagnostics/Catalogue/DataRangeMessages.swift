extension Messages.DataMapping {
    /// A parameter declares neither `range` nor `values`, and the data has no column to take them from.
    public static func noRangeColumn(
        _ parameter: String, column: String, in file: String, at span: SourceSpan, suggestion: String?
    ) -> Diagnostic {
        .error(
            "data.no-range-column",
            "parameter '\(parameter)' has no 'range' and '\(file)' has no column '\(column)' to take one from: "
                + "declare 'range' or 'values', or name its column under 'columns'",
            at: span, suggestion: suggestion)
    }

    /// A column a range is taken from holds no number (every cell missing or NaN/±∞).
    public static func noRangeValues(_ parameter: String, column: String, at span: SourceSpan) -> Diagnostic {
        .error(
            "data.no-range-values",
            "parameter '\(parameter)' has no 'range' and its column '\(column)' holds no finite number to take one "
                + "from: declare 'range'",
            at: span)
    }

    /// A declared log scale over a column whose smallest value is not positive.
    public static func logScaleOverData(
        _ scale: String, parameter: String, column: String, smallest: String, at span: SourceSpan
    ) -> Diagnostic {
        .error(
            "spec.log-range",
            "a \(scale) scale needs positive values, but column '\(column)' of parameter '\(parameter)' holds "
                + "\(smallest): declare a 'range' of positive numbers or use a linear scale",
            at: span)
    }
}

extension Messages.DataMapping {
    /// Real trials whose shown score lies outside a declared `color_range`: drawn in the end colours (and,
    /// on parallel coordinates, at the score axis's ends), so the figure does not show their value.
    public static func scoresOutsideColorRange(
        _ count: Int, of total: Int, lowest: String, highest: String, range: String, at span: SourceSpan
    ) -> Diagnostic {
        .warning(
            "data.outside-color-range",
            "\(count) of \(total) trials score outside color_range \(range) (the data run from \(lowest) to "
                + "\(highest)): they are drawn in the end colours; widen color_range or leave it out to take "
                + "the data's",
            at: span)
    }
}
