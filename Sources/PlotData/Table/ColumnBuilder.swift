/// Collects one column's cells while a file is read, numeric until a cell is not a number.
///
/// A column starts numeric; the first text cell turns it into categories, the numbers read so far
/// becoming levels spelled by `NumberSpelling` (so no second pass over the file is needed).
struct ColumnBuilder {
    private(set) var numbers: [Double] = []
    private var missing = MissingCells()
    private var nonFinite = 0
    private var isNumeric = true
    private var levels: [String] = []
    private var levelCodes: [String: Int32] = [:]
    private var codes: [Int32] = []
    private(set) var count = 0

    /// Reserves room for `rows` cells in all (the estimate from the file's size).
    mutating func reserve(rows: Int) {
        if isNumeric { numbers.reserveCapacity(rows) } else { codes.reserveCapacity(rows) }
    }

    mutating func appendMissing() {
        missing.insert(count)
        if isNumeric { numbers.append(.nan) } else { codes.append(-1) }
        count += 1
    }

    mutating func append(number: Double) {
        if isNumeric {
            numbers.append(number)
            if !number.isFinite { nonFinite += 1 }
        } else {
            codes.append(code(for: NumberSpelling.spelling(of: number)))
        }
        count += 1
    }

    /// Appends a category and returns its code (stable from now on: the column stays categorical).
    @discardableResult
    mutating func append(text: String) -> Int32 {
        if isNumeric { becomeCategorical() }
        let code = code(for: text)
        codes.append(code)
        count += 1
        return code
    }

    /// Appends a category by a code `append(text:)` returned.
    mutating func append(code: Int32) {
        codes.append(code)
        count += 1
    }

    /// The finished column.
    func build() -> ColumnValues {
        if isNumeric {
            return .numeric(NumericColumn(values: numbers, missing: missing, nonFiniteCount: nonFinite))
        }
        return .categorical(CategoricalColumn(levels: levels, codes: codes))
    }

    private mutating func code(for level: String) -> Int32 {
        if let code = levelCodes[level] { return code }
        let code = Int32(levels.count)
        levels.append(level)
        levelCodes[level] = code
        return code
    }

    private mutating func becomeCategorical() {
        isNumeric = false
        codes.reserveCapacity(numbers.capacity)
        for row in numbers.indices {
            codes.append(missing.contains(row) ? -1 : code(for: NumberSpelling.spelling(of: numbers[row])))
        }
        numbers = []
        nonFinite = 0
    }
}
