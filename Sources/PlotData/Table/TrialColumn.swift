/// One named column of a trial table: its values, stored whole, and what the source says it is.
public struct TrialColumn: Sendable {
    /// The name as the source spells it (a CSV header cell, a JSON key, `params_lr` for Optuna).
    public let name: String
    /// The 1-based position of the column in its source (the CSV field number, the JSON key's order of
    /// first appearance, the column's place in an Optuna table); used to locate cells.
    public let field: Int
    public let values: ColumnValues
    /// What the source says the column holds (a parameter, an objective, run metadata, plain data).
    public let role: ColumnRole

    init(name: String, field: Int, values: ColumnValues, role: ColumnRole) {
        self.name = name
        self.field = field
        self.values = values
        self.role = role
    }

    /// The numeric values, or nil when the column holds text.
    public var numeric: NumericColumn? {
        if case .numeric(let column) = values { return column }
        return nil
    }

    /// The categories, or nil when every value is a number.
    public var categorical: CategoricalColumn? {
        if case .categorical(let column) = values { return column }
        return nil
    }
}

/// A column's values: numbers, or categories when any cell is not a number.
public enum ColumnValues: Sendable {
    case numeric(NumericColumn)
    case categorical(CategoricalColumn)
}

/// Numbers, one per row. A missing cell (empty CSV field, JSON `null`, a parameter a trial did not use, an
/// objective a pruned trial has no value for) is NaN here and marked in `missing`, so a NaN the data
/// wrote (`nan`) and a cell with no value stay apart.
public struct NumericColumn: Sendable {
    public let values: [Double]
    public let missing: MissingCells
    /// Cells holding NaN or ±∞ as written (not missing ones): the caller decides whether to skip them with a
    /// counted warning or refuse them.
    public let nonFiniteCount: Int

    init(values: [Double], missing: MissingCells, nonFiniteCount: Int) {
        self.values = values
        self.missing = missing
        self.nonFiniteCount = nonFiniteCount
    }

    /// The first row holding NaN or ±∞ as written, if any.
    public var firstNonFiniteRow: Int? {
        guard nonFiniteCount > 0 else { return nil }
        return values.indices.first { !values[$0].isFinite && !missing.contains($0) }
    }
}

/// Categories, one code per row: an index into `levels`, or -1 for a missing cell.
///
/// Levels are in order of first appearance in the file (Optuna: the distribution's declared choices, all
/// of them, used or not). A number in a column that also holds text becomes the level spelled by
/// `NumberSpelling` (`32`, `0.001`, `1e-05`), so `32` and `32.0` are one category.
public struct CategoricalColumn: Sendable {
    public let levels: [String]
    public let codes: [Int32]

    init(levels: [String], codes: [Int32]) {
        self.levels = levels
        self.codes = codes
    }

    /// The category at `row`, or nil when the cell is missing.
    public func level(at row: Int) -> String? {
        let code = codes[row]
        return code < 0 ? nil : levels[Int(code)]
    }
}

/// Which rows of a column are missing, as a bit set (1 bit a row, allocated only when one is missing).
public struct MissingCells: Sendable {
    private var words: [UInt64]
    /// How many rows are missing.
    public private(set) var count: Int

    public init() {
        words = []
        count = 0
    }

    public func contains(_ row: Int) -> Bool {
        let word = row >> 6
        return word < words.count && words[word] & (1 << UInt64(row & 63)) != 0
    }

    mutating func insert(_ row: Int) {
        let word = row >> 6
        if word >= words.count { words.append(contentsOf: repeatElement(0, count: word - words.count + 1)) }
        let bit: UInt64 = 1 << UInt64(row & 63)
        if words[word] & bit == 0 {
            words[word] |= bit
            count += 1
        }
    }

    mutating func remove(_ row: Int) {
        let word = row >> 6
        let bit: UInt64 = 1 << UInt64(row & 63)
        if word < words.count, words[word] & bit != 0 {
            words[word] &= ~bit
            count -= 1
        }
    }
}
