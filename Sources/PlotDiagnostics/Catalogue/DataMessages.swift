extension Messages {
    /// Problems in trial data read from files (CSV, JSON Lines, W&B exports, Optuna storages).
    ///
    /// Text formats locate a problem in the data file itself: `trials.csv:LINE:FIELD` (the record's first
    /// line, the 1-based field number) or `trials.jsonl:LINE:COLUMN` (a character column). A database has
    /// no lines, so its problems are located at `origin`, the place that asked for the data (a spec key),
    /// and say the study and trial in words.
    public enum Data {}
}

// MARK: - Files

extension Messages.Data {
    /// The data file could not be opened or read.
    public static func unreadable(_ path: String, reason: String, at origin: SourceSpan?) -> Diagnostic {
        .error("data.unreadable", "cannot read data file '\(path)': \(reason)", at: origin)
    }

    /// A text data file with no header row (nothing, or only a byte-order mark and blank lines).
    public static func emptyFile(_ path: String) -> Diagnostic {
        .error(
            "data.empty-file", "'\(path)' is empty: a trial table needs a header row naming its columns",
            at: SourceSpan(start: SourceLocation(file: path, line: 1, column: 1)))
    }

    /// A table that was read but holds no trials (for the stage that maps it: a header alone, or no trial
    /// in the selected states).
    public static func emptyTable(_ what: String, at span: SourceSpan?) -> Diagnostic {
        .error("data.empty-table", "\(what) holds no trials", at: span)
    }

    /// Bytes that are not UTF-8 inside a cell or a line.
    public static func invalidUTF8(at span: SourceSpan) -> Diagnostic {
        .error("data.invalid-utf8", "this cell is not valid UTF-8: save the file as UTF-8", at: span)
    }

    /// More errors than are worth printing: reading stopped.
    public static func tooManyErrors(_ shown: Int, in path: String) -> Diagnostic {
        .error(
            "data.too-many-errors", "stopped reading '\(path)' after \(shown) errors: fix these and read it again",
            at: nil)
    }
}

// MARK: - CSV

extension Messages.Data {
    /// A quoted field that never closes: the rest of the file would be one cell.
    public static func unterminatedQuote(at span: SourceSpan) -> Diagnostic {
        .error(
            "data.unterminated-quote",
            "this quoted field is never closed: add the closing '\"' (a '\"' inside a field is written '\"\"')",
            at: span)
    }

    /// Something other than a comma or a line break right after a closing quote (`"a"b`).
    public static func textAfterQuote(at span: SourceSpan) -> Diagnostic {
        .error(
            "data.text-after-quote",
            "a quoted field must end at its closing '\"': a '\"' inside a field is written '\"\"'", at: span)
    }

    /// A quote inside a field that did not start with one (`ab"c`), which RFC 4180 does not allow.
    public static func quoteInField(at span: SourceSpan) -> Diagnostic {
        .error(
            "data.quote-in-field",
            "a '\"' inside a field needs the whole field quoted, with the '\"' doubled: \"ab\"\"c\"", at: span)
    }

    /// A record with a different number of fields than the header.
    public static func raggedRow(fields: Int, expected: Int, at span: SourceSpan) -> Diagnostic {
        .error(
            "data.ragged-row",
            "this row has \(fields) field\(fields == 1 ? "" : "s") but the header has \(expected): "
                + "every row needs one field per column (an empty field is written as nothing between commas)",
            at: span)
    }

    /// Two header cells (or JSON keys) with the same name: a mapping could not say which it means.
    public static func duplicateColumn(_ name: String, at span: SourceSpan, first: SourceSpan) -> Diagnostic {
        .error(
            "data.duplicate-column", "the column '\(name)' appears twice: rename one", at: span,
            notes: [.init("first named here", at: first)])
    }
}

// MARK: - JSON Lines

extension Messages.Data {
    /// A line that is not valid JSON.
    public static func jsonSyntax(_ detail: String, at span: SourceSpan) -> Diagnostic {
        .error("data.json-syntax", "invalid JSON: \(detail)", at: span)
    }

    /// A line whose JSON is not an object (`[1, 2]`, `3`).
    public static func jsonNotObject(at span: SourceSpan) -> Diagnostic {
        .error(
            "data.json-not-object",
            "each line of a JSON Lines trial table is one object: {\"lr\": 0.01, \"score\": 0.9}",
            at: span)
    }

    /// A value that is an object or an array: a cell holds one number, string, boolean or null.
    public static func jsonNestedValue(_ key: String, at span: SourceSpan) -> Diagnostic {
        .error(
            "data.json-nested",
            "'\(key)' holds an object or array; a trial's value is a number, string, boolean or null "
                + "(flatten it, e.g. \"\(key).inner\": …)", at: span)
    }

    /// A key written twice in one object.
    public static func jsonDuplicateKey(_ key: String, at span: SourceSpan, first: SourceSpan) -> Diagnostic {
        .error(
            "data.json-duplicate-key", "'\(key)' is written twice in this object", at: span,
            notes: [.init("first written here", at: first)])
    }
}

