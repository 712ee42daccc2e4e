import PlotDiagnostics

/// Reads the CSV a W&B runs table exports ("Export as CSV" on a sweep's or project's runs table).
///
/// What real exports look like: every field quoted; first the run columns the table showed, such as
/// `"Name","State","Notes","User","Tags","Created","Runtime","Sweep"` (or `"Name","Created","Runtime",
/// "End Time","ID","Notes","Updated","Tags"`: the set and order follow the table's visible columns), then
/// one column per config key, then one per summary metric (`_runtime`, `_step`, `_timestamp`, `val_loss`,
/// …). The header does not say which columns are config and which are summary, so this reader does not
/// guess: the run columns (`metadataColumns`) and W&B's own `_`-prefixed summary keys get the role
/// `runMetadata`, every other column is `data`, and the mapping names its parameters and score. Runs are
/// chosen by their `State` (only `finished` ones by default).
public enum WandBExportReader {
    /// Run columns a W&B runs table can show (its built-in columns, as the export spells them).
    public static let metadataColumns: Set<String> = [
        "Name", "State", "Notes", "User", "Tags", "Created", "Runtime", "Sweep", "ID", "End Time", "Updated",
        "Group", "Job Type", "Hostname", "Host", "Description", "Commit", "GitHub", "Agent", "GPU Type",
        "GPU Count", "Python", "OS", "CLI Version", "Heartbeat", "Run Path", "Project"
    ]

    /// Reads the export at `path`, keeping the runs whose `State` is in `states` (every run when nil).
    public static func read(path: String, states: Set<String>? = ["finished"], origin: SourceSpan? = nil)
        throws(DataReadError) -> TrialTable
    {
        try classify(
            CSVReader.read(FileInput(path: path, origin: origin), path: path, format: .wandbExport), states: states)
    }

    /// Reads an export held in memory, reporting problems against `path`.
    public static func read(bytes: [UInt8], path: String, states: Set<String>? = ["finished"])
        throws(DataReadError) -> TrialTable
    {
        try classify(CSVReader.read(MemoryInput(bytes), path: path, format: .wandbExport), states: states)
    }

    /// Whether a column name is W&B's run bookkeeping rather than config or summary data.
    public static func isMetadata(_ name: String) -> Bool {
        metadataColumns.contains(name) || name.hasPrefix("_")
    }

    private static func classify(_ table: TrialTable, states: Set<String>?) throws(DataReadError) -> TrialTable {
        let header = SourceSpan(start: SourceLocation(file: table.source.path, line: 1, column: 1))
        guard table.columnIndex(named: "Name") != nil else {
            throw DataReadError(Messages.Data.notAWandBExport(table.source.path, at: header))
        }
        let columns = table.columns.map { column in
            TrialColumn(
                name: column.name, field: column.field, values: column.values,
                role: isMetadata(column.name) ? .runMetadata : .data)
        }
        let classified = TrialTable(
            source: table.source, columns: columns, rowCount: table.rowCount, origins: table.origins)
        guard let states else { return classified }
        guard let state = classified.column(named: "State")?.categorical else {
            if classified.column(named: "State") == nil {
                throw DataReadError(Messages.Data.wandbNoStateColumn(table.source.path, at: header))
            }
            return classified.keepingRows([])  // a State column of numbers matches no state name
        }
        let wanted = Set(states.map { $0.lowercased() })
        let kept = (0..<classified.rowCount).filter { row in
            state.level(at: row).map { wanted.contains($0.lowercased()) } ?? false
        }
        return classified.keepingRows(kept)
    }
}
