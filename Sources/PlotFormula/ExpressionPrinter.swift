/// Canonical text of an expression with the fewest parentheses that keep its structure.
///
/// Used in IR dumps and to hash terms, so it is deterministic: single spaces around binary operators,
/// `and`/`or`/`not` as words, `^` for powers, integral numbers without a fraction. For any expression the
/// parser produced, parsing the printed text gives the same structure back (spans aside). Non-finite
/// numbers (only possible in built expressions) print as `inf`, `-inf`, `nan`, which do not parse.
enum ExpressionPrinter {
    /// Binding strength, loosest first; matches the parser's grammar levels.
    enum Level: Int, Comparable {
        case or = 1
        case and
        case not
        case comparison
        case additive
        case multiplicative
        case unary
        case power
        case atom

        static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    static func print(_ expr: Expression) -> String {
        switch expr {
        case .number(let value, _):
            return number(value)
        case .variable(let name, _):
            return name
        case .unary(.negate, let operand, _):
            // `-(-x)` rather than `--x` or `- -x`, for readability.
            let needsParens = level(operand) <= .unary
            return "-" + wrap(operand, needsParens)
        case .unary(.not, let operand, _):
            return "not " + wrap(operand, level(operand) < .not)
        case .binary(let op, let left, let right, _):
            let own = level(expr)
            let leftParens: Bool
            let rightParens: Bool
            switch own {
            case .power:
                leftParens = level(left) <= .power
                rightParens = level(right) < .unary
            case .comparison:
                leftParens = level(left) <= own
                rightParens = level(right) <= own
            default:
                leftParens = level(left) < own
                rightParens = level(right) <= own
            }
            return wrap(left, leftParens) + " " + op.rawValue + " " + wrap(right, rightParens)
        case .call(let name, let arguments, _):
            return name + "(" + arguments.map(print).joined(separator: ", ") + ")"
        }
    }

    static func level(_ expr: Expression) -> Level {
        switch expr {
        case .number(let value, _): value.sign == .minus ? .unary : .atom
        case .variable, .call: .atom
        case .unary(.negate, _, _): .unary
        case .unary(.not, _, _): .not
        case .binary(let op, _, _, _):
            switch op {
            case .or: .or
            case .and: .and
            case .less, .lessEqual, .greater, .greaterEqual, .equal, .notEqual: .comparison
            case .add, .subtract: .additive
            case .multiply, .divide: .multiplicative
            case .power: .power
            }
        }
    }

    static func wrap(_ expr: Expression, _ parens: Bool) -> String {
        parens ? "(" + print(expr) + ")" : print(expr)
    }

    /// `12`, `0.35`, `1e-05`, `-2`.
    static func number(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        if value == value.rounded(), abs(value) < 1e15 {
            let integer = Int64(value)
            return (value.sign == .minus && integer == 0 ? "-" : "") + String(integer)
        }
        return value.description
    }
}

// MARK: - CustomStringConvertible

extension Expression: CustomStringConvertible {
    /// The canonical printed form, e.g. `log10(learning_rate) - 0.35 * log2(batch_size)`.
    public var description: String { ExpressionPrinter.print(self) }
}
