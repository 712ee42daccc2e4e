import PlotDiagnostics

/// Where each row of a trial table came from.
///
/// Kept per row (not per cell) where possible, so provenance costs 4 bytes a row next to 8 a numeric cell.
public enum RowOrigins: Sendable {
    /// A delimited text file (CSV, W&B export): the line each record starts on, 1-based. A cell's column is
    /// its 1-based field number, as a spreadsheet counts columns.
    case records(lines: [UInt32])
    /// A JSON Lines file: the line of each row and, per table column, the character column of each value
    /// (0 where the row has no value for that key).
    case jsonLines(lines: [UInt32], valueColumns: [[UInt32]])
    /// An Optuna study: the trial number of each row.
    case trials(study: String, numbers: [Int])

    /// The place of one cell.
    func place(row: Int, column: TrialColumn, file: String) -> DataPlace {
        switch self {
        case .records(let lines):
            let line = Int(lines[row])
            return DataPlace(
                span: SourceSpan(start: SourceLocation(file: file, line: line, column: column.field)),
                description: "line \(line), column '\(column.name)'")
        case .jsonLines(let lines, let valueColumns):
            let line = Int(lines[row])
            let character = Int(valueColumns[column.field - 1][row])
            return DataPlace(
                span: SourceSpan(start: SourceLocation(file: file, line: line, column: max(1, character))),
                description: "line \(line), key '\(column.name)'")
        case .trials(let study, let numbers):
            return DataPlace(span: nil, description: "study '\(study)', trial \(numbers[row]), '\(column.name)'")
        }
    }
}
