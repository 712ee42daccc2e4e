import PlotData
import PlotDiagnostics
import PlotScales
import PlotYAML

/// What a parameter that declares neither `range` nor `values` takes from its column of the spec's data.
enum DataDomain {
    /// A range, with the scale and integer flag the data implies (used where the spec declares none).
    case range(lower: Double, upper: Double, scale: ScaleKind, integer: Bool)
    /// Numeric choices, ascending: an Optuna categorical of numbers, or a column with one value.
    case numbers([Double])
    /// Category names in the data's order: an Optuna categorical's choices, or a text column's levels.
    case categories([String])
}

extension DecodeContext {
    /// The domain parameter `name` takes from the spec's `sampling.data`, or nil: after reporting when the
    /// data has no usable column for it, silently when the file itself could not be read (its errors are
    /// reported; the parameter is then marked broken so nothing cascades).
    ///
    /// - An Optuna parameter takes its distribution: `FloatDistribution` → its range (log10 scale when
    ///   `log`), `IntDistribution` → an integer range (log2 scale when `log`: Optuna's log integers are
    ///   mostly powers of two, such as batch sizes), `CategoricalDistribution` → its choices (numbers when
    ///   every choice is one). A distribution's `step` is not kept: the values lie on it anyway.
    /// - Any other column: numbers → the smallest and largest finite value (one value → that value alone);
    ///   text → its categories in order of first appearance.
    func dataDomain(of name: String, at span: SourceSpan) -> DataDomain? {
        guard let data = preloadedData, let file = data.request?.file, let table = data.table,
            table.rowCount > 0
        else { return nil }
        let columnName = data.columnName(for: name)
        guard let column = table.column(named: columnName) else {
            report(
                Messages.DataMapping.noRangeColumn(
                    name, column: columnName, in: file, at: span,
                    suggestion: Suggestions.closest(to: columnName, among: table.columnNames)))
            return nil
        }
        if case .parameter(_, let distribution) = column.role {
            return Self.domain(of: distribution)
        }
        switch column.values {
        case .numeric(let numeric):
            return numberDomain(
                numeric.values.enumerated().lazy.filter { !numeric.missing.contains($0.offset) }
                    .map(\.element), of: name, column: columnName, at: span)
        case .categorical(let categorical):
            let numbers = categorical.levels.compactMap { Double($0).flatMap { $0.isFinite ? $0 : nil } }
            guard numbers.count == categorical.levels.count else { return .categories(categorical.levels) }
            return numberDomain(numbers, of: name, column: columnName, at: span)
        }
    }

    private func numberDomain(
        _ values: some Sequence<Double>, of name: String, column: String, at span: SourceSpan
    ) -> DataDomain? {
        var lower = Double.infinity
        var upper = -Double.infinity
        for value in values where value.isFinite {
            lower = min(lower, value)
            upper = max(upper, value)
        }
        guard lower <= upper else {
            report(Messages.DataMapping.noRangeValues(name, column: column, at: span))
            return nil
        }
        return lower == upper ? .numbers([lower]) : .range(lower: lower, upper: upper, scale: .linear, integer: false)
    }

    static func domain(of distribution: ParameterDistribution) -> DataDomain {
        switch distribution {
        case .float(let low, let high, let log, _):
            return low == high
                ? .numbers([low]) : .range(lower: low, upper: high, scale: log ? .log10 : .linear, integer: false)
        case .int(let low, let high, let log, _):
            return low == high
                ? .numbers([Double(low)])
                : .range(lower: Double(low), upper: Double(high), scale: log ? .log2 : .linear, integer: true)
        case .categorical(let choices):
            let numbers = choices.compactMap { Double($0).flatMap { $0.isFinite ? $0 : nil } }
            guard numbers.count == choices.count else { return .categories(choices) }
            return .numbers(Array(Set(numbers)).sorted())
        }
    }
}