// MARK: - W&B exports

extension Messages.Data {
    /// A file read as a W&B runs export that lacks the run name column every export has.
    public static func notAWandBExport(_ path: String, at span: SourceSpan) -> Diagnostic {
        .error(
            "data.not-wandb-export",
            "'\(path)' has no 'Name' column, which every W&B runs-table export has: read it as a plain CSV", at: span)
    }

    /// Run states were selected but the export has no `State` column to select by.
    public static func wandbNoStateColumn(_ path: String, at span: SourceSpan) -> Diagnostic {
        .error(
            "data.wandb-no-state",
            "'\(path)' has no 'State' column, so runs cannot be chosen by state: show the State column before "
                + "exporting, or read every run", at: span)
    }
}

// MARK: - Optuna storages

extension Messages.Data {
    /// The file is not an SQLite database at all.
    public static func notSQLite(_ path: String, at origin: SourceSpan?) -> Diagnostic {
        .error(
            "data.not-sqlite",
            "'\(path)' is not an SQLite database: an Optuna storage is the file of 'sqlite:///study.db'", at: origin)
    }

    /// SQLite reports the database damaged.
    public static func corruptDatabase(_ path: String, detail: String, at origin: SourceSpan?) -> Diagnostic {
        .error("data.corrupt-database", "'\(path)' is damaged: \(detail)", at: origin)
    }

    /// Another process held a write lock for longer than the reader waited.
    public static func databaseLocked(_ path: String, waitedMilliseconds: Int, at origin: SourceSpan?) -> Diagnostic {
        .error(
            "data.database-locked",
            "'\(path)' stayed locked by another process for \(waitedMilliseconds) ms: try again when the "
                + "writer pauses (plotspec only reads it)", at: origin)
    }

    /// Any other SQLite failure.
    public static func databaseError(_ path: String, detail: String, at origin: SourceSpan?) -> Diagnostic {
        .error("data.database-error", "cannot read '\(path)': \(detail)", at: origin)
    }

    /// An SQLite file without Optuna's tables.
    public static func notOptunaStorage(_ path: String, missing: [String], at origin: SourceSpan?) -> Diagnostic {
        .error(
            "data.not-optuna",
            "'\(path)' is an SQLite database but not an Optuna storage: it has no "
                + missing.map { "'\($0)'" }.joined(separator: ", ") + " table\(missing.count == 1 ? "" : "s")",
            at: origin)
    }

    /// The named study is not in the storage.
    public static func unknownStudy(_ name: String, in path: String, studies: [String], at origin: SourceSpan?)
        -> Diagnostic
    {
        .error(
            "data.unknown-study",
            "'\(path)' has no study '\(name)'; its studies are " + studyList(studies), at: origin,
            suggestion: Suggestions.closest(to: name, among: studies))
    }

    /// No study was named and the storage holds several (or none).
    public static func studyNotChosen(in path: String, studies: [String], at origin: SourceSpan?) -> Diagnostic {
        .error(
            "data.study-not-chosen",
            studies.isEmpty
                ? "'\(path)' holds no study" : "'\(path)' holds several studies; name one of " + studyList(studies),
            at: origin)
    }

    /// A `distribution_json` that Optuna did not write (or a later Optuna writes differently).
    public static func unreadableDistribution(
        study: String, trial: Int, parameter: String, detail: String, at origin: SourceSpan?
    ) -> Diagnostic {
        .error(
            "data.optuna-distribution",
            "study '\(study)', trial \(trial): the distribution of '\(parameter)' cannot be read: \(detail)",
            at: origin)
    }

    /// Trials of one study recorded distributions of different kinds (or choices) for one parameter.
    public static func conflictingDistributions(
        study: String, trial: Int, parameter: String, at origin: SourceSpan?
    ) -> Diagnostic {
        .error(
            "data.optuna-distribution-conflict",
            "study '\(study)', trial \(trial): '\(parameter)' was sampled from a different kind of distribution "
                + "(or other choices) than in earlier trials, so it cannot be one column", at: origin)
    }

    /// A categorical parameter's stored index that is not one of its choices.
    public static func categoryOutOfRange(
        study: String, trial: Int, parameter: String, index: Double, choices: Int, at origin: SourceSpan?
    ) -> Diagnostic {
        .error(
            "data.optuna-category",
            "study '\(study)', trial \(trial): '\(parameter)' holds choice index \(NumberText.plain(index)), "
                + "but its distribution has \(choices) choice\(choices == 1 ? "" : "s")", at: origin)
    }

    private static func studyList(_ studies: [String]) -> String {
        let shown = studies.prefix(20).map { "'\($0)'" }.joined(separator: ", ")
        return studies.count > 20 ? shown + " and \(studies.count - 20) more" : shown
    }
}

/// Numbers in data messages, without a trailing `.0` for whole numbers.
private enum NumberText {
    static func plain(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return value.description
    }
}
