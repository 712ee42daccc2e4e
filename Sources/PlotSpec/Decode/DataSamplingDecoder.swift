import Foundation
import PlotData
import PlotDiagnostics
import PlotYAML

/// Where a spec may read data files from: like outputs, only inside the working directory unless the user
/// allows more on the command line (`--allow-outside`).
public struct DataReadPolicy: Sendable {
    public var allowOutside: Bool
    public var workingDirectory: String

    public init(allowOutside: Bool = false, workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.allowOutside = allowOutside
        self.workingDirectory = workingDirectory
    }
}

/// What the `data` section asks for, before the file is read.
struct DataRequest {
    var file: String
    var path: String
    var format: DataSampling.Format
    var study: String?
    var optunaStates: Set<OptunaTrialState> = [.complete]
    var wandbStates: Set<String> = ["finished"]
    var columnNodes: [Int: YAMLNode] = [:]
    var columns: [Int: String] = [:]
    var scoreColumn: String
    var scoreNode: YAMLNode?
    var direction: ScoreDirection?
    var fileNode: YAMLNode
    /// False when a key naming the file or its rows had an error (reported): the file is not read.
    var usable = true
}

/// A spec's `sampling.data` file, read before the parameters are declared, since a parameter without a
/// `range` takes its range, scale and categories from its column (`DataRangeDecoder`).
struct PreloadedData {
    /// The `data` mapping it was read for: `decodeData` on the same node takes it instead of reading again.
    let node: YAMLNode
    let map: MappingReader
    /// Nil (or not `usable`) when the keys naming the file had errors (reported).
    let request: DataRequest?
    /// Nil when the file could not be read (its errors reported).
    let table: TrialTable?
    /// `columns:` as written, parameter name → column, unchecked (mapping checks it against the parameters).
    let writtenColumns: [String: String]

    /// The column parameter `name` reads: the one `columns:` names, else its own name (Optuna: `params_NAME`).
    func columnName(for name: String) -> String {
        writtenColumns[name] ?? (request?.format == .optuna ? "params_" + name : name)
    }
}

extension DecodeContext {
    /// Reads the file `sampling.data` names, if the spec's sampling is a mapping with a `data` key; called
    /// before the parameters so their ranges may come from the data. Problems with the file's keys or the file
    /// itself are reported here, once.
    func preloadData(samplingNode: YAMLNode?) {
        guard let pair = samplingNode?.mapping?.first(where: { $0.keyText == language.sampling.data.name }),
            let map = MappingReader(pair.value, .data, context: self)
        else { return }
        var written: [String: String] = [:]
        for entry in map[language.data.columns]?.mapping ?? [] {
            if let name = entry.keyText, let column = entry.value.scalar?.text { written[name] = column }
        }
        let request = dataSource(map)
        var table: TrialTable?
        if let request, request.usable { table = readTable(request) }
        preloadedData = PreloadedData(
            node: pair.value, map: map, request: request, table: table, writtenColumns: written)
    }

    /// `sampling.data`: reads the file now (as `extends` is read), so `validate` reports every problem in
    /// the data, and maps its columns onto the declared parameters and the score. The spec's own data was
    /// read before its parameters (`preloadData`); a view's is read here.
    func decodeData(_ node: YAMLNode) -> DataSampling? {
        let source: (map: MappingReader, request: DataRequest?, table: TrialTable?)
        if let preloaded = preloadedData, preloaded.node.span == node.span {
            source = (preloaded.map, preloaded.request, preloaded.table)
        } else {
            guard let map = MappingReader(node, .data, context: self) else { return nil }
            let request = dataSource(map)
            source = (map, request, request.flatMap { $0.usable ? readTable($0) : nil })
        }
        guard let request = dataMapping(source.map, into: source.request), let table = source.table else {
            return nil
        }
        return DataMapping(context: self, request: request, table: table, span: node.span).map()
    }

