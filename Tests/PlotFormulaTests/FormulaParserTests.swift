import PlotDiagnostics
import Testing

@testable import PlotFormula

@Suite struct FormulaParserTests {
    /// Each formula must parse to the same tree as its fully parenthesized reading.
    @Test(arguments: [
        ("1+2*3", "1+(2*3)"),
        ("1*2+3", "(1*2)+3"),
        ("1-2-3", "(1-2)-3"),
        ("8/4/2", "(8/4)/2"),
        ("-2^2", "-(2^2)"),
        ("2^3^2", "2^(3^2)"),
        ("2**3**2", "2^(3^2)"),
        ("2^-1", "2^(-1)"),
        ("-x^2", "-(x^2)"),
        ("2*-x", "2*(-x)"),
        ("a<b and b<c or not c>1", "((a<b) and (b<c)) or (not (c>1))"),
        ("a<b && b<c || !(c>1)", "((a<b) and (b<c)) or (not (c>1))"),
        ("a or b and c", "a or (b and c)"),
        ("not a and b", "(not a) and b"),
        ("x + 1 >= y * 2", "(x + 1) >= (y * 2)"),
        ("+x", "x"),
        ("-(3)", "-3"),
        ("f(a, b+1)", "f((a), (b+1))")
    ])
    func precedence(text: String, reading: String) {
        #expect(parsed(text).withSpans() == parsed(reading).withSpans())
    }

    @Test(arguments: [
        ("12", 12.0), ("0.5", 0.5), (".5", 0.5), ("1e-5", 1e-5), ("2.5E+3", 2500.0), ("3.", 3.0),
        ("-0.35", -0.35)
    ])
    func numbers(text: String, value: Double) {
        #expect(parsed(text).withSpans() == .num(value))
    }

    @Test func spansPointIntoTheYAMLLine() {
        let expr = parsed("log10(lr) - 2", column: 10)
        guard
            case .binary(.subtract, .call(_, let arguments, let callSpan), .number(_, let numberSpan), let span) = expr
        else {
            Issue.record("unexpected shape \(expr)")
            return
        }
        #expect(span == SourceSpan(start: location(column: 10), length: 13))
        #expect(callSpan == SourceSpan(start: location(column: 10), length: 5))
        #expect(arguments.first?.span == SourceSpan(start: location(column: 16), length: 2))
        #expect(numberSpan == SourceSpan(start: location(column: 22), length: 1))
    }

    // MARK: - Syntax errors

    struct SyntaxCase: Sendable, CustomTestStringConvertible {
        var text: String
        var start: Int
        var column: Int
        var length: Int
        var expected: @Sendable (SourceSpan) -> Diagnostic
        var testDescription: String { text }

        init(
            _ text: String, start: Int = 1, column: Int, length: Int = 1,
            _ expected: @escaping @Sendable (SourceSpan) -> Diagnostic
        ) {
            self.text = text
            self.start = start
            self.column = column
            self.length = length
            self.expected = expected
        }
    }

