import PlotConcurrency
import PlotDiagnostics

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A checked formula lowered to a register program and evaluated column-wise.
///
/// Rows are processed in chunks: each instruction runs as one tight loop over a chunk, reading input
/// columns in place and writing scratch registers one chunk long. Large inputs spread chunks over cores.
/// Every row is computed by the same operations whatever the chunking, so results never depend on the
/// number of cores. Booleans evaluate to 0 and 1; IEEE rules apply (`log(-1)` is NaN, nothing traps).
/// `x ^ 2` (and `pow(x, 2)`) is computed as `x * x`: faster than `pow`, and the correctly rounded square.
public struct CompiledFormula: Sendable {
    /// Rows per chunk: 2048 doubles (16 KiB) per register keeps a typical program's registers in L2.
    public static let chunkSize = 2048
    /// Row count from which evaluation is split across cores.
    public static let parallelThreshold = 16_384

    /// Variable names in column order, as given at compilation.
    public let variables: [String]
    /// Whether the formula is a number or a condition (conditions evaluate to 0 or 1).
    public let resultType: FormulaType
    let program: Program

    /// Compiles `expr`, which may use `definitions` by name; throws the checker's diagnostics if the
    /// expression (or a definition it uses) does not check, or `formula.program-too-large`.
    public init(_ expr: Expression, variables: [String], definitions: Definitions = .none) throws(DiagnosticError) {
        let env = FormulaEnvironment(variables: variables, definitions: definitions)
        let (type, diagnostics) = FormulaChecker.type(of: expr, in: env)
        // Each definition is checked once, however many times it is used.
        let definitionProblems = definitions.used(by: [expr]).flatMap {
            FormulaChecker.check($0.expression, in: env, expecting: .number)
        }
        guard let type, !(diagnostics + definitionProblems).contains(where: \.isError) else {
            throw DiagnosticError(diagnostics + definitionProblems)
        }
        self.variables = variables
        self.resultType = type
        self.program = try ProgramBuilder.build(expr, env: env)
    }

    /// Indexes of the variables the formula reads after constant folding.
    public var usedVariables: Set<Int> { Set(program.columns) }

    /// The value when no variable is read (the whole formula folded), else nil.
    public var constantValue: Double? {
        if case .constant(let value) = program.result { return value }
        return nil
    }

    /// Number of instructions left after folding (for dumps and tests).
    public var instructionCount: Int { program.instructions.count }

    /// Number of scratch registers the program uses (for tests of its size).
    public var registerCount: Int { program.registerCount }

    /// The program as text, one instruction a line (`r0 = log10(learning_rate)`), for debug dumps.
    public var listing: String {
        func name(_ operand: Operand) -> String {
            switch operand {
            case .column(let k): variables[program.columns[k]]
            case .register(let r): "r\(r)"
            case .constant(let v): ExpressionPrinter.number(v)
            }
        }
        var lines = program.instructions.map { instruction in
            let target = instruction.destination == Program.output ? "out" : "r\(instruction.destination)"
            let operands: [Operand] =
                switch instruction.op {
                case .select: [instruction.a, instruction.b, instruction.c]
                case .add, .subtract, .multiply, .divide, .power, .less, .lessEqual, .greater, .greaterEqual,
                    .equal, .notEqual, .and, .or, .minimum, .maximum:
                    [instruction.a, instruction.b]
                default: [instruction.a]
                }
            return "\(target) = \(instruction.op.rawValue)(\(operands.map(name).joined(separator: ", ")))"
        }
        if program.instructions.last?.destination != Program.output {
            lines.append("out = \(name(program.result))")
        }
        return lines.joined(separator: "\n")
    }

    /// Evaluates rows `0..<count`; `columns[i]` holds variable i and has at least `count` values.
    public func evaluate(columns: [[Double]], count: Int) -> [Double] {
        evaluate(columns: columns, count: count, chunkSize: Self.chunkSize, workers: Self.availableCores)
    }

    /// One point; `point[i]` is variable i.
    public func evaluate(point: [Double]) -> Double {
        precondition(point.count >= variables.count, "a point needs one value per variable")
        var result = 0.0
        point.withUnsafeBufferPointer { values in
            guard let base = values.baseAddress else {
                result = evaluateEmptyPoint()
                return
            }
            let pointers = program.columns.map { base + $0 }
            let scratch = UnsafeMutablePointer<Double>.allocate(capacity: max(1, program.registerCount))
            defer { scratch.deallocate() }
            withUnsafeMutablePointer(to: &result) { out in
                runChunk(pointers, offset: 0, count: 1, scratch: scratch, stride: 1, output: out)
            }
        }
        return result
    }