    /// Reads the file; a problem the reader located in the data file also says which spec key read it.
    private func readTable(_ request: DataRequest) -> TrialTable? {
        registerSource(request)
        do {
            return try readFile(request)
        } catch {
            report(
                error.diagnostics.map { diagnostic in
                    guard diagnostic.span?.start.file == request.path else { return diagnostic }
                    var located = diagnostic
                    located.notes.append(Messages.DataMapping.readHere(at: request.fileNode.span))
                    return located
                })
            return nil
        }
    }

    /// The keys that say which file to read and which of its rows: `file`, `format`, `study`, `states`.
    private func dataSource(_ map: MappingReader) -> DataRequest? {
        let d = language.data
        guard let fileNode = map.required(d.file), let file = string(fileNode, "data file") else { return nil }
        var failed = false
        let format: DataSampling.Format
        if let formatNode = map[d.format] {
            guard let chosen = choice(formatNode, "data format", DataSampling.Format.self) else { return nil }
            format = chosen
        } else {
            switch (file as NSString).pathExtension.lowercased() {
            case "csv": format = .csv
            case "jsonl": format = .jsonl
            case "db", "sqlite", "sqlite3": format = .optuna
            default:
                report(Messages.DataMapping.unknownFormat(file, at: fileNode.span))
                return nil
            }
        }
        let folder = (fileNode.span.start.file as NSString).deletingLastPathComponent
        let path = SpecLoader.lexicallyNormalized(
            file.hasPrefix("/") || folder.isEmpty ? file : (folder as NSString).appendingPathComponent(file))
        if file.isEmpty || file.unicodeScalars.contains(where: \.isControlOrBidi) {
            report(Messages.Spec.wrongType(expected: "a file path", found: "'\(file)'", at: fileNode.span))
            failed = true
        } else if !dataPolicy.allowOutside,
            !SpecLoader.isInside(path, workingDirectory: dataPolicy.workingDirectory)
        {
            report(Messages.DataMapping.outsideWorkingDirectory(file, resolved: path, at: fileNode.span))
            failed = true
        }
        var request = DataRequest(
            file: file, path: path, format: format, scoreColumn: "value", direction: nil, fileNode: fileNode)
        if let studyNode = map[d.study] {
            if format != .optuna {
                report(
                    Messages.DataMapping.keyNotForFormat(
                        d.study.name, format: format.rawValue, readBy: "optuna", at: studyNode.span))
                failed = true
            }
            request.study = string(studyNode, "study")
        }
        if let statesNode = map[d.states] { failed = !readStates(statesNode, into: &request) || failed }
        request.usable = !failed
        return request
    }

    /// The keys that map the table onto the spec: `columns`, `score`, `direction`. Read (and checked) also
    /// when the file could not be, so one run reports every mistake; nil when any had an error or `source`
    /// is nil.
    private func dataMapping(_ map: MappingReader, into source: DataRequest?) -> DataRequest? {
        let d = language.data
        var failed = !(source?.usable ?? false)
        var request =
            source
            ?? DataRequest(
                file: "", path: "", format: .csv, scoreColumn: "value", direction: nil, fileNode: map.node)
        if let columnsNode = map[d.columns],
            let columns = MappingReader(columnsNode, namesIn: "columns", context: self)
        {
            for pair in columns.entries {
                guard let name = pair.keyText, let index = parameter(named: name, at: pair.key),
                    let column = string(pair.value, "column of '\(name)'")
                else {
                    failed = true
                    continue
                }
                request.columns[index] = column
                request.columnNodes[index] = pair.value
            }
        }
        if let scoreNode = map[d.score] {
            guard let column = string(scoreNode, "score column") else { return nil }
            request.scoreColumn = column
            request.scoreNode = scoreNode
        } else if let source, source.format != .optuna {
            report(Messages.Spec.missingKey(d.score.name, in: "data", at: map.node.span))
            failed = true
        }
        if let directionNode = map[d.direction] {
            request.direction = choice(directionNode, "direction", ScoreDirection.self)
            if request.direction == nil { failed = true }
        }
        return failed ? nil : request
    }

