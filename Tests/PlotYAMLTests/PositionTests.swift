import PlotDiagnostics
import Testing

@testable import PlotYAML

@Suite("Positions")
struct PositionTests {
    let document = """
        title: Loss surface
        plot:
          kind: heatmap
          size: [640, 480]
        items:
          - name: a
            value: 'quoted'
        """

    @Test func keysAndValuesAreOneBased() throws {
        let root = try load(document)
        let pairs = try #require(root.mapping)
        #expect(root.location == at(1, 1))
        #expect(pairs[0].key.location == at(1, 1))
        #expect(pairs[0].key.length == 5)
        #expect(pairs[0].value.location == at(1, 8))
        #expect(pairs[0].value.length == 12)
        #expect(pairs[1].key.location == at(2, 1))
    }

    @Test func nestedItems() throws {
        let root = try load(document)
        let plot = try #require(root["plot"])
        #expect(plot.location == at(3, 3))
        #expect(plot["kind"]?.location == at(3, 9))
        let size = try #require(plot["size"])
        #expect(size.location == at(4, 9))
        #expect(size.length == 1)
        #expect(size[0]?.location == at(4, 10))
        #expect(size[1]?.location == at(4, 15))
        #expect(size[1]?.length == 3)
        let items = try #require(root["items"])
        #expect(items.location == at(6, 3))
        #expect(items[0]?.location == at(6, 5))
        let quoted = try #require(items[0]?["value"])
        #expect(quoted.location == at(7, 12))
        #expect(quoted.length == 8)
    }

    @Test func plainScalarContentStart() throws {
        let scalar = try #require(try load("key: some text").mapping?[0].value.scalar)
        #expect(scalar.contentStart == at(1, 6))
        #expect(scalar.columnsAreExact)
    }

    @Test(arguments: [
        ("key: 'a + b'", true),
        ("key: \"a + b\"", true),
        ("key: 'it''s'", false),
        ("key: \"a\\tb\"", false)
    ])
    func quotedScalarContentStart(text: String, exact: Bool) throws {
        let node = try #require(try load(text).mapping?[0].value)
        let scalar = try #require(node.scalar)
        #expect(node.location == at(1, 6))
        #expect(scalar.contentStart == at(1, 7))
        #expect(scalar.columnsAreExact == exact)
    }

    @Test(arguments: ["|", ">", "|-", ">+", "| # comment"])
    func blockScalarContentStart(header: String) throws {
        let node = try #require(
            try load("f:\n  formula: \(header)\n\n    x * 2\n    + y\n").mapping?[0].value["formula"])
        let scalar = try #require(node.scalar)
        #expect(node.location == at(2, 12))
        #expect(scalar.contentStart == at(4, 5))
        #expect(!scalar.columnsAreExact)
        #expect(scalar.value == .string(scalar.text))
    }

    @Test func multiLinePlainScalarIsNotExact() throws {
        let node = try #require(try load("key: first\n  second\n").mapping?[0].value)
        #expect(node.scalar?.text == "first second")
        #expect(node.length == 5)
        #expect(node.scalar?.columnsAreExact == false)
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let root = try load("é: ünïcode\nnext: 1")
        #expect(root.mapping?[0].value.location == at(1, 4))
        #expect(root.mapping?[0].value.length == 7)
    }

    @Test func topLevelScalarLoads() throws {
        let root = try load("just text")
        #expect(root.scalar?.value == .string("just text"))
        #expect(root.location == at(1, 1))
    }
}

@Suite("Positions of nodes with properties")
struct PropertyPositionTests {
    @Test(arguments: [
        ("v: &a 3", 7, true),
        ("v: !!int 3", 10, true),
        ("v: &a !!str 'x y'", 13, true),
        ("v: !!int\n  3", 3, true)
    ])
    func locationSkipsAnchorsAndTags(text: String, column: Int, exact: Bool) throws {
        let node = try #require(try load(text).mapping?[0].value)
        let line = text.contains("\n") ? 2 : 1
        #expect(node.location == at(line, column))
        let scalar = try #require(node.scalar)
        let quote = scalar.style == .plain ? 0 : 1
        #expect(scalar.contentStart == at(line, column + quote))
        #expect(scalar.columnsAreExact == exact)
    }

    @Test func anchoredCollection() throws {
        let node = try #require(try load("v: &a {x: 1}").mapping?[0].value)
        #expect(node.location == at(1, 7))
    }
}

@Suite("Edge positions")
struct EdgePositionTests {
    @Test func emptyBlockScalarDoesNotBorrowTheNextLine() throws {
        let root = try load("a: |\nb: 1\n")
        let scalar = try #require(root["a"]?.scalar)
        #expect(scalar.text == "")
        #expect(scalar.contentStart == at(1, 4))
    }

    @Test func multiLineQuotedScalarKeepsHashesInItsLength() throws {
        let node = try #require(try load("a: \"x # y\n  z\"\n")["a"])
        #expect(node.length == 6)  // `"x # y`
        #expect(node.scalar?.columnsAreExact == false)
    }

    @Test func byteOrderMarkIsAccepted() throws {
        let root = try load("\u{FEFF}a: 1\n")
        #expect(root["a"]?.value == .integer(1))
    }
}