    private func evaluateEmptyPoint() -> Double {
        let scratch = UnsafeMutablePointer<Double>.allocate(capacity: max(1, program.registerCount))
        defer { scratch.deallocate() }
        var result = 0.0
        withUnsafeMutablePointer(to: &result) { out in
            runChunk([], offset: 0, count: 1, scratch: scratch, stride: 1, output: out)
        }
        return result
    }

    /// The evaluation with explicit chunking and parallelism, so tests can show they do not matter.
    func evaluate(columns: [[Double]], count: Int, chunkSize: Int, workers: Int) -> [Double] {
        precondition(columns.count >= variables.count, "one column per variable is needed")
        guard count > 0 else { return [] }
        for index in program.columns {
            precondition(columns[index].count >= count, "column '\(variables[index])' is shorter than count")
        }
        return [Double](unsafeUninitializedCapacity: count) { output, initialized in
            withColumnPointers(columns, program.columns[...]) { pointers in
                guard let base = output.baseAddress else { return }
                let shared = SharedBuffers(columns: pointers, output: base)
                let chunks = (count + chunkSize - 1) / chunkSize
                let workers = count >= Self.parallelThreshold ? max(1, min(workers, chunks)) : 1
                if workers == 1 {
                    runChunks(0..<chunks, shared, count: count, chunkSize: chunkSize)
                } else {
                    // A few groups per worker evens out load; each group reuses one scratch buffer.
                    let groups = min(chunks, workers * 4)
                    ParallelLoop.run(iterations: groups, sharing: shared) { group, shared in
                        let range = (chunks * group / groups)..<(chunks * (group + 1) / groups)
                        runChunks(range, shared, count: count, chunkSize: chunkSize)
                    }
                }
            }
            initialized = count
        }
    }

    private func runChunks(_ chunks: Range<Int>, _ shared: SharedBuffers, count: Int, chunkSize: Int) {
        guard !chunks.isEmpty else { return }
        let scratch = UnsafeMutablePointer<Double>.allocate(capacity: max(1, program.registerCount * chunkSize))
        defer { scratch.deallocate() }
        for chunk in chunks {
            let offset = chunk * chunkSize
            let rows = min(chunkSize, count - offset)
            runChunk(
                shared.columns, offset: offset, count: rows, scratch: scratch, stride: chunkSize,
                output: shared.output + offset)
        }
    }

    /// Runs every instruction over rows `offset..<offset+count`, leaving the result in `output`.
    private func runChunk(
        _ columns: [UnsafePointer<Double>], offset: Int, count: Int,
        scratch: UnsafeMutablePointer<Double>, stride: Int,
        output: UnsafeMutablePointer<Double>
    ) {
        func argument(_ operand: Operand) -> KernelArgument {
            switch operand {
            case .column(let k): .values(columns[k] + offset)
            case .register(let r): .values(UnsafePointer(scratch + r * stride))
            case .constant(let v): .constant(v)
            }
        }
        for instruction in program.instructions {
            let destination =
                instruction.destination == Program.output
                ? output : scratch + instruction.destination * stride
            Kernels.run(
                instruction.op, argument(instruction.a), argument(instruction.b), argument(instruction.c),
                into: destination, count: count)
        }
        switch program.result {
        case .register where program.instructions.last?.destination == Program.output:
            break
        case let operand:
            Kernels.run(.fill, argument(operand), .constant(0), .constant(0), into: output, count: count)
        }
    }

    static var availableCores: Int {
        max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }
}

/// Raw buffers shared by the workers of one evaluation; each worker writes a disjoint range of `output`.
private struct SharedBuffers {
    let columns: [UnsafePointer<Double>]
    let output: UnsafeMutablePointer<Double>
}

/// Calls `body` with a base pointer for each column in `indexes`, nesting `withUnsafeBufferPointer`.
private func withColumnPointers(
    _ columns: [[Double]], _ indexes: ArraySlice<Int>,
    _ collected: [UnsafePointer<Double>] = [], _ body: ([UnsafePointer<Double>]) -> Void
) {
    guard let first = indexes.first else {
        body(collected)
        return
    }
    columns[first].withUnsafeBufferPointer { buffer in
        // Columns were checked to hold at least one row, so the base address exists.
        guard let base = buffer.baseAddress else { return }
        withColumnPointers(columns, indexes.dropFirst(), collected + [base], body)
    }
}

/// Index of the first NaN or infinite value, so callers can report the point that produced it.
public func firstNonFinite(in values: [Double]) -> Int? {
    values.firstIndex { !$0.isFinite }
}