    /// `states`: Optuna trial states (lower case) or W&B run states; other formats have none.
    private func readStates(_ node: YAMLNode, into request: inout DataRequest) -> Bool {
        let key = language.data.states.name
        guard request.format == .optuna || request.format == .wandb else {
            report(
                Messages.DataMapping.keyNotForFormat(
                    key, format: request.format.rawValue, readBy: "optuna and wandb", at: node.span))
            return false
        }
        guard let items = list(node, "states") else { return false }
        if items.isEmpty {
            report(Messages.Spec.missingKey("at least one state", in: key, at: node.span))
            return false
        }
        var optuna: Set<OptunaTrialState> = []
        var wandb: Set<String> = []
        var ok = true
        let names = OptunaTrialState.allCases.map { $0.rawValue.lowercased() }
        for item in items {
            guard let text = string(item, "a state") else {
                ok = false
                continue
            }
            wandb.insert(text)
            guard request.format == .optuna else { continue }
            if let state = OptunaTrialState(rawValue: text.uppercased()), text == text.lowercased() {
                optuna.insert(state)
            } else {
                report(
                    Messages.Spec.unknownChoice(
                        text, for: "Optuna trial state", choices: names, at: item.span,
                        suggestion: Suggestions.closest(to: text.lowercased(), among: names)))
                ok = false
            }
        }
        request.optunaStates = optuna
        request.wandbStates = wandb
        return ok
    }

    /// Registers the data file with the run's sources: a JSON Lines file up to `maxShownDataBytes` with its
    /// text (so a note at a cell shows the line), anything else by its path alone (for `render --watch`).
    private func registerSource(_ request: DataRequest) {
        guard let sources, FileManager.default.fileExists(atPath: request.path) else { return }
        var text = ""
        // A CSV span's column is the field number, not a character: its line under a caret would mislead.
        if request.format == .jsonl,
            let size = (try? FileManager.default.attributesOfItem(atPath: request.path))?[.size] as? Int,
            size <= SpecLimits.maxShownDataBytes,
            let data = FileManager.default.contents(atPath: request.path)
        {
            text = String(decoding: data, as: UTF8.self)
        }
        sources.register(SourceFile(path: request.path, text: text))
    }

    private func readFile(_ request: DataRequest) throws(DataReadError) -> TrialTable {
        let origin = request.fileNode.span
        switch request.format {
        case .csv: return try CSVReader.read(path: request.path, origin: origin)
        case .jsonl: return try JSONLinesReader.read(path: request.path, origin: origin)
        case .wandb: return try WandBExportReader.read(path: request.path, states: request.wandbStates, origin: origin)
        case .optuna:
            return try OptunaStudyReader.read(
                path: request.path, study: request.study, states: request.optunaStates, origin: origin)
        }
    }
}

/// Maps a read table onto the declared parameters and the score, reporting every problem at once.
private struct DataMapping {
    let context: DecodeContext
    let request: DataRequest
    let table: TrialTable
    let span: SourceSpan

    private var parameters: [Parameter] { context.parameters }

