import PlotDiagnostics
import Testing

@testable import PlotYAML

@Suite("Scalar resolution")
struct ScalarResolverTests {
    @Test(arguments: [
        ("~", YAMLScalar.Value.null),
        ("null", .null),
        ("Null", .null),
        ("NULL", .null),
        ("", .null),
        ("true", .bool(true)),
        ("True", .bool(true)),
        ("FALSE", .bool(false)),
        ("yes", .string("yes")),
        ("no", .string("no")),
        ("on", .string("on")),
        ("off", .string("off")),
        ("nULL", .string("nULL")),
        ("42", .integer(42)),
        ("-7", .integer(-7)),
        ("+3", .integer(3)),
        ("007", .integer(7)),
        ("0x1F", .integer(31)),
        ("0o17", .integer(15)),
        ("0x", .string("0x")),
        ("0b101", .string("0b101")),
        ("1_000", .string("1_000")),
        ("99999999999999999999", .number(1e20)),
        ("-1234567890123", .integer(-1_234_567_890_123)),
        ("-.5e-3", .number(-0.0005)),
        ("nothing", .string("nothing")),
        ("1e-5", .number(1e-5)),
        ("1.0e-5", .number(1e-5)),
        ("1E3", .number(1000)),
        ("2.5", .number(2.5)),
        ("-2.5", .number(-2.5)),
        ("5.", .number(5)),
        (".5", .number(0.5)),
        ("+.5e+2", .number(50)),
        (".inf", .number(.infinity)),
        ("+.Inf", .number(.infinity)),
        ("-.INF", .number(-.infinity)),
        ("1e", .string("1e")),
        ("e5", .string("e5")),
        (".", .string(".")),
        ("+", .string("+")),
        ("1.2.3", .string("1.2.3")),
        ("12 monkeys", .string("12 monkeys")),
        ("inf", .string("inf")),
        ("nan", .string("nan")),
        ("3 ", .integer(3))
    ])
    func plainScalars(text: String, expected: YAMLScalar.Value) throws {
        let node = try #require(try load("v: \(text)").mapping?[0].value)
        #expect(node.value == expected)
    }

    @Test(arguments: [".nan", ".NaN", ".NAN"])
    func notANumber(text: String) throws {
        let node = try #require(try load("v: \(text)").mapping?[0].value)
        guard case .number(let d) = node.value else {
            Issue.record("expected a number, got \(String(describing: node.value))")
            return
        }
        #expect(d.isNaN)
    }

    @Test(arguments: ["'1e-5'", "\"1e-5\"", "'true'", "\"~\"", "''", "|\n  42\n", ">\n  null\n"])
    func quotedAndBlockScalarsStayStrings(text: String) throws {
        let node = try #require(try load("v: \(text)").mapping?[0].value)
        let scalar = try #require(node.scalar)
        #expect(node.value == .string(scalar.text))
    }

    @Test(arguments: [
        ("!!str 42", YAMLScalar.Value.string("42"), "!!str"),
        ("!!str true", .string("true"), "!!str"),
        ("!!int \"42\"", .integer(42), "!!int"),
        ("!!float 3", .number(3), "!!float"),
        ("!!float '2.5'", .number(2.5), "!!float"),
        ("!!bool 'true'", .bool(true), "!!bool"),
        ("!!null ''", .null, "!!null"),
        ("! 12", .string("12"), "!")
    ])
    func explicitTags(text: String, expected: YAMLScalar.Value, tag: String) throws {
        let node = try #require(try load("v: \(text)").mapping?[0].value)
        #expect(node.value == expected)
        #expect(node.tag == tag)
    }

    @Test(arguments: [
        ("!!int abc", "abc", "!!int"), ("!!float x1", "x1", "!!float"), ("!!bool yes", "yes", "!!bool"),
        ("!!null 0", "0", "!!null")
    ])
    func badTaggedValues(text: String, value: String, tag: String) {
        let found = diagnostics("v: \(text)")
        #expect(
            found == [Messages.YAML.badTaggedValue(value, tag: tag, at: span(1, 5 + tag.count, length: value.count))])
    }

    /// Tags plotspec would ignore are errors at the tag, wherever the anchor is written.
    @Test(arguments: [
        ("!custom 12", 4, 7), ("&a !foo 12", 7, 4), ("!bar &a 12", 4, 4),
        ("!!python/object:x.Y {a: 1}", 4, 19), ("!!binary eA==", 4, 8), ("!!set {a: 1}", 4, 5)
    ])
    func unknownTagsAreErrors(text: String, column: Int, length: Int) {
        let found = diagnostics("v: \(text)")
        #expect(found.map(\.code) == ["yaml.unknown-tag"])
        #expect(found.first?.span == span(1, column, length: length))
    }

    @Test(arguments: [("!!map [1]", "!!map"), ("!!seq {a: 1}", "!!seq"), ("!!str [1]", "!!str"), ("!!map 3", "!!map")])
    func coreTagsOnTheWrongKindAreErrors(text: String, tag: String) {
        #expect(diagnostics("v: \(text)").map(\.code) == ["yaml.tag-mismatch"])
    }

    @Test(arguments: ["!!map {a: 1}", "!!seq [1]", "! [1]", "{!!merge <<: {a: 1}}"])
    func honouredCollectionTagsAreAccepted(text: String) {
        #expect(diagnostics("v: \(text)").isEmpty)
    }

    @Test func nulInQuotedScalarIsKept() throws {
        let node = try #require(try load("v: \"a\\0b\"").mapping?[0].value)
        #expect(node.scalar?.text == "a\u{0}b")
        #expect(node.scalar?.text.utf8.count == 3)
        #expect(node.scalar?.columnsAreExact == false)
    }
}
