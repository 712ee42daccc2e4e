import PlotDiagnostics
import Testing

@testable import PlotYAML

@Suite("Limits")
struct LimitsTests {
    @Test func aliasBombFailsFast() {
        var lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for (previous, name) in zip(names, names.dropFirst()) {
            let refs = Array(repeating: "*\(previous)", count: 9).joined(separator: ", ")
            lines.append("\(name): &\(name) [\(refs)]")
        }
        let found = diagnostics(lines.joined(separator: "\n"))
        #expect(found.map(\.code) == ["yaml.too-many-nodes"])
        #expect(found.first?.location?.line == 7)  // `g` is where the running total passes a million
    }

    @Test func aliasesWithinTheLimitExpand() throws {
        let root = try load("a: &a [1, 2]\nb: [*a, *a]\n", limits: YAMLLimits(maxNodes: 13))
        #expect(root["b"]?[1]?[1]?.value == .integer(2))
        // 1 root + 2 keys + 3 for `a` + 1 list + 2 × 3 for the aliases = 13
        let found = diagnostics("a: &a [1, 2]\nb: [*a, *a]\n", limits: YAMLLimits(maxNodes: 12))
        #expect(found == [Messages.YAML.tooManyNodes(limit: 12, at: span(2, 9, length: 2))])
    }

    @Test func deepFlowNestingFailsFast() {
        let text = String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000)
        let found = diagnostics(text)
        #expect(found == [Messages.YAML.tooDeep(limit: 200, at: span(1, 201))])
    }

    @Test func deepBlockNestingFailsFast() {
        let text = (0..<400).map { String(repeating: " ", count: 2 * $0) + "k:" }.joined(separator: "\n") + " 1\n"
        let found = diagnostics(text)
        // Mapping n starts at its first key, on line n; the 201st crosses the limit.
        #expect(found == [Messages.YAML.tooDeep(limit: 200, at: span(201, 401))])
    }

    @Test func deepBlockSequenceOnOneLine() {
        let text = String(repeating: "- ", count: 20_000) + "x\n"
        #expect(diagnostics(text).map(\.code) == ["yaml.too-deep"])
    }

    @Test func depthAtTheLimitLoads() throws {
        let text = String(repeating: "[", count: 5) + String(repeating: "]", count: 5)
        _ = try load(text, limits: YAMLLimits(maxDepth: 5))
        #expect(
            diagnostics(text, limits: YAMLLimits(maxDepth: 4)) == [
                Messages.YAML.tooDeep(limit: 4, at: span(1, 5))
            ])
    }

    @Test func aliasCannotSmuggleDepthPastTheLimit() {
        let text = "a: &a [[[1]]]\nb: [[*a]]\n"
        #expect(
            diagnostics(text, limits: YAMLLimits(maxDepth: 5)) == [
                Messages.YAML.tooDeep(limit: 5, at: span(2, 6, length: 2))
            ])
    }

    @Test func scalarTooLong() {
        let found = diagnostics("k: " + String(repeating: "x", count: 100), limits: YAMLLimits(maxScalarBytes: 99))
        #expect(found == [Messages.YAML.scalarTooLong(bytes: 100, limit: 99, at: span(1, 4, length: 100))])
    }

    @Test func inputTooLarge() {
        let found = diagnostics("k: 1234567890\n", limits: YAMLLimits(maxInputBytes: 10))
        #expect(found == [Messages.YAML.fileTooLarge(bytes: 14, limit: 10, at: span(1, 1))])
    }
}