    func map() -> DataSampling? {
        // Data is held to the trial budget drawn trials have: a page costs what one spec may cost.
        guard table.rowCount <= SpecLimits.maxTrials else {
            context.report(
                Messages.Spec.tooLarge(
                    "'\(request.file)' with \(table.rowCount) trials", limit: "\(SpecLimits.maxTrials) trials",
                    at: request.fileNode.span))
            return nil
        }
        guard table.rowCount > 0 else {
            let detail = request.format == .optuna || request.format == .wandb ? " in the chosen states" : ""
            context.report(Messages.DataMapping.noTrials(request.file, detail: detail, at: request.fileNode.span))
            return nil
        }
        var failed = false
        var mapped: [Int] = []
        var mappedColumns: [String] = []
        var columnIndices: [Int] = []
        for index in parameters.indices {
            let name = parameters[index].name
            let written = request.columns[index]
            let columnName = written ?? (request.format == .optuna ? "params_" + name : name)
            guard let column = table.columnIndex(named: columnName) else {
                if written != nil, let node = request.columnNodes[index] {
                    reportMissingColumn(columnName, for: "parameter '\(name)'", at: node.span)
                    failed = true
                }
                continue
            }
            mapped.append(index)
            mappedColumns.append(columnName)
            columnIndices.append(column)
        }
        let scoreAt = request.scoreNode?.span ?? span
        let scoreColumn = table.columnIndex(named: request.scoreColumn)
        if scoreColumn == nil {
            reportMissingColumn(request.scoreColumn, for: "the score", at: scoreAt)
            failed = true
        }
        if mapped.isEmpty, !failed {
            context.report(Messages.DataMapping.nothingMapped(request.file, at: request.fileNode.span))
            failed = true
        }
        // Which rows to keep: a missing cell or a NaN/±∞ score leaves a row out (warned once per cause).
        var keep = [Bool](repeating: true, count: table.rowCount)
        var values: [[Double]] = []
        for (slot, index) in mapped.enumerated() {
            let at = request.columnNodes[index]?.span ?? request.fileNode.span
            guard let column = parameterValues(index, column: columnIndices[slot], keep: &keep, at: at) else {
                failed = true
                values.append([])
                continue
            }
            values.append(column)
        }
        var score: [Double] = []
        if let scoreColumn {
            if let column = scoreValues(scoreColumn, keep: &keep, at: scoreAt) {
                score = column
            } else {
                failed = true
            }
        }
        guard !failed else { return nil }
        let kept = keep.indices.filter { keep[$0] }
        guard !kept.isEmpty else {
            context.report(
                Messages.DataMapping.noTrials(
                    request.file, detail: " once incomplete trials are left out", at: request.fileNode.span))
            return nil
        }
        let all = kept.count == table.rowCount
        return DataSampling(
            file: request.file, path: request.path, format: request.format, study: table.source.study,
            scoreColumn: request.scoreColumn, direction: request.direction ?? studyDirection(scoreColumn),
            mapped: mapped, mappedColumns: mappedColumns,
            values: all ? values : values.map { column in kept.map { column[$0] } },
            score: all ? score : kept.map { score[$0] }, order: kept.map(rowOrder),
            skipped: table.rowCount - kept.count,
            span: span)
    }

    /// Row `row`'s place in the run: its Optuna trial number, else its position among the file's records.
    private func rowOrder(_ row: Int) -> Double {
        if case .trials(_, let numbers) = table.origins { return Double(numbers[row]) }
        return Double(row)
    }

    /// The Optuna study's direction for the score's objective, else maximize.
    private func studyDirection(_ column: Int?) -> ScoreDirection {
        guard let column, case .objective(_, let direction) = table.columns[column].role else { return .maximize }
        return direction == .minimize ? .minimize : .maximize
    }

    private func reportMissingColumn(_ name: String, for what: String, at span: SourceSpan) {
        var candidates = table.columnNames
        // Optuna names parameter columns `params_NAME`: `lr` should find `params_lr`.
        for column in table.columns {
            if case .parameter(let parameter, _) = column.role { candidates.append(parameter) }
        }
        var suggestion = Suggestions.closest(to: name, among: candidates)
        if let found = suggestion, table.columnIndex(named: found) == nil,
            table.columnIndex(named: "params_" + found) != nil
        {
            suggestion = "params_" + found
        }
        context.report(
            Messages.DataMapping.missingColumn(
                name, for: what, in: request.file, columns: table.columnNames, at: span, suggestion: suggestion))
    }

    private func note(row: Int, column: Int) -> (Diagnostic.Note, String) {
        let place = table.place(row: row, column: column)
        return (Messages.DataMapping.cellNote(place.description, at: place.span), place.description)
    }

    /// The skip warning for `rows` (nothing when empty).
    private func warnSkipped(_ rows: [Int], reason: String, column: Int, at span: SourceSpan) {
        guard let first = rows.first else { return }
        let (cellNote, cell) = note(row: first, column: column)
        context.report(
            Messages.DataMapping.skippedRows(rows.count, reason: reason, first: cell, at: span, note: cellNote))
    }

