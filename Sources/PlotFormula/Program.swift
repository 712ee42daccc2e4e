import PlotDiagnostics

/// One operation of a compiled formula; every builtin lowers to these.
enum Opcode: String, Sendable, Hashable {
    // One operand.
    case negate, not, exp, log, log10, log2, sqrt, abs, floor, ceil, round, sin, cos, tanh, sigmoid, gauss
    /// `a * a`; what `a ^ 2` compiles to, since `pow` is several times slower than a multiply.
    case square
    // Two operands.
    case add, subtract, multiply, divide, power
    case less, lessEqual, greater, greaterEqual, equal, notEqual, and, or, minimum, maximum
    /// `truthy(a) ? b : c`.
    case select
    /// Sets the destination to the constant `a` (select's operands must all be in memory).
    case fill
}

/// Where an instruction reads a value from.
enum Operand: Sendable, Hashable {
    /// The k-th *used* input column (see `Program.columns`).
    case column(Int)
    /// A scratch register, one chunk long.
    case register(Int)
    case constant(Double)
}

/// `destination = op(a, b, c)`; `destination` is a register, or `Program.output`.
struct Instruction: Sendable, Hashable {
    var op: Opcode
    var destination: Int
    var a: Operand
    var b: Operand = .constant(0)
    var c: Operand = .constant(0)
}

/// A straight-line register program for one formula.
struct Program: Sendable {
    /// Destination meaning "the output buffer".
    static let output = -1

    var instructions: [Instruction]
    var registerCount: Int
    /// Variable index of each used column, ascending; `Operand.column(k)` reads variable `columns[k]`.
    var columns: [Int]
    /// Where the value ends up when the last instruction has run.
    var result: Operand
}

/// Lowers a checked expression to a `Program`, folding every operation whose operands are all constant.
struct ProgramBuilder {
    let env: FormulaEnvironment
    private var instructions: [Instruction] = []
    private var freeRegisters: [Int] = []
    private var registerCount = 0
    private var usedVariables: [Int: Int] = [:]
    /// How often each sub-expression (spans ignored) occurs; those seen twice or more are computed once.
    private var occurrences: [Expression: Int] = [:]
    /// Results of repeated sub-expressions, kept in registers that are never released.
    private var shared: [Expression: Operand] = [:]
    private var pinnedRegisters: Set<Int> = []
    /// Where each compiled definition's value is: a pinned register, a column or a folded constant.
    private var definitionValues: [String: Operand] = [:]

    /// Instructions a program may have: enough for 64 terms of long formulas, small enough that
    /// evaluating a large grid stays a matter of seconds.
    static let maxInstructions = 10_000
    /// Scratch registers a program may use (each is one chunk of doubles, 16 KiB, per worker).
    static let maxRegisters = 1_000

    init(env: FormulaEnvironment) {
        self.env = env
    }

    /// The program computing `expr`. Unknown names here mean the expression was not checked.
    ///
    /// The definitions `expr` uses are compiled first, once each and in declaration order (each only
    /// reads earlier ones), into registers that every later use reads; no expanded tree is ever built.
    /// Throws `formula.program-too-large` at the part of the formula being compiled when the program
    /// outgrows `maxInstructions` or `maxRegisters`.
    static func build(_ expr: Expression, env: FormulaEnvironment) throws(DiagnosticError) -> Program {
        var builder = ProgramBuilder(env: env)
        let definitions = env.definitions.used(by: [expr])
        for definition in definitions { builder.countOccurrences(definition.expression.withSpans()) }
        builder.countOccurrences(expr.withSpans())
        for definition in definitions {
            let operand = try builder.compile(definition.expression)
            if case .register(let r) = operand { builder.pinnedRegisters.insert(r) }
            builder.definitionValues[definition.name] = operand
        }
        var result = try builder.compile(expr)
        // Column slots were numbered in first-use order; renumber them by variable index.
        let order = builder.usedVariables.sorted { $0.key < $1.key }
        var renumber: [Int: Int] = [:]
        for (k, entry) in order.enumerated() { renumber[entry.value] = k }
        func remap(_ operand: Operand) -> Operand {
            if case .column(let slot) = operand { return .column(renumber[slot] ?? slot) }
            return operand
        }
        var instructions = builder.instructions.map { instruction in
            var copy = instruction
            copy.a = remap(copy.a)
            copy.b = remap(copy.b)
            copy.c = remap(copy.c)
            return copy
        }
        result = remap(result)
        // Let the last instruction write straight into the output instead of a register that is copied.
        if case .register(let r) = result, let last = instructions.indices.last, instructions[last].destination == r {
            instructions[last].destination = Program.output
        }
        return Program(
            instructions: instructions, registerCount: builder.registerCount,
            columns: order.map(\.key), result: result)
    }

    /// Counts sub-expressions so repeated ones (e.g. `log10(learning_rate)` from a `define:` used four
    /// times) are evaluated once per row. Depth is bounded by the parser's nesting limit or by the
    /// score lowering's fixed shape.
    private mutating func countOccurrences(_ expr: Expression) {
        switch expr {
        case .number, .variable: return
        case .unary(_, let operand, _): countOccurrences(operand)
        case .binary(_, let l, let r, _):
            countOccurrences(l)
            countOccurrences(r)
        case .call(_, let arguments, _): for argument in arguments { countOccurrences(argument) }
        }
        occurrences[expr, default: 0] += 1
    }

