import PlotDiagnostics
import Testing

@testable import PlotFormula

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@Suite struct CompiledFormulaTests {
    static let variables = ["a", "b", "c"]

    /// Each builtin at a point, against values computed by hand or by Foundation.
    static let constantCases: [(String, Double)] = [
        ("exp(1)", M_E), ("log(e)", 1), ("ln(e ^ 2)", 2), ("log10(1000)", 3), ("log2(0.125)", -3),
        ("sqrt(2.25)", 1.5), ("abs(-3)", 3), ("floor(-1.5)", -2), ("ceil(-1.5)", -1),
        ("round(2.5)", 3), ("round(-2.5)", -3), ("round(1.4)", 1),
        ("sin(pi / 2)", 1), ("cos(0)", 1), ("tanh(0.5)", tanh(0.5)), ("sigmoid(0)", 0.5),
        ("sigmoid(2)", 1 / (1 + exp(-2.0))), ("min(3, 1, 2)", 1), ("max(3, 1, 2)", 3),
        ("clamp(5, 0, 1)", 1), ("clamp(-5, 0, 1)", 0), ("clamp(0.25, 0, 1)", 0.25), ("pow(2, 10)", 1024),
        ("gauss(0)", 1), ("gauss(1)", exp(-0.5)), ("gauss(3, 1, 2)", exp(-0.5)),
        ("if(1 < 2, 10, 20)", 10), ("if(1 > 2, 10, 20)", 20), ("pi", Double.pi), ("e", M_E),
        ("1 + 2 * 3", 7), ("-2^2", -4), ("2^3^2", 512), ("2^-1", 0.5), ("(1 < 2) and (2 < 1)", 0),
        ("1 < 2 or 2 < 1", 1), ("not 1 > 2", 1), ("3 == 3", 1), ("3 != 3", 0), ("2 <= 2", 1), ("2 >= 3", 0),
        ("1 / 0", .infinity), ("log(-1)", .nan), ("10 / 4 - 1", 1.5)
    ]

    @Test(arguments: constantCases)
    func constantFormulas(text: String, expected: Double) throws {
        let formula = try CompiledFormula(parsed(text), variables: [])
        let value = formula.evaluate(point: [])
        #expect(same(value, expected) || abs(value - expected) <= 1e-12 * max(1, abs(expected)), "\(value)")
        #expect(formula.constantValue.map { same($0, value) } == true, "folded")
        #expect(formula.instructionCount == 0)
    }

    static let variableCases: [(String, [Double], Double)] = [
        ("a", [0.3, 9.0, -1.0], 0.3),
        ("a * b - c", [2.0, 3.0, 4.0], 2.0),
        ("log10(a) - 0.35 * log2(b)", [0.01, 32.0, 0.0], -2 - 0.35 * 5),
        ("if(a > b, a, b)", [1.0, 2.0, 0.0], 2.0),
        ("if(a > b, 1, 0)", [3.0, 2.0, 0.0], 1.0),
        ("a > 0.1 and log2(b) < 5", [0.2, 16.0, 0.0], 1.0),
        ("clamp(a, b, c)", [5.0, 0.0, 1.0], 1.0),
        ("gauss(a, b, c)", [3.0, 1.0, 2.0], exp(-0.5)),
        ("max(a, 1, b)", [0.0, -1.0, 0.0], 1.0)
    ]

    @Test(arguments: variableCases)
    func variableFormulas(text: String, point: [Double], expected: Double) throws {
        let formula = try CompiledFormula(parsed(text), variables: Self.variables)
        #expect(formula.evaluate(point: point) == expected)
        #expect(formula.evaluate(columns: point.map { [$0] }, count: 1) == [expected])
    }

    // MARK: - Columnar evaluation

    static let formulas = [
        "log10(a) - 0.35 * log2(b)",
        "1 + 2 * sigmoid(log10(a) + 1.5)",
        "if(a > 0.5 and b < 3, exp(c), -c^2)",
        "gauss(a, 0.3, 0.1) * max(a, b, c) + clamp(c, 0.2, 0.8) - min(a, 0.5)",
        "a",
        "2 * pi",
        "not (a < b) or c >= 0.5",
        "sqrt(abs(a - b)) / (1 + c) ^ 2",
        "round(a * 10) + floor(b) - ceil(c) + sin(a) * cos(b) + tanh(c)",
        "pow(a, b) + ln(c) - log(a) + exp(-a) + log10(c) * gauss(b)",
        "if(c > 0, 1, -1) * if(a == a, 2, 3) + if(b != 2 and c <= 0.5, b, 0)",
        "exp(-((a - 0.5) / 0.2)^2) + exp(-((log2(b) - 4) / 1.5)^2) * exp(c) - 3 * exp(a * c)"
    ]

    /// Random columns: a in (0, 1), b in (1, 64), c in (-1, 1), so some formulas produce NaN.
    static func columns(_ count: Int, seed: UInt64) -> [[Double]] {
        var random = SplitMix(state: seed)
        var columns: [[Double]] = [[], [], []]
        for _ in 0..<count {
            columns[0].append(random.uniform(0.001...1))
            columns[1].append(random.uniform(1...64))
            columns[2].append(random.uniform(-1...1))
        }
        return columns
    }

    @Test(arguments: formulas)
    func columnsMatchPointsAndTheReference(text: String) throws {
        let formula = try CompiledFormula(parsed(text), variables: Self.variables)
        let expr = parsed(text)
        for count in [0, 1, 5, 2047, 2048, 2049, 5000] {
            let columns = Self.columns(count, seed: UInt64(count))
            let values = formula.evaluate(columns: columns, count: count)
            #expect(values.count == count)
            var mismatches = 0
            for row in 0..<count {
                let point = columns.map { $0[row] }
                let reference = ReferenceEvaluator.evaluate(
                    expr, Dictionary(uniqueKeysWithValues: zip(Self.variables, point)))
                if !same(values[row], formula.evaluate(point: point)) || !same(values[row], reference) {
                    mismatches += 1
                }
            }
            #expect(mismatches == 0, "\(text) with \(count) rows")
        }
    }

    @Test(arguments: formulas)
    func chunkingAndThreadsDoNotChangeResults(text: String) throws {
        let formula = try CompiledFormula(parsed(text), variables: Self.variables)
        let count = 70_001
        let columns = Self.columns(count, seed: 42)
        let serial = formula.evaluate(columns: columns, count: count, chunkSize: 2048, workers: 1)
        for (chunk, workers) in [(2048, 2), (2048, 3), (7, 4), (1000, 2), (65_536, 2)] {
            let other = formula.evaluate(columns: columns, count: count, chunkSize: chunk, workers: workers)
            #expect(zip(serial, other).allSatisfy { same($0, $1) }, "chunk \(chunk), \(workers) workers")
        }
        #expect(zip(serial, formula.evaluate(columns: columns, count: count)).allSatisfy { same($0, $1) })
    }

    @Test(arguments: formulas)
    func specialValuesDoNotTrap(text: String) throws {
        let formula = try CompiledFormula(parsed(text), variables: Self.variables)
        let specials: [Double] = [
            0, -0.0, 1, -1, .nan, .infinity, -.infinity, .greatestFiniteMagnitude, .leastNonzeroMagnitude
        ]
        var columns: [[Double]] = [[], [], []]
        for a in specials {
            for b in specials {
                for c in specials {
                    columns[0].append(a)
                    columns[1].append(b)
                    columns[2].append(c)
                }
            }
        }
        let values = formula.evaluate(columns: columns, count: columns[0].count)
        for row in values.indices {
            let point = columns.map { $0[row] }
            let reference = ReferenceEvaluator.evaluate(
                parsed(text), Dictionary(uniqueKeysWithValues: zip(Self.variables, point)))
            #expect(same(values[row], reference), "\(text) at \(point)")
        }
    }

    @Test func listing() throws {
        let formula = try CompiledFormula(parsed("1 + 2 * sigmoid(log10(lr) + 1.5)"), variables: ["x", "lr"])
        #expect(
            formula.listing == """
                r0 = log10(lr)
                r0 = add(r0, 1.5)
                r0 = sigmoid(r0)
                r0 = multiply(2, r0)
                out = add(1, r0)
                """)
        #expect(try CompiledFormula(parsed("x"), variables: ["x"]).listing == "out = x")
        #expect(try CompiledFormula(parsed("2 ^ 3"), variables: []).listing == "out = 8")
    }

    @Test func evaluatesOnlyTheFirstCountRows() throws {
        let formula = try CompiledFormula(parsed("a + 1"), variables: ["a"])
        #expect(formula.evaluate(columns: [[1, 2, 3, 4]], count: 2) == [2, 3])
        #expect(formula.evaluate(columns: [[]], count: 0) == [])
    }

    // MARK: - Folding

    @Test func constantSubtreesAreFolded() throws {
        let formula = try CompiledFormula(parsed("a * (2 ^ 10 - log2(8)) + sigmoid(0)"), variables: ["a", "b"])
        #expect(formula.instructionCount == 2)
        #expect(formula.evaluate(point: [1, 0]) == 1021.5)
        #expect(formula.usedVariables == [0])

        let dead = try CompiledFormula(parsed("if(pi > 3, b, a / 0)"), variables: ["a", "b"])
        #expect(dead.usedVariables == [1])
        #expect(dead.instructionCount == 0)
        #expect(dead.evaluate(columns: [[1, 2], [3, 4]], count: 2) == [3, 4])

        let constant = try CompiledFormula(parsed("max(1, 2, 3) * exp(1.3) * log(7)"), variables: ["a"])
        #expect(constant.constantValue == 3 * exp(1.3) * log(7.0))
        #expect(constant.usedVariables.isEmpty)
        #expect(
            constant.evaluate(columns: [[0, 0, 0]], count: 3) == Array(repeating: 3 * exp(1.3) * log(7.0), count: 3))
    }

    /// A sub-expression written several times (as `define:` substitution produces) is computed once.
    @Test func repeatedSubexpressionsAreComputedOnce() throws {
        let text = "log10(a) * 2 + sigmoid(log10(a) + 1) - log10(a) / (log10(a) + b)"
        let formula = try CompiledFormula(parsed(text), variables: ["a", "b"])
        let once = try CompiledFormula(parsed("u * 2 + sigmoid(u + 1) - u / (u + b)"), variables: ["u", "b"])
        #expect(formula.instructionCount == once.instructionCount + 1, "one log10 instead of four")
        let a = (1...5000).map { Double($0) * 0.37 }
        let b = (1...5000).map { Double($0 % 17) - 8 }
        let values = formula.evaluate(columns: [a, b], count: a.count)
        let reference = once.evaluate(columns: [a.map(log10), b], count: a.count)
        #expect(values == reference)
        for i in stride(from: 0, to: a.count, by: 499) {
            #expect(formula.evaluate(point: [a[i], b[i]]) == values[i])
        }
    }

    @Test func foldedAndUnfoldedAgree() throws {
        // The same arithmetic once on constants (folded) and once on columns holding those constants.
        let texts = [
            "exp(1.3) * log(7) / sqrt(2)", "sigmoid(0.7) + gauss(0.3, 0.1, 0.25) - 2 ^ 0.5",
            "tanh(0.2) * round(2.5) + clamp(3, 0, 1) + if(1 < 2, 0.1, 0.2)"
        ]
        for text in texts {
            let folded = try CompiledFormula(parsed(text), variables: [])
            var names: [String] = []
            var values: [Double] = []
            let lifted = ReferenceEvaluator.liftNumbers(parsed(text), &names, &values)
            let unfolded = try CompiledFormula(lifted, variables: names)
            #expect(unfolded.instructionCount > 0)
            #expect(folded.constantValue == unfolded.evaluate(point: values), "\(text)")
        }
    }

    @Test func firstNonFiniteFindsNaNAndInfinity() {
        #expect(firstNonFinite(in: [1, 2, 3]) == nil)
        #expect(firstNonFinite(in: [1, .nan, .infinity]) == 1)
        #expect(firstNonFinite(in: [1, 2, -.infinity]) == 2)
    }
}