    /// A parameter's values in data space, checked against its declaration.
    private func parameterValues(_ index: Int, column: Int, keep: inout [Bool], at span: SourceSpan) -> [Double]? {
        let parameter = parameters[index]
        let trialColumn = table.columns[column]
        if let categories = parameter.categories {
            return categoryValues(parameter, categories: categories, column: column, keep: &keep, at: span)
        }
        guard let numeric = NumberCells(trialColumn) else {
            reportText(in: column, for: "parameter '\(parameter.name)'", at: span)
            return nil
        }
        var missing: [Int] = []
        var outside: [Int] = []
        // In range but not a value the parameter takes: not whole for an integer one, not listed in `values`.
        var undeclared: [Int] = []
        var nonFinite: Int?
        for row in 0..<table.rowCount {
            let v = numeric.values[row]
            if numeric.isMissing(row) {
                missing.append(row)
                keep[row] = false
            } else if !v.isFinite {
                if nonFinite == nil { nonFinite = row }
            } else if v < parameter.lower || v > parameter.upper {
                outside.append(row)
            } else if parameter.snap(v) != v {
                undeclared.append(row)
            }
        }
        warnSkipped(missing, reason: "no value for '\(parameter.name)'", column: column, at: span)
        var ok = true
        if let row = nonFinite {
            let (cellNote, cell) = note(row: row, column: column)
            context.report(
                Messages.DataMapping.nonFiniteParameter(
                    column: trialColumn.name, parameter: parameter.name, cell: cell, at: span, note: cellNote))
            ok = false
        }
        if let row = outside.first {
            let (cellNote, cell) = note(row: row, column: column)
            context.report(
                Messages.DataMapping.outsideRange(
                    parameter: parameter.name, value: NumberSpelling.spelling(of: numeric.values[row]),
                    range: "[\(NumberSpelling.spelling(of: parameter.lower)), "
                        + "\(NumberSpelling.spelling(of: parameter.upper))]",
                    rows: outside.count, cell: cell, at: span, note: cellNote))
            ok = false
        }
        if let row = undeclared.first {
            let (cellNote, cell) = note(row: row, column: column)
            let takes =
                parameter.values.map { "one of " + $0.map(NumberSpelling.spelling(of:)).joined(separator: ", ") }
                ?? "a whole number"
            context.report(
                Messages.DataMapping.undeclaredValue(
                    parameter: parameter.name, value: NumberSpelling.spelling(of: numeric.values[row]), takes: takes,
                    rows: undeclared.count, cell: cell, at: span, note: cellNote))
            ok = false
        }
        return ok ? numeric.values : nil
    }