    static let syntaxCases: [SyntaxCase] = [
        SyntaxCase("log10(x) + * 2", start: 20, column: 31) {
            Messages.Formula.unexpectedToken(found: "'*'", expected: "an expression", at: $0)
        },
        SyntaxCase("log10(x", column: 8) { Messages.Formula.unclosedParenthesis(openedAtColumn: 6, at: $0) },
        SyntaxCase("(a + b", start: 5, column: 11) { Messages.Formula.unclosedParenthesis(openedAtColumn: 5, at: $0) },
        SyntaxCase("(a b)", column: 4) { Messages.Formula.unclosedParenthesis(openedAtColumn: 1, at: $0) },
        SyntaxCase("a < b < c", column: 7) { Messages.Formula.chainedComparison("<", "<", at: $0) },
        SyntaxCase("a <= b > c", column: 8) { Messages.Formula.chainedComparison("<=", ">", at: $0) },
        SyntaxCase("a +", column: 4) { Messages.Formula.unexpectedEnd(expected: "an expression", at: $0) },
        SyntaxCase("a $ b", column: 3) { Messages.Formula.unexpectedCharacter("$", at: $0) },
        SyntaxCase("a = b", column: 3) { Messages.Formula.unexpectedCharacter("=", suggestion: "==", at: $0) },
        SyntaxCase("a & b", column: 3) { Messages.Formula.unexpectedCharacter("&", suggestion: "and", at: $0) },
        SyntaxCase("1e + 2", column: 1, length: 2) { Messages.Formula.invalidNumber("1e", at: $0) },
        SyntaxCase("x * 1.2.3", column: 5, length: 5) { Messages.Formula.invalidNumber("1.2.3", at: $0) },
        SyntaxCase("2x", column: 1, length: 2) { Messages.Formula.invalidNumber("2x", at: $0) },
        SyntaxCase("1e999", column: 1, length: 5) { Messages.Formula.numberOutOfRange("1e999", at: $0) },
        SyntaxCase("a b", column: 3) {
            Messages.Formula.unexpectedToken(found: "'b'", expected: "an operator or the end of the formula", at: $0)
        },
        SyntaxCase("a)", column: 2) { Messages.Formula.unmatchedClosingParenthesis(at: $0) },
        SyntaxCase("", column: 1) { Messages.Formula.emptyFormula(at: $0) },
        SyntaxCase("   ", column: 4) { Messages.Formula.emptyFormula(at: $0) },
        SyntaxCase("max(a b)", column: 7) {
            Messages.Formula.unexpectedToken(found: "'b'", expected: "',' or ')' after an argument of 'max'", at: $0)
        },
        SyntaxCase("max(a,)", column: 7) {
            Messages.Formula.unexpectedToken(found: "')'", expected: "an expression", at: $0)
        },
        SyntaxCase("2 ** ** 3", column: 6, length: 2) {
            Messages.Formula.unexpectedToken(found: "'**'", expected: "an expression", at: $0)
        },
        SyntaxCase("a and or b", column: 7, length: 2) {
            Messages.Formula.unexpectedToken(found: "'or'", expected: "an expression", at: $0)
        },
        SyntaxCase("1 + not a", column: 5, length: 3) {
            Messages.Formula.unexpectedToken(found: "'not'", expected: "an expression", at: $0)
        }
    ]

    @Test(arguments: syntaxCases)
    func syntaxErrorsPointAtTheToken(_ testCase: SyntaxCase) {
        let span = SourceSpan(start: location(column: testCase.column), length: testCase.length)
        let diagnostic = syntaxError(testCase.text, column: testCase.start)
        #expect(diagnostic == testCase.expected(span))
        #expect(diagnostic?.code == "formula.syntax")
    }

    @Test func inexactColumnsPutEveryErrorAtTheStart() {
        let diagnostic = syntaxError("log10(x) + * 2", column: 20, exact: false)
        #expect(
            diagnostic
                == Messages.Formula.unexpectedToken(
                    found: "'*'", expected: "an expression", at: SourceSpan(start: location(column: 20))))
        let unclosed = syntaxError("(a", column: 20, exact: false)
        #expect(unclosed?.message == "expected ')' to close '('")
        #expect(unclosed?.span == SourceSpan(start: location(column: 20)))
    }

    // MARK: - Limits

    @Test func tooLong() {
        let text = String(repeating: "a+", count: 2048) + "a"
        #expect(
            syntaxError(text)
                == Messages.Formula.tooLong(
                    length: 4097, limit: 4096, at: SourceSpan(start: location())))
    }

    @Test(arguments: [
        String(repeating: "(", count: 65) + "a" + String(repeating: ")", count: 65),
        String(repeating: "-", count: 200) + "a",
        String(repeating: "not ", count: 100) + "a",
        Array(repeating: "2", count: 100).joined(separator: "^"),
        Array(repeating: "a", count: 100).joined(separator: " + "),
        Array(repeating: "a", count: 100).joined(separator: " and "),
        String(repeating: "f(", count: 100) + "a" + String(repeating: ")", count: 100),
        String(repeating: "(", count: 2000) + "a" + String(repeating: ")", count: 2000)
    ])
    func tooDeep(text: String) {
        #expect(syntaxError(text)?.code == "formula.too-deep")
    }

    @Test func deepButWithinTheLimit() {
        let text = String(repeating: "(", count: 60) + "a" + String(repeating: ")", count: 60)
        #expect(parsed(text).withSpans() == .name("a"))
        let sum = Array(repeating: "a", count: 60).joined(separator: " + ")
        #expect(parsed(sum).description == sum)
    }
}
