import PlotDiagnostics
import Testing

@testable import PlotFormula

@Suite struct ExpressionPrinterTests {
    /// Formula text and its canonical printed form.
    @Test(arguments: [
        ("log10(learning_rate) - 0.35 * log2(batch_size)", "log10(learning_rate) - 0.35 * log2(batch_size)"),
        ("1+2*sigmoid(log10(learning_rate)+1.5)", "1 + 2 * sigmoid(log10(learning_rate) + 1.5)"),
        ("learning_rate > 0.1 && log2(batch_size) < 5", "learning_rate > 0.1 and log2(batch_size) < 5"),
        ("(a+b)*c", "(a + b) * c"),
        ("a-(b-c)", "a - (b - c)"),
        ("(a-b)-c", "a - b - c"),
        ("a/(b*c)", "a / (b * c)"),
        ("a*(b/c)", "a * (b / c)"),
        ("-2^2", "-2 ^ 2"),
        ("(-2)^2", "(-2) ^ 2"),
        ("2^3^2", "2 ^ 3 ^ 2"),
        ("(2^3)^2", "(2 ^ 3) ^ 2"),
        ("2**-1", "2 ^ -1"),
        ("2^(a*b)", "2 ^ (a * b)"),
        ("-(a*b)", "-(a * b)"),
        ("-(-x)", "-(-x)"),
        ("- -3", "3"),
        ("a - -3", "a - -3"),
        ("a * -b", "a * -b"),
        ("+a", "a"),
        ("!a || b", "not a or b"),
        ("!(a || b)", "not (a or b)"),
        ("a and (b or c)", "a and (b or c)"),
        ("(a and b) and c", "a and b and c"),
        ("a and (b and c)", "a and (b and c)"),
        ("(a < b) == (c < d)", "(a < b) == (c < d)"),
        ("not a < b", "not a < b"),
        ("(not a) < b", "(not a) < b"),
        ("1e-5 * a", "1e-05 * a"),
        ("1e20", "1e+20"),
        ("12.0 + .5", "12 + 0.5"),
        ("if(a>b,1,-1)", "if(a > b, 1, -1)"),
        ("max(a, b, c)", "max(a, b, c)"),
        ("f()", "f()"),
        ("-0", "-0")
    ])
    func printsCanonically(text: String, printed: String) {
        let expr = parsed(text)
        #expect(expr.description == printed)
        #expect(parsed(expr.description).withSpans() == expr.withSpans())
    }

    @Test func randomTreesRoundTrip() {
        var random = SplitMix(state: 7)
        for _ in 0..<500 {
            let expr = Self.randomTree(depth: 5, &random)
            let again = parsed(expr.description)
            #expect(again.withSpans() == expr, "\(expr.description)")
        }
    }

    /// Random parser-shaped trees: no negation directly over a number literal (the parser folds those).
    static func randomTree(depth: Int, _ random: inout SplitMix) -> Expression {
        let pick = Int(random.next() % 10)
        if depth <= 0 || pick < 2 {
            switch random.next() % 3 {
            case 0: return .num([0.5, 2, -3, 1e-5, 12.25][Int(random.next() % 5)])
            case 1: return .name(["a", "b", "c"][Int(random.next() % 3)])
            default: return .apply("log", [randomTree(depth: depth - 1, &random)])
            }
        }
        if pick < 4 {
            let operand = randomTree(depth: depth - 1, &random)
            if case .number = operand { return operand }
            return .unary(random.next() % 2 == 0 ? .negate : .not, operand, .synthetic)
        }
        let ops: [BinaryOperator] = [.add, .subtract, .multiply, .divide, .power, .less, .equal, .and, .or]
        let op = ops[Int(random.next() % UInt64(ops.count))]
        return .op(op, randomTree(depth: depth - 1, &random), randomTree(depth: depth - 1, &random))
    }

    @Test func substitution() {
        let expr = parsed("a * 2 + f(a, b)")
        let result = expr.substituting(["a": parsed("b + 1")])
        #expect(result.description == "(b + 1) * 2 + f(b + 1, b)")
        #expect(expr.substituting([:]) == expr)
        #expect(result.mentionedNames == ["b"])
    }

    @Test func builders() {
        let expr = Expression.sum([
            .op(.multiply, .num(0.5), .apply("gauss", [.name("x"), .num(1), .num(2)])),
            .negated(.name("y"))
        ])
        #expect(expr.description == "0.5 * gauss(x, 1, 2) + -y")
        #expect(Expression.sum([]).description == "0")
    }
}
