import PlotDiagnostics

/// Reads one study of an Optuna RDB storage in SQLite (the file of `sqlite:///study.db`) into a trial table.
///
/// The table has one row per trial in the chosen states (COMPLETE by default), in trial-number order, and
/// the columns Optuna's `trials_dataframe()` names: `number`, `value` (or `values_0`, `values_1`, … for
/// several objectives; missing where a trial has none), `params_NAME` for each parameter in name order (the
/// role carries the distribution; categorical parameters hold their choices as categories) and `state`.
/// All queries run in one read transaction, so a study Optuna is still writing is read as of one commit.
public enum OptunaStudyReader {
    /// The tables a storage must have to be read.
    static let requiredTables = ["studies", "study_directions", "trials", "trial_params", "trial_values"]

    /// The names of the studies in the storage at `path`, in creation order.
    public static func studyNames(path: String, origin: SourceSpan? = nil) throws(DataReadError) -> [String] {
        let connection = try SQLiteConnection(readOnly: path, busyTimeoutMilliseconds: 2000, origin: origin)
        try checkTables(connection)
        return try studies(connection).map(\.name)
    }

    /// Reads the study named `study` (or the storage's only study when nil) with its trials in `states`.
    ///
    /// `busyTimeoutMilliseconds` is how long to wait for a writer's lock before reporting the database
    /// locked; `origin` is where the spec named the storage, for errors that have no line in a database.
    public static func read(
        path: String, study: String? = nil, states: Set<OptunaTrialState> = [.complete],
        busyTimeoutMilliseconds: Int = 2000, origin: SourceSpan? = nil
    ) throws(DataReadError) -> TrialTable {
        let connection = try SQLiteConnection(
            readOnly: path, busyTimeoutMilliseconds: busyTimeoutMilliseconds, origin: origin)
        // The queries scan each table once in order: a small page cache does as well as SQLite's 2 MB default.
        try connection.execute("PRAGMA cache_size = -256")
        try connection.execute("BEGIN")
        try checkTables(connection)
        let all = try studies(connection)
        let chosen = try choose(study, among: all, path: path, origin: origin)
        var reading = OptunaTrialsReading(connection: connection, study: chosen, states: states)
        try reading.readTrials()
        try reading.readParameters()
        try reading.readValues()
        try connection.execute("COMMIT")
        return reading.table(path: path)
    }

    private static func checkTables(_ connection: SQLiteConnection) throws(DataReadError) {
        var present: Set<String> = []
        try connection.query("SELECT name FROM sqlite_master WHERE type = 'table'") { row in
            if let name = row.text(0) { present.insert(name) }
        }
        let missing = requiredTables.filter { !present.contains($0) }
        guard missing.isEmpty else {
            throw DataReadError(
                Messages.Data.notOptunaStorage(connection.path, missing: missing, at: connection.origin))
        }
    }

    private static func studies(_ connection: SQLiteConnection) throws(DataReadError) -> [(id: Int64, name: String)] {
        var found: [(id: Int64, name: String)] = []
        try connection.query("SELECT study_id, study_name FROM studies ORDER BY study_id") { row in
            found.append((row.int(0), row.text(1) ?? ""))
        }
        return found
    }

    private static func choose(
        _ name: String?, among studies: [(id: Int64, name: String)], path: String, origin: SourceSpan?
    ) throws(DataReadError) -> (id: Int64, name: String) {
        if let name {
            if let study = studies.first(where: { $0.name == name }) { return study }
            throw DataReadError(
                Messages.Data.unknownStudy(name, in: path, studies: studies.map(\.name), at: origin))
        }
        guard studies.count == 1, let only = studies.first else {
            throw DataReadError(Messages.Data.studyNotChosen(in: path, studies: studies.map(\.name), at: origin))
        }
        return only
    }
}

/// One study being read: the selected trials, then their parameters and objective values.
private struct OptunaTrialsReading {
    let connection: SQLiteConnection
    let study: (id: Int64, name: String)
    let states: Set<OptunaTrialState>
    var numbers: [Int] = []
    var stateCodes: [Int32] = []
    var stateLevels: [String] = []
    var trialRows = TrialRows()
    var directions: [OptimizationDirection] = []
    var parameters: [ParameterColumn] = []
    var objectives: [[Double]] = []
    var objectiveMissing: [MissingCells] = []
    var errors: DataErrorCollector

    init(connection: SQLiteConnection, study: (id: Int64, name: String), states: Set<OptunaTrialState>) {
        self.connection = connection
        self.study = study
        self.states = states
        self.errors = DataErrorCollector(path: connection.path)
    }