    private mutating func compile(_ expr: Expression) throws(DiagnosticError) -> Operand {
        let operand = try compileShared(expr)
        if instructions.count > Self.maxInstructions || registerCount > Self.maxRegisters {
            throw DiagnosticError(
                Messages.Formula.programTooLarge(
                    instructions: instructions.count, registers: registerCount,
                    instructionLimit: Self.maxInstructions, registerLimit: Self.maxRegisters, at: expr.span))
        }
        return operand
    }

    /// `expr`'s value, computed once when the same sub-expression occurs more than once.
    private mutating func compileShared(_ expr: Expression) throws(DiagnosticError) -> Operand {
        guard case .number = expr else {
            if case .variable = expr { return try compileNode(expr) }
            let key = expr.withSpans()
            guard occurrences[key, default: 0] > 1 else { return try compileNode(expr) }
            if let operand = shared[key] { return operand }
            let operand = try compileNode(expr)
            if case .register(let r) = operand { pinnedRegisters.insert(r) }
            shared[key] = operand
            return operand
        }
        return try compileNode(expr)
    }

    private mutating func compileNode(_ expr: Expression) throws(DiagnosticError) -> Operand {
        switch expr {
        case .number(let value, _):
            return .constant(value)
        case .variable(let name, let span):
            if let index = env.index(of: name) {
                if let slot = usedVariables[index] { return .column(slot) }
                usedVariables[index] = usedVariables.count
                return .column(usedVariables.count - 1)
            }
            if let value = definitionValues[name] { return value }
            if let value = env.constant(name) { return .constant(value) }
            throw DiagnosticError(Messages.Formula.unknownVariable(name, suggestion: nil, at: span))
        case .unary(let op, let operand, _):
            return emit(op == .not ? .not : .negate, try compile(operand))
        case .binary(let op, let left, let right, _):
            let a = try compile(left)
            let b = try compile(right)
            return emit(Self.opcode(op), a, b)
        case .call(let name, let arguments, let span):
            return try compileCall(name, arguments, span)
        }
    }

    private mutating func compileCall(
        _ name: String, _ arguments: [Expression], _ span: SourceSpan
    ) throws(DiagnosticError) -> Operand {
        guard let builtin = Builtin.all[name] else {
            throw DiagnosticError(Messages.Formula.unknownFunction(name, suggestion: nil, at: span))
        }
        guard builtin.arity.accepts(arguments.count) else {
            throw DiagnosticError(
                Messages.Formula.arity(
                    function: name, expected: builtin.arity.phrase, got: arguments.count, at: span))
        }
        if name == "if" { return try compileIf(arguments) }
        var values: [Operand] = []
        for argument in arguments { values.append(try compile(argument)) }
        switch name {
        case "min", "max":
            let op: Opcode = name == "min" ? .minimum : .maximum
            return values.dropFirst().reduce(values[0]) { emit(op, $0, $1) }
        case "clamp":
            return emit(.minimum, emit(.maximum, values[0], values[1]), values[2])
        case "pow":
            return emit(.power, values[0], values[1])
        case "gauss" where values.count == 3:
            return emit(.gauss, emit(.divide, emit(.subtract, values[0], values[1]), values[2]))
        case "ln":
            return emit(.log, values[0])
        default:
            guard let op = Opcode(rawValue: name) else {
                throw DiagnosticError(Messages.Formula.unknownFunction(name, suggestion: nil, at: span))
            }
            return emit(op, values[0])
        }
    }

    /// `if(c, a, b)`; a constant condition compiles only the branch it picks.
    private mutating func compileIf(_ arguments: [Expression]) throws(DiagnosticError) -> Operand {
        let condition = try compile(arguments[0])
        if case .constant(let c) = condition {
            return try compile(ScalarMath.truthy(c) ? arguments[1] : arguments[2])
        }
        let whenTrue = try compile(arguments[1])
        let whenFalse = try compile(arguments[2])
        return emit(.select, condition, materialize(whenTrue), materialize(whenFalse))
    }

    /// A register holding `operand` if it is a constant.
    private mutating func materialize(_ operand: Operand) -> Operand {
        guard case .constant = operand else { return operand }
        let register = allocate()
        instructions.append(Instruction(op: .fill, destination: register, a: operand))
        return .register(register)
    }

    /// Appends `op`, or folds it when every operand is a constant.
    private mutating func emit(
        _ op: Opcode, _ a: Operand, _ b: Operand = .constant(0),
        _ c: Operand = .constant(0)
    ) -> Operand {
        if op == .power, b == .constant(2) { return emit(.square, a) }
        if case .constant(let x) = a, case .constant(let y) = b, case .constant(let z) = c {
            return .constant(ScalarOps.apply(op, x, y, z))
        }
        release(a)
        release(b)
        release(c)
        let register = allocate()
        instructions.append(Instruction(op: op, destination: register, a: a, b: b, c: c))
        return .register(register)
    }

    private mutating func allocate() -> Int {
        if let register = freeRegisters.popLast() { return register }
        registerCount += 1
        return registerCount - 1
    }

    /// Registers are single-use (the program is a tree) except pinned ones holding shared results, so an
    /// operand's register is free once read.
    private mutating func release(_ operand: Operand) {
        if case .register(let r) = operand, !pinnedRegisters.contains(r) { freeRegisters.append(r) }
    }

    static func opcode(_ op: BinaryOperator) -> Opcode {
        switch op {
        case .add: .add
        case .subtract: .subtract
        case .multiply: .multiply
        case .divide: .divide
        case .power: .power
        case .less: .less
        case .lessEqual: .lessEqual
        case .greater: .greater
        case .greaterEqual: .greaterEqual
        case .equal: .equal
        case .notEqual: .notEqual
        case .and: .and
        case .or: .or
        }
    }
}
