import PlotDiagnostics
import Testing

@testable import PlotYAML

@Suite("Aliases and merge keys")
struct AliasAndMergeTests {
    @Test func aliasCopiesTheAnchoredNodeAtItsOwnLocation() throws {
        let root = try load(
            """
            base: &style {color: red, width: 2}
            line: *style
            """)
        let base = try #require(root["base"])
        let line = try #require(root["line"])
        #expect(line.mapping == base.mapping)
        #expect(base.location == at(1, 14))
        #expect(line.location == at(2, 7))
        #expect(line.length == 6)
        // Children keep the position of the anchored original.
        #expect(line["color"]?.location == at(1, 22))
    }

    @Test func scalarAlias() throws {
        let root = try load("a: &n 3\nb: [*n, *n]\n")
        #expect(root["b"]?[1]?.value == .integer(3))
        #expect(root["b"]?[1]?.location == at(2, 9))
    }

    @Test func anchorRedefinitionUsesTheLatest() throws {
        let root = try load("a: &x 1\nb: [&x 2, *x]\nc: *x\n")
        #expect(root["b"]?[1]?.value == .integer(2))
        #expect(root["c"]?.value == .integer(2))
        // The sequence's own anchor is the latest one its alias can see: that is a cycle.
        #expect(diagnostics("a: &x 1\nb: &x [*x]\n").map(\.code) == ["yaml.recursive-alias"])
    }

    @Test func undefinedAlias() {
        let found = diagnostics("a: &base 1\nb: *bsae\n")
        #expect(found == [Messages.YAML.undefinedAlias("bsae", at: span(2, 4, length: 5), suggestion: "base")])
    }

    @Test func recursiveAlias() {
        let found = diagnostics("a: &a [1, *a]\n")
        #expect(found == [Messages.YAML.recursiveAlias("a", at: span(1, 11, length: 2), anchor: span(1, 4))])
    }

    @Test func singleMerge() throws {
        let root = try load(
            """
            base: &base {color: red, width: 2}
            line:
              <<: *base
              width: 3
            """)
        let line = try #require(root["line"]?.mapping)
        #expect(line.map(\.keyText) == ["color", "width"])
        #expect(root["line"]?["width"]?.value == .integer(3))
        #expect(root["line"]?["color"]?.value == .string("red"))
    }

    @Test func explicitKeyWinsEvenBeforeTheMerge() throws {
        let root = try load(
            """
            base: &base {color: red, width: 2}
            line: {width: 3, <<: *base}
            """)
        #expect(root["line"]?.mapping?.map(\.keyText) == ["width", "color"])
        #expect(root["line"]?["width"]?.value == .integer(3))
    }

    @Test func mergeListEarlierWins() throws {
        let root = try load(
            """
            a: &a {x: 1, y: 1}
            b: &b {y: 2, z: 2}
            c:
              <<: [*a, *b, {w: 0}]
              z: 3
            """)
        let c = try #require(root["c"])
        // Merged pairs appear where the `<<` key was.
        #expect(c.mapping?.map(\.keyText) == ["x", "y", "w", "z"])
        #expect(c["y"]?.value == .integer(1))
        #expect(c["z"]?.value == .integer(3))
    }

    @Test func quotedMergeKeyIsAnOrdinaryKey() throws {
        let root = try load("'<<': 1\n")
        #expect(root["<<"]?.value == .integer(1))
    }

    @Test(arguments: [("<<: 3\n", "the number 3", span(1, 5)), ("<<: [{a: 1}, [2]]\n", "a list", span(1, 14))])
    func badMerge(text: String, found: String, at where: SourceSpan) {
        #expect(diagnostics(text) == [Messages.YAML.badMerge(found: found, at: `where`)])
    }

    @Test func duplicateKeyPointsAtBoth() {
        let found = diagnostics("seed: 1\nplot: {}\nseed: 2\n")
        #expect(found == [Messages.YAML.duplicateKey("seed", at: span(3, 1, length: 4), first: span(1, 1, length: 4))])
    }

    @Test func allCollectedErrorsAreReportedInFileOrder() {
        let found = diagnostics("a: 1\nb: *nope\na: 2\n[x]: 3\n")
        #expect(found.map(\.code) == ["yaml.undefined-alias", "yaml.duplicate-key", "yaml.complex-key"])
        #expect(found.last == Messages.YAML.complexKey(found: "a list", at: span(4, 1)))
    }
}
