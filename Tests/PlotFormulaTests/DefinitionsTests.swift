import PlotDiagnostics
import Testing

@testable import PlotFormula

@Suite struct DefinitionsTests {
    /// `d0: x + y`, then `dₖ: dₖ₋₁ + dₖ₋₁` (or `*` on even k): each uses the previous one twice, so the
    /// expansion of the last one has about 2ⁿ nodes.
    static func chain(_ count: Int) -> Definitions {
        var definitions = Definitions()
        definitions.append(name: "d0", expression: parsed("x + y"))
        for k in 1..<count {
            definitions.append(name: "d\(k)", expression: parsed("d\(k - 1) \(k % 2 == 1 ? "+" : "*") d\(k - 1)"))
        }
        return definitions
    }

    @Test func aDoublingChainCompilesToOneInstructionPerDefinition() throws {
        // 2⁶⁰ nodes if pasted as text; one instruction per line when kept as bindings.
        let formula = try CompiledFormula(parsed("d59 - d59 / 2"), variables: ["x", "y"], definitions: Self.chain(60))
        #expect(formula.instructionCount == 60 + 2)
        #expect(formula.registerCount <= 60 + 2)
    }

    @Test func programSizeGrowsLinearlyWithTheChain() throws {
        let short = try CompiledFormula(parsed("d19"), variables: ["x", "y"], definitions: Self.chain(20))
        let long = try CompiledFormula(parsed("d39"), variables: ["x", "y"], definitions: Self.chain(40))
        #expect(long.instructionCount - short.instructionCount == 20)
    }

    @Test func chainValuesMatchTheExpansion() throws {
        let definitions = Self.chain(6)  // d1 = 2s, d2 = 4s², d3 = 8s², d4 = 64s⁴, d5 = 128s⁴ with s = x + y
        let formula = try CompiledFormula(parsed("d5 + d2"), variables: ["x", "y"], definitions: definitions)
        func expanded(_ s: Double) -> Double {
            let d2 = (2 * s) * (2 * s)
            let d4 = (2 * d2) * (2 * d2)
            return 2 * d4 + d2
        }
        #expect(formula.evaluate(point: [0.25, 0.5]) == expanded(0.75))
        let column = formula.evaluate(columns: [[0.25, 1], [0.5, 1]], count: 2)
        #expect(column == [expanded(0.75), expanded(2)])
    }

    @Test func onlyTheDefinitionsAFormulaUsesAreCompiled() throws {
        var definitions = Definitions()
        definitions.append(name: "u", expression: parsed("log10(x)"))
        definitions.append(name: "unused", expression: parsed("exp(x) * sin(x)"))
        definitions.append(name: "v", expression: parsed("u * 2"))
        #expect(definitions.used(by: [parsed("v + 1")]).map(\.name) == ["u", "v"])
        let formula = try CompiledFormula(parsed("v + u"), variables: ["x"], definitions: definitions)
        #expect(formula.instructionCount == 3, "log10, the multiply and the add: u is computed once")
        #expect(definitions.listing(usedBy: [parsed("v")]) == "let u = log10(x)\nlet v = u * 2\n")
    }

    @Test func constantDefinitionsFoldAway() throws {
        var definitions = Definitions()
        definitions.append(name: "k", expression: parsed("2 ^ 10"))
        definitions.append(name: "h", expression: parsed("k / 4"))
        let formula = try CompiledFormula(parsed("h * x + k"), variables: ["x"], definitions: definitions)
        #expect(formula.instructionCount == 2)
        #expect(formula.evaluate(point: [3]) == 256 * 3 + 1024)
    }

    @Test func definitionsShadowConstants() throws {
        var definitions = Definitions()
        definitions.append(name: "e", expression: parsed("x + 1"))
        let formula = try CompiledFormula(parsed("e * 2"), variables: ["x"], definitions: definitions)
        #expect(formula.evaluate(point: [1]) == 4)
    }

    @Test func aProgramOverTheInstructionLimitIsALocatedError() {
        // Distinct products (nothing to share or fold): two instructions per term.
        let span = SourceSpan(start: location(column: 7))
        var terms = (0..<(ProgramBuilder.maxInstructions / 2 + 10)).map {
            Expression.op(.multiply, .name("x", span: span), .num(Double($0) + 0.5, span: span), span: span)
        }
        // Summed pairwise, so the tree is shallow (a 5000-deep chain would overflow a test thread's stack).
        while terms.count > 1 {
            terms = stride(from: 0, to: terms.count, by: 2).map { i in
                i + 1 < terms.count ? .op(.add, terms[i], terms[i + 1], span: span) : terms[i]
            }
        }
        let sum = terms[0]
        do {
            _ = try CompiledFormula(sum, variables: ["x"])
            Issue.record("a program over the limit compiled")
        } catch {
            #expect(error.diagnostics.map(\.code) == ["formula.program-too-large"])
            #expect(error.diagnostics.first?.span == span)
        }
    }

    @Test func substitutingRewritesEachDefinitionOnce() throws {
        let held = Self.chain(50).substituting(["y": .num(0)])
        let formula = try CompiledFormula(parsed("d49"), variables: ["x"], definitions: held)
        #expect(formula.instructionCount == 50, "one instruction per definition, y read as the constant 0")
        #expect(formula.usedVariables == [0])
    }
}