    /// A parameter's values (categorical ones as choice indices until the end) and its distribution.
    struct ParameterColumn {
        let name: String
        let nameBytes: [UInt8]
        var values: [Double]
        var present: MissingCells
        var distribution: ParameterDistribution
        var lastJSON: [UInt8]
    }

    mutating func readTrials() throws(DataReadError) {
        try connection.query(
            "SELECT objective, direction FROM study_directions WHERE study_id = ?1 ORDER BY objective", [study.id]
        ) { row in
            let index = Int(row.int(0))
            guard index >= 0, index < 1000 else { return }
            while directions.count <= index { directions.append(.notSet) }
            directions[index] = OptimizationDirection(rawValue: (row.text(1) ?? "").lowercased()) ?? .notSet
        }
        try connection.query(
            "SELECT trial_id, number, state FROM trials WHERE study_id = ?1 ORDER BY number, trial_id", [study.id]
        ) { row in
            guard let state = row.text(2), let parsed = OptunaTrialState(rawValue: state), states.contains(parsed)
            else { return }
            trialRows.add(trial: row.int(0), row: numbers.count)
            numbers.append(Int(row.int(1)))
            if let code = stateLevels.firstIndex(of: state) {
                stateCodes.append(Int32(code))
            } else {
                stateCodes.append(Int32(stateLevels.count))
                stateLevels.append(state)
            }
        }
        objectives = directions.map { _ in [Double](repeating: .nan, count: numbers.count) }
        objectiveMissing = directions.map { _ in Self.allMissing(numbers.count) }
    }

    mutating func readParameters() throws(DataReadError) {
        try connection.query(
            """
            SELECT p.trial_id, p.param_name, p.param_value, p.distribution_json
            FROM trial_params p JOIN trials t ON t.trial_id = p.trial_id WHERE t.study_id = ?1
            """, [study.id]
        ) { row throws(DataReadError) in
            guard let rowIndex = trialRows.row(of: row.int(0)), let nameBytes = row.textBytes(1), errors.wantsMore
            else { return }
            // Names and distributions repeat on every row: compare bytes, and decode only what changed.
            let index = parameterIndex(nameBytes)
            let json = row.textBytes(3) ?? UnsafeBufferPointer(start: nil, count: 0)
            if index == parameters.count || !parameters[index].lastJSON.elementsEqual(json) {
                guard let name = String(validating: nameBytes, as: UTF8.self) else { return }
                guard update(index, name: name, json: Array(json), row: rowIndex) else { return }
            }
            let value = row.double(2) ?? .nan
            if case .categorical(let choices) = parameters[index].distribution,
                !(value >= 0 && value < Double(choices.count) && value == value.rounded())
            {
                errors.report(
                    Messages.Data.categoryOutOfRange(
                        study: study.name, trial: numbers[rowIndex], parameter: parameters[index].name, index: value,
                        choices: choices.count, at: connection.origin))
                return
            }
            parameters[index].values[rowIndex] = value
            parameters[index].present.insert(rowIndex)
        }
        try errors.throwIfAny()
    }

    /// The index of the parameter whose name has these bytes, or `parameters.count` for a new one.
    private func parameterIndex(_ name: UnsafeBufferPointer<UInt8>) -> Int {
        parameters.firstIndex { $0.nameBytes.elementsEqual(name) } ?? parameters.count
    }

    /// Adds parameter `index` or merges a changed distribution into it; false after reporting a problem.
    private mutating func update(_ index: Int, name: String, json: [UInt8], row: Int) -> Bool {
        guard let distribution = decodeDistribution(json, parameter: name, row: row) else { return false }
        guard index < parameters.count else {
            parameters.append(
                ParameterColumn(
                    name: name, nameBytes: Array(name.utf8), values: [Double](repeating: .nan, count: numbers.count),
                    present: MissingCells(), distribution: distribution, lastJSON: json))
            return true
        }
        guard let merged = OptunaDistribution.merged(parameters[index].distribution, distribution) else {
            errors.report(
                Messages.Data.conflictingDistributions(
                    study: study.name, trial: numbers[row], parameter: name, at: connection.origin))
            return false
        }
        parameters[index].distribution = merged
        parameters[index].lastJSON = json
        return true
    }

    mutating func readValues() throws(DataReadError) {
        try connection.query(
            """
            SELECT v.trial_id, v.objective, v.value, v.value_type
            FROM trial_values v JOIN trials t ON t.trial_id = v.trial_id WHERE t.study_id = ?1
            """, [study.id]
        ) { row in
            guard let rowIndex = trialRows.row(of: row.int(0)) else { return }
            let objective = Int(row.int(1))
            guard objective >= 0, objective < objectives.count else { return }
            let value: Double? =
                switch row.text(3) {
                case "INF_POS": .infinity
                case "INF_NEG": -.infinity
                default: row.double(2)
                }
            guard let value else { return }
            objectives[objective][rowIndex] = value
            objectiveMissing[objective].remove(rowIndex)
        }
    }

