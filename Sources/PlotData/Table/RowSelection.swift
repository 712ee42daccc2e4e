/// A table cut down to some of its rows (W&B runs in chosen states; later, rows a mapping keeps).
extension TrialTable {
    /// The rows at `rows` (ascending indices), with their provenance; categories no kept row uses are
    /// dropped, the others keep their order.
    public func keepingRows(_ rows: [Int]) -> TrialTable {
        let columns = columns.map { column in
            TrialColumn(
                name: column.name, field: column.field, values: column.values.keeping(rows), role: column.role)
        }
        return TrialTable(source: source, columns: columns, rowCount: rows.count, origins: origins.keeping(rows))
    }
}

extension ColumnValues {
    fileprivate func keeping(_ rows: [Int]) -> ColumnValues {
        switch self {
        case .numeric(let column):
            var missing = MissingCells()
            var nonFinite = 0
            var values: [Double] = []
            values.reserveCapacity(rows.count)
            for (index, row) in rows.enumerated() {
                values.append(column.values[row])
                if column.missing.contains(row) {
                    missing.insert(index)
                } else if !column.values[row].isFinite {
                    nonFinite += 1
                }
            }
            return .numeric(NumericColumn(values: values, missing: missing, nonFiniteCount: nonFinite))
        case .categorical(let column):
            var newCode = [Int32](repeating: -1, count: column.levels.count)
            for row in rows where column.codes[row] >= 0 { newCode[Int(column.codes[row])] = 0 }
            var levels: [String] = []
            for (code, level) in column.levels.enumerated() where newCode[code] == 0 {
                newCode[code] = Int32(levels.count)
                levels.append(level)
            }
            let codes = rows.map { row in column.codes[row] < 0 ? -1 : newCode[Int(column.codes[row])] }
            return .categorical(CategoricalColumn(levels: levels, codes: codes))
        }
    }
}

extension RowOrigins {
    fileprivate func keeping(_ rows: [Int]) -> RowOrigins {
        switch self {
        case .records(let lines):
            return .records(lines: rows.map { lines[$0] })
        case .jsonLines(let lines, let valueColumns):
            return .jsonLines(
                lines: rows.map { lines[$0] }, valueColumns: valueColumns.map { column in rows.map { column[$0] } })
        case .trials(let study, let numbers):
            return .trials(study: study, numbers: rows.map { numbers[$0] })
        }
    }
}