    /// A categorical parameter's values: each cell's category index in the declared list.
    private func categoryValues(
        _ parameter: Parameter, categories: [String], column: Int, keep: inout [Bool], at span: SourceSpan
    ) -> [Double]? {
        let trialColumn = table.columns[column]
        let index = Dictionary(categories.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var values = [Double](repeating: 0, count: table.rowCount)
        var missing: [Int] = []
        var unknown: [String: [Int]] = [:]
        var unknownOrder: [String] = []
        // A categorical column's levels are looked up once each, not once a row.
        let levelIndex = trialColumn.categorical.map { column in column.levels.map { index[$0] } }
        for row in 0..<table.rowCount {
            let level: String?
            switch trialColumn.values {
            case .categorical(let c):
                let code = c.codes[row]
                if code >= 0, let i = levelIndex?[Int(code)] {
                    values[row] = Double(i)
                    continue
                }
                level = c.level(at: row)
            case .numeric(let n): level = n.missing.contains(row) ? nil : NumberSpelling.spelling(of: n.values[row])
            }
            guard let level else {
                missing.append(row)
                keep[row] = false
                continue
            }
            if let i = index[level] {
                values[row] = Double(i)
            } else {
                if unknown[level] == nil { unknownOrder.append(level) }
                unknown[level, default: []].append(row)
            }
        }
        warnSkipped(missing, reason: "no value for '\(parameter.name)'", column: column, at: span)
        for level in unknownOrder {
            let rows = unknown[level] ?? []
            let (cellNote, cell) = note(row: rows[0], column: column)
            context.report(
                Messages.DataMapping.unknownCategory(
                    level, parameter: parameter.name, categories: categories, rows: rows.count, cell: cell, at: span,
                    note: cellNote, suggestion: Suggestions.closest(to: level, among: categories)))
        }
        return unknownOrder.isEmpty ? values : nil
    }

    /// The score column: numbers; missing and NaN/±∞ cells leave their row out with a counted warning.
    private func scoreValues(_ column: Int, keep: inout [Bool], at span: SourceSpan) -> [Double]? {
        guard let numeric = table.columns[column].numeric else {
            reportText(in: column, for: "the score", at: span)
            return nil
        }
        var missing: [Int] = []
        var nonFinite: [Int] = []
        for row in 0..<table.rowCount {
            if numeric.missing.contains(row) {
                missing.append(row)
                keep[row] = false
            } else if !numeric.values[row].isFinite {
                nonFinite.append(row)
                keep[row] = false
            }
        }
        warnSkipped(missing, reason: "no score", column: column, at: span)
        warnSkipped(nonFinite, reason: "the score is NaN or ±∞", column: column, at: span)
        return numeric.values
    }

    /// A column that must hold numbers holds text: points at its first cell that is not a number.
    private func reportText(in column: Int, for what: String, at span: SourceSpan) {
        guard let categorical = table.columns[column].categorical else { return }
        let row = categorical.codes.indices.first { row in
            guard let level = categorical.level(at: row) else { return false }
            return Double(level) == nil
        }
        let first = row ?? 0
        let (cellNote, cell) = note(row: first, column: column)
        context.report(
            Messages.DataMapping.notNumeric(
                categorical.level(at: first) ?? "", column: table.columns[column].name, for: what, cell: cell,
                at: span, note: cellNote))
    }
}

extension DecodeContext {
    /// The `score` section. With `sampling.data` the data gives the score, so the section is optional:
    /// only a slice draws a model's curves over real trials; anything else would ignore it, so it is an
    /// error there. Without a model the spec carries an empty one (nothing evaluates it).
    func decodeScoreSection(_ top: MappingReader, samplingNode: YAMLNode?, plotNode: YAMLNode?) -> ScoreModel? {
        let d = language.spec
        let readsData =
            samplingNode?.mapping?.contains { $0.keyText == language.sampling.data.name } ?? false
        guard readsData else {
            guard let node = top[d.score] else {
                report(Messages.Spec.missingKey(d.score.name, in: d.section.name, at: top.node.span))
                return nil
            }
            return decodeScore(node)
        }
        // Read from the plot's key rather than the decoded plot, so a plot with a mistake is judged too.
        let isSlice = plotNode?.mapping?.contains { $0.keyText == language.plot.slice.name } ?? false
        guard let node = top[d.score] else {
            if isSlice, let plotNode { report(Messages.DataMapping.sliceNeedsScoreModel(at: plotNode.span)) }
            return .absent
        }
        if !isSlice, plotNode != nil {
            report(Messages.DataMapping.unusedScoreModel(at: top.keyNode(d.score)?.span ?? node.span))
        }
        return decodeScore(node)
    }
}

/// A column's cells as numbers, and which are missing: a numeric column, or a categorical one whose every
/// level is a number (Optuna's categorical choices of numbers, `batch_size` from `[16, 32, 64]`, feed a
/// numeric parameter). A column with a text level has no numbers.
private struct NumberCells {
    let values: [Double]
    private let missingRows: MissingCells?
    private let missingCodes: [Int32]?

    init?(_ column: TrialColumn) {
        switch column.values {
        case .numeric(let numeric):
            (values, missingRows, missingCodes) = (numeric.values, numeric.missing, nil)
        case .categorical(let categorical):
            let levels = categorical.levels.map { Double($0) }
            guard !levels.contains(where: { $0 == nil }) else { return nil }
            values = categorical.codes.map { $0 >= 0 ? levels[Int($0)] ?? .nan : .nan }
            (missingRows, missingCodes) = (nil, categorical.codes)
        }
    }

    func isMissing(_ row: Int) -> Bool {
        if let missingRows { return missingRows.contains(row) }
        return (missingCodes?[row] ?? 0) < 0
    }
}