    private mutating func decodeDistribution(_ json: [UInt8], parameter: String, row: Int) -> ParameterDistribution? {
        do throws(OptunaDistribution.Problem) {
            return try OptunaDistribution.decode(String(decoding: json, as: UTF8.self))
        } catch {
            errors.report(
                Messages.Data.unreadableDistribution(
                    study: study.name, trial: numbers[row], parameter: parameter, detail: error.detail,
                    at: connection.origin))
            return nil
        }
    }

    // MARK: - The table

    func table(path: String) -> TrialTable {
        var columns: [TrialColumn] = []
        columns.append(
            TrialColumn(
                name: "number", field: 1,
                values: .numeric(
                    NumericColumn(values: numbers.map(Double.init), missing: MissingCells(), nonFiniteCount: 0)),
                role: .trialNumber))
        for (index, values) in objectives.enumerated() {
            let name = objectives.count == 1 ? "value" : "values_\(index)"
            columns.append(
                TrialColumn(
                    name: name, field: columns.count + 1,
                    values: .numeric(
                        NumericColumn(
                            values: values, missing: objectiveMissing[index],
                            nonFiniteCount: values.indices.count {
                                !values[$0].isFinite && !objectiveMissing[index].contains($0)
                            })),
                    role: .objective(index: index, direction: directions[index])))
        }
        for parameter in parameters.sorted(by: { $0.name < $1.name }) {
            columns.append(
                TrialColumn(
                    name: "params_" + parameter.name, field: columns.count + 1, values: parameterValues(parameter),
                    role: .parameter(name: parameter.name, distribution: parameter.distribution)))
        }
        columns.append(
            TrialColumn(
                name: "state", field: columns.count + 1,
                values: .categorical(CategoricalColumn(levels: stateLevels, codes: stateCodes)), role: .trialState))
        return TrialTable(
            source: DataSource(path: path, format: .optuna, study: study.name), columns: columns,
            rowCount: numbers.count, origins: .trials(study: study.name, numbers: numbers))
    }

    /// Numbers as stored, or for a categorical parameter the choice each stored index picks.
    private func parameterValues(_ parameter: ParameterColumn) -> ColumnValues {
        var missing = MissingCells()
        for row in 0..<numbers.count where !parameter.present.contains(row) { missing.insert(row) }
        guard case .categorical(let choices) = parameter.distribution else {
            let nonFinite = parameter.values.indices.count { !parameter.values[$0].isFinite && !missing.contains($0) }
            return .numeric(NumericColumn(values: parameter.values, missing: missing, nonFiniteCount: nonFinite))
        }
        let codes = parameter.values.indices.map { row -> Int32 in
            missing.contains(row) ? -1 : Int32(parameter.values[row])
        }
        return .categorical(CategoricalColumn(levels: choices, codes: codes))
    }

    private static func allMissing(_ count: Int) -> MissingCells {
        var cells = MissingCells()
        for row in 0..<count { cells.insert(row) }
        return cells
    }
}

/// Which table row each selected trial id is: a flat array when the ids are dense (as Optuna's are), so
/// the lookup per parameter row is an index, not a hash; else a binary search over the sorted ids.
struct TrialRows {
    /// The trial id of each row, in row order.
    private var trials: [Int64] = []
    private var dense: [Int32] = []
    private var first: Int64 = 0
    private var sorted: [(trial: Int64, row: Int32)] = []
    private var settled = false

    mutating func add(trial: Int64, row: Int) {
        trials.append(trial)
    }

    /// Builds the lookup once every trial is added (called by the first lookup).
    private mutating func settle() {
        settled = true
        guard let low = trials.min(), let high = trials.max() else { return }
        if high - low < 4 * Int64(trials.count) + 1024 {
            first = low
            dense = [Int32](repeating: -1, count: Int(high - low) + 1)
            for (row, trial) in trials.enumerated() { dense[Int(trial - low)] = Int32(row) }
        } else {
            sorted = trials.enumerated().map { (trial: $0.element, row: Int32($0.offset)) }.sorted {
                $0.trial < $1.trial
            }
        }
        trials = []
    }

    mutating func row(of trial: Int64) -> Int? {
        if !settled { settle() }
        if !dense.isEmpty {
            let offset = trial - first
            guard offset >= 0, offset < Int64(dense.count) else { return nil }
            let row = dense[Int(offset)]
            return row < 0 ? nil : Int(row)
        }
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle].trial < trial { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low].trial == trial ? Int(sorted[low].row) : nil
    }
}
