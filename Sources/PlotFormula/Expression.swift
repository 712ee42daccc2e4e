import PlotDiagnostics

/// A parsed formula. Every case carries the span of source text it came from, so type errors and
/// evaluation problems point at the exact part of the formula.
public indirect enum Expression: Hashable, Sendable {
    case number(Double, SourceSpan)
    /// A parameter, a defined name, or a constant (`pi`, `e`) before resolution.
    case variable(String, SourceSpan)
    case unary(UnaryOperator, Expression, SourceSpan)
    case binary(BinaryOperator, Expression, Expression, SourceSpan)
    /// A call of a builtin function, e.g. `log10(learning_rate)`; the span covers the name.
    case call(String, [Expression], SourceSpan)

    public var span: SourceSpan {
        switch self {
        case .number(_, let s), .variable(_, let s), .unary(_, _, let s), .binary(_, _, _, let s),
            .call(_, _, let s):
            s
        }
    }
}

public enum UnaryOperator: String, Hashable, Sendable {
    case negate = "-"
    case not = "not"
}

public enum BinaryOperator: String, Hashable, Sendable {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case power = "^"
    case less = "<"
    case lessEqual = "<="
    case greater = ">"
    case greaterEqual = ">="
    case equal = "=="
    case notEqual = "!="
    case and = "and"
    case or = "or"
}

/// The two value types of the formula language. Booleans evaluate to 0 and 1 in columns.
public enum FormulaType: String, Hashable, Sendable {
    case number
    case boolean
}
