import PlotDiagnostics

/// What names mean while checking a formula.
///
/// Variables and definitions win over constants: `e` is Euler's number only when no variable or
/// definition is called `e`.
public struct FormulaEnvironment: Sendable {
    /// Variable names in column order (variable i is column i at evaluation).
    public var variables: [String]
    /// Named sub-formulas a formula may refer to; each is a number, checked once where it was defined.
    public var definitions: Definitions

    public init(variables: [String], definitions: Definitions = .none) {
        self.variables = variables
        self.definitions = definitions
    }

    /// Column of `name`, if it is a variable.
    public func index(of name: String) -> Int? { variables.firstIndex(of: name) }

    /// Value of `name` if it is a constant not shadowed by a variable or a definition.
    public func constant(_ name: String) -> Double? {
        variables.contains(name) || definitions.contains(name) ? nil : FormulaConstants.values[name]
    }
}

/// Resolves names and types, reporting every problem it finds.
public enum FormulaChecker {
    /// All problems with `expr`, including a result of the wrong type.
    public static func check(
        _ expr: Expression, in env: FormulaEnvironment, expecting expected: FormulaType
    ) -> [Diagnostic] {
        var checker = Checker(env: env)
        let type = checker.visit(expr)
        if let type, type != expected {
            checker.diagnostics.append(
                Messages.Formula.typeMismatch(
                    expected: Checker.article(expected), found: Checker.describe(expr, type), at: expr.span))
        }
        return checker.diagnostics
    }

    /// The type of `expr` (nil when a problem makes it unknown) and the problems found.
    public static func type(of expr: Expression, in env: FormulaEnvironment) -> (FormulaType?, [Diagnostic]) {
        var checker = Checker(env: env)
        let type = checker.visit(expr)
        return (checker.diagnostics.isEmpty ? type : nil, checker.diagnostics)
    }
}

private struct Checker {
    let env: FormulaEnvironment
    var diagnostics: [Diagnostic] = []

    init(env: FormulaEnvironment) {
        self.env = env
    }

    /// The type of `expr`, or nil if it is unknown because of an error already reported inside it.
    mutating func visit(_ expr: Expression) -> FormulaType? {
        switch expr {
        case .number:
            return .number
        case .variable(let name, let span):
            // A definition is not entered: it was checked (as a number) where it was defined.
            if env.index(of: name) != nil || env.definitions.contains(name) || env.constant(name) != nil {
                return .number
            }
            let candidates = env.variables + env.definitions.names + FormulaConstants.values.keys.sorted()
            diagnostics.append(
                Messages.Formula.unknownVariable(
                    name, suggestion: Suggestions.closest(to: name, among: candidates), at: span))
            return nil
        case .unary(let op, let operand, _):
            let want: FormulaType = op == .not ? .boolean : .number
            require(want, operand)
            return want
        case .binary(let op, let left, let right, _):
            require(Self.operandType(op), left)
            require(Self.operandType(op), right)
            return Self.resultType(op)
        case .call(let name, let arguments, let span):
            return visitCall(name, arguments, span)
        }
    }

    mutating func visitCall(_ name: String, _ arguments: [Expression], _ span: SourceSpan) -> FormulaType? {
        guard let builtin = Builtin.all[name] else {
            diagnostics.append(
                Messages.Formula.unknownFunction(
                    name, suggestion: Suggestions.closest(to: name, among: Builtin.names), at: span))
            for argument in arguments { _ = visit(argument) }
            return nil
        }
        guard builtin.arity.accepts(arguments.count) else {
            diagnostics.append(
                Messages.Formula.arity(
                    function: name, expected: builtin.arity.phrase, got: arguments.count, at: span))
            for argument in arguments { _ = visit(argument) }
            return name == "if" ? nil : .number
        }
        guard name == "if" else {
            for argument in arguments { require(.number, argument) }
            return .number
        }
        require(.boolean, arguments[0])
        let thenType = visit(arguments[1])
        guard let thenType else {
            _ = visit(arguments[2])
            return nil
        }
        require(thenType, arguments[2])
        return thenType
    }

    /// Visits `expr` and reports it if its type is known and is not `type`.
    mutating func require(_ type: FormulaType, _ expr: Expression) {
        guard let found = visit(expr), found != type else { return }
        diagnostics.append(
            Messages.Formula.typeMismatch(
                expected: Self.article(type), found: Self.describe(expr, found), at: expr.span))
    }

    static func operandType(_ op: BinaryOperator) -> FormulaType {
        op == .and || op == .or ? .boolean : .number
    }

    static func resultType(_ op: BinaryOperator) -> FormulaType {
        switch op {
        case .add, .subtract, .multiply, .divide, .power: .number
        case .less, .lessEqual, .greater, .greaterEqual, .equal, .notEqual, .and, .or: .boolean
        }
    }

    static func article(_ type: FormulaType) -> String {
        type == .number ? "a number" : "a boolean"
    }

    /// "a boolean (comparison)", "a boolean ('and' expression)", "a number".
    static func describe(_ expr: Expression, _ type: FormulaType) -> String {
        guard type == .boolean else { return "a number" }
        switch expr {
        case .binary(.and, _, _, _): return "a boolean ('and' expression)"
        case .binary(.or, _, _, _): return "a boolean ('or' expression)"
        case .binary: return "a boolean (comparison)"
        case .unary(.not, _, _): return "a boolean ('not' expression)"
        case .call(let name, _, _): return "a boolean ('\(name)' call)"
        default: return "a boolean"
        }
    }
}
