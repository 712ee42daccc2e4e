/// `sampling.data`: trials a real tuning run wrote, read from a file and mapped onto the parameters.
public struct DataDescription: Sendable {
    public var file = KeyDescription(
        "file", .string(description: "path"), .required,
        doc: "The data file, relative to the spec file that names it (as `extends` paths are).")
    public var format = KeyDescription(
        "format", .choice(DataSampling.Format.allCases.map(\.rawValue), description: ""),
        .rule("from the extension: .csv, .jsonl, .db/.sqlite/.sqlite3 (optuna); `wandb` must be named"),
        doc: "csv, jsonl (JSON Lines), wandb (a W&B runs-table export) or optuna (an Optuna SQLite storage).")
    public var study = KeyDescription(
        "study", .string(description: "study name"), .rule("the storage's only study"),
        doc: "The Optuna study to read (optuna only).")
    public var states = KeyDescription(
        "states", .list(.string(description: "a trial or run state"), maxItems: nil, description: ""),
        .rule("`[complete]` (optuna), `[finished]` (wandb)"),
        doc: "Trial states to read: complete, pruned, fail, running, waiting (optuna); run states (wandb).")
    public var columns = KeyDescription(
        "columns", .map(.string(description: "column name"), description: "Columns, by parameter name."),
        .rule("a column named like the parameter (optuna: `params_NAME`)"),
        doc: "The column each parameter is read from; parameters without a column are held.")
    public var score = KeyDescription(
        "score", .string(description: "column name"), .rule("`value` (optuna); required otherwise"),
        doc: "The column the score is read from.")
    public var direction = KeyDescription(
        "direction", .choice(ScoreDirection.allCases.map(\.rawValue), description: ""),
        .rule("the Optuna study's direction, else maximize"),
        doc: "Which way the score improves: where a plot draws the best trials.")

    public var section: SectionDescription {
        SectionDescription(
            "data", doc: "Trials read from a file a real tuning run wrote.",
            keys: [file, format, study, states, columns, score, direction])
    }
}
