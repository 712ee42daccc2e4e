import PlotDiagnostics

/// Trials read from a data source: named columns stored column by column, with where each row came from.
///
/// Every reader (CSV, JSON Lines, W&B export, Optuna storage) produces one. Columns are stored whole
/// (`[Double]` or category codes), so mapping a column to a parameter or the score is a lookup, not a copy
/// per row. A table is a plain value: nothing in it refers back to an open file.
public struct TrialTable: Sendable {
    /// What was read: the file and, for Optuna, the study.
    public let source: DataSource
    /// The columns in file order (Optuna: `number`, the objective values, the parameters, `state`).
    public let columns: [TrialColumn]
    /// The number of rows; every column holds exactly this many values.
    public let rowCount: Int
    /// Where each row came from, to locate a problem found later in a cell.
    public let origins: RowOrigins

    init(source: DataSource, columns: [TrialColumn], rowCount: Int, origins: RowOrigins) {
        self.source = source
        self.columns = columns
        self.rowCount = rowCount
        self.origins = origins
    }

    /// The column names in order, for did-you-mean suggestions over the header.
    public var columnNames: [String] { columns.map(\.name) }

    /// The index of the column named exactly `name`, if there is one.
    public func columnIndex(named name: String) -> Int? {
        columns.firstIndex { $0.name == name }
    }

    /// The column named exactly `name`, if there is one.
    public func column(named name: String) -> TrialColumn? {
        columnIndex(named: name).map { columns[$0] }
    }

    /// Where the cell at `row` of column `column` came from: a span in the data file when it has lines
    /// (`trials.csv:LINE:FIELD`, `trials.jsonl:LINE:COLUMN`), else a description (study and trial number).
    public func place(row: Int, column: Int) -> DataPlace {
        origins.place(row: row, column: columns[column], file: source.path)
    }
}

/// What a table was read from.
public struct DataSource: Hashable, Sendable {
    /// The kinds of source plotspec reads.
    public enum Format: String, Hashable, Sendable {
        case csv
        case jsonLines = "jsonl"
        case wandbExport = "wandb"
        case optuna
    }

    /// The file as the caller named it (diagnostics print it as given).
    public let path: String
    public let format: Format
    /// The Optuna study read; nil for the other formats.
    public let study: String?

    public init(path: String, format: Format, study: String? = nil) {
        self.path = path
        self.format = format
        self.study = study
    }
}
