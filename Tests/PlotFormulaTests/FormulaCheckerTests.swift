import PlotDiagnostics
import Testing

@testable import PlotFormula

@Suite struct FormulaCheckerTests {
    let env = FormulaEnvironment(variables: ["learning_rate", "batch_size", "x"])

    func check(_ text: String, _ expected: FormulaType = .number) -> [Diagnostic] {
        FormulaChecker.check(parsed(text), in: env, expecting: expected)
    }

    func at(_ column: Int, _ length: Int) -> SourceSpan {
        SourceSpan(start: location(column: column), length: length)
    }

    @Test(arguments: [
        ("log10(learning_rate) - 0.35 * log2(batch_size)", FormulaType.number),
        ("1 + 2 * sigmoid(log10(learning_rate) + 1.5)", .number),
        ("learning_rate > 0.1 and log2(batch_size) < 5", .boolean),
        ("if(x > 1, x > 2, not (x < 0))", .boolean),
        ("pi * e + gauss(x) + gauss(x, 0, 1) + min(x, 1) + max(1, 2, 3, x) + clamp(x, 0, 1)", .number),
        ("ln(x) + log(x) + exp(x) + sqrt(x) + abs(x) + floor(x) + ceil(x) + round(x)", .number),
        ("sin(x) + cos(x) + tanh(x) + pow(x, 2) + if(x == 1 or x != 2, 1, 0)", .number)
    ])
    func wellTyped(text: String, type: FormulaType) {
        #expect(check(text, type).isEmpty)
        #expect(FormulaChecker.type(of: parsed(text), in: env).0 == type)
    }

    @Test func unknownVariableSuggestsAVariable() {
        #expect(
            check("lerning_rate * 2") == [
                Messages.Formula.unknownVariable("lerning_rate", suggestion: "learning_rate", at: at(1, 12))
            ])
        #expect(check("pie * 2") == [Messages.Formula.unknownVariable("pie", suggestion: "pi", at: at(1, 3))])
        #expect(check("zzzzzz")[0].suggestion == nil)
        #expect(check("zzzzzz")[0].code == "formula.unknown-variable")
    }

    @Test func unknownFunctionSuggestsABuiltin() {
        #expect(check("lg10(x)") == [Messages.Formula.unknownFunction("lg10", suggestion: "log10", at: at(1, 4))])
        #expect(
            check("2 * sigmoyd(x)") == [
                Messages.Formula.unknownFunction("sigmoyd", suggestion: "sigmoid", at: at(5, 7))
            ])
        // Arguments are still checked.
        #expect(check("foo(lerning_rate)").map(\.code) == ["formula.unknown-function", "formula.unknown-variable"])
    }

    @Test(arguments: [
        ("log10(x, 2)", "'log10' takes 1 argument, got 2"),
        ("min(x)", "'min' takes at least 2 arguments, got 1"),
        ("max()", "'max' takes at least 2 arguments, got 0"),
        ("gauss(x, 1)", "'gauss' takes 1 or 3 arguments, got 2"),
        ("clamp(x)", "'clamp' takes 3 arguments, got 1"),
        ("if(x > 1, 2)", "'if' takes 3 arguments, got 2"),
        ("pow(x)", "'pow' takes 2 arguments, got 1")
    ])
    func arity(text: String, message: String) {
        let diagnostics = check(text)
        #expect(diagnostics.map(\.message) == [message])
        #expect(diagnostics.first?.code == "formula.arity")
        #expect(diagnostics.first?.span?.start.column == 1)
    }

    @Test func typeErrors() {
        #expect(
            check("(x > 1) + 2") == [
                Messages.Formula.typeMismatch(expected: "a number", found: "a boolean (comparison)", at: at(2, 5))
            ])
        #expect(
            check("x and 1", .boolean) == [
                Messages.Formula.typeMismatch(expected: "a boolean", found: "a number", at: at(1, 1)),
                Messages.Formula.typeMismatch(expected: "a boolean", found: "a number", at: at(7, 1))
            ])
        #expect(
            check("if(x, 1, 2)") == [
                Messages.Formula.typeMismatch(expected: "a boolean", found: "a number", at: at(4, 1))
            ])
        #expect(check("not x", .boolean).map(\.message) == ["expected a boolean, found a number"])
        #expect(check("-(x < 1)").map(\.message) == ["expected a number, found a boolean (comparison)"])
        #expect(
            check("log(x > 1 and x < 2)").map(\.message)
                == ["expected a number, found a boolean ('and' expression)"])
        #expect(check("if(x > 1, 1, x < 0)").map(\.message) == ["expected a number, found a boolean (comparison)"])
    }

    @Test func resultMustHaveTheExpectedType() {
        #expect(
            check("x > 1", .number) == [
                Messages.Formula.typeMismatch(expected: "a number", found: "a boolean (comparison)", at: at(1, 5))
            ])
        #expect(
            check("x + 1", .boolean) == [
                Messages.Formula.typeMismatch(expected: "a boolean", found: "a number", at: at(1, 5))
            ])
        // No cascade: an unknown name makes the type unknown, not wrong.
        #expect(check("nope", .boolean).map(\.code) == ["formula.unknown-variable"])
    }

    @Test func variablesShadowConstants() throws {
        let withE = FormulaEnvironment(variables: ["e"])
        #expect(FormulaChecker.check(parsed("e * pi"), in: withE, expecting: .number).isEmpty)
        let formula = try CompiledFormula(parsed("e * pi"), variables: ["e"])
        #expect(formula.evaluate(point: [2]) == 2 * Double.pi)
        #expect(formula.usedVariables == [0])
        let constant = try CompiledFormula(parsed("e * pi"), variables: ["x"])
        #expect(constant.constantValue == FormulaConstants.values["e", default: 0] * Double.pi)
    }

    @Test func compilingAnUncheckedExpressionThrows() {
        #expect(throws: DiagnosticError.self) { try CompiledFormula(parsed("lerning_rate"), variables: ["x"]) }
        #expect(throws: DiagnosticError.self) { try CompiledFormula(parsed("log10(x, x)"), variables: ["x"]) }
        #expect(throws: DiagnosticError.self) { try CompiledFormula(parsed("x and 1"), variables: ["x"]) }
    }
}