/// An independent tree-walking evaluator written straight from the language description.
enum ReferenceEvaluator {
    static func evaluate(_ expr: Expression, _ variables: [String: Double]) -> Double {
        func bool(_ b: Bool) -> Double { b ? 1 : 0 }
        func eval(_ e: Expression) -> Double { evaluate(e, variables) }
        switch expr {
        case .number(let v, _): return v
        case .variable(let name, _): return variables[name] ?? ["pi": Double.pi, "e": M_E][name] ?? .nan
        case .unary(.negate, let x, _): return -eval(x)
        case .unary(.not, let x, _): return bool(eval(x) == 0)
        case .binary(let op, let l, let r, _):
            let x = eval(l)
            let y = eval(r)
            switch op {
            case .add: return x + y
            case .subtract: return x - y
            case .multiply: return x * y
            case .divide: return x / y
            // Squares are computed as x * x (the correctly rounded square, which glibc's pow is not).
            case .power: return y == 2 ? x * x : pow(x, y)
            case .less: return bool(x < y)
            case .lessEqual: return bool(x <= y)
            case .greater: return bool(x > y)
            case .greaterEqual: return bool(x >= y)
            case .equal: return bool(x == y)
            case .notEqual: return bool(x != y)
            case .and: return bool(x != 0 && y != 0)
            case .or: return bool(x != 0 || y != 0)
            }
        case .call(let name, let arguments, _):
            let v = arguments.map(eval)
            switch name {
            case "exp": return exp(v[0])
            case "log", "ln": return log(v[0])
            case "log10": return log10(v[0])
            case "log2": return log2(v[0])
            case "sqrt": return sqrt(v[0])
            case "abs": return abs(v[0])
            case "floor": return floor(v[0])
            case "ceil": return ceil(v[0])
            case "round": return v[0].rounded()
            case "sin": return sin(v[0])
            case "cos": return cos(v[0])
            case "tanh": return tanh(v[0])
            case "sigmoid": return 1 / (1 + exp(-v[0]))
            case "min": return v.dropFirst().reduce(v[0]) { $1 < $0 ? $1 : $0 }
            case "max": return v.dropFirst().reduce(v[0]) { $1 > $0 ? $1 : $0 }
            case "clamp": return Swift.min(Swift.max(v[0], v[1]), v[2])
            case "pow": return v[1] == 2 ? v[0] * v[0] : pow(v[0], v[1])
            case "gauss" where v.count == 1: return exp(-(v[0] * v[0]) / 2)
            case "gauss":
                let t = (v[0] - v[1]) / v[2]
                return exp(-(t * t) / 2)
            case "if": return v[0] != 0 ? v[1] : v[2]
            default: return .nan
            }
        }
    }

    /// Replaces every number literal by a fresh variable, collecting names and values, so the same
    /// arithmetic can be run unfolded.
    static func liftNumbers(_ expr: Expression, _ names: inout [String], _ values: inout [Double]) -> Expression {
        switch expr {
        case .number(let v, _):
            names.append("k\(names.count)")
            values.append(v)
            return .name(names[names.count - 1])
        case .variable: return expr
        case .unary(let op, let x, let s): return .unary(op, liftNumbers(x, &names, &values), s)
        case .binary(let op, let l, let r, let s):
            let left = liftNumbers(l, &names, &values)
            return .binary(op, left, liftNumbers(r, &names, &values), s)
        case .call(let name, let args, let s):
            var lifted: [Expression] = []
            for arg in args { lifted.append(liftNumbers(arg, &names, &values)) }
            return .call(name, lifted, s)
        }
    }
}
