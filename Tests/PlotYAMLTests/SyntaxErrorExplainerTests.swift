import PlotDiagnostics
import Testing

@testable import PlotYAML

/// libyaml's common syntax errors, translated: the message names the mistake, the caret is on the line
/// that is wrong, and libyaml's own words stay as the last note.
@Suite struct SyntaxErrorExplainerTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        /// The expected error, built from the catalogue; `parser` is libyaml's note, taken from the result.
        let expected: @Sendable (_ parser: Diagnostic.Note) -> Diagnostic
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "deeper than its siblings", text: "plot:\n  kind: heatmap\n   title: x\n") {
            Messages.YAML.indentation(
                line: 3, indent: 3, reference: 2, referenceIndent: 2, isList: false,
                at: span(3, 4), referenceAt: span(2, 3), parser: $0)
        },
        Case(name: "shallower than its siblings", text: "plot:\n    kind: heatmap\n  title: x\n") {
            Messages.YAML.indentation(
                line: 3, indent: 2, reference: 2, referenceIndent: 4, isList: false,
                at: span(3, 3), referenceAt: span(2, 5), parser: $0)
        },
        Case(name: "first line deeper than the rest", text: "  a: 1\nb: 2\n") {
            Messages.YAML.indentation(
                line: 2, indent: 0, reference: 1, referenceIndent: 2, isList: false,
                at: span(2, 1), referenceAt: span(1, 3), parser: $0)
        },
        Case(name: "list item short of its siblings", text: "items:\n  - a\n\n  # note\n - b\n") {
            Messages.YAML.indentation(
                line: 5, indent: 1, reference: 2, referenceIndent: 2, isList: true,
                at: span(5, 2), referenceAt: span(2, 3), parser: $0)
        },
        Case(name: "missing colon, noticed a line late", text: "plot:\n  kind heatmap  # why\n  title: x\n") {
            Messages.YAML.missingColon(key: "kind heatmap", line: 2, at: span(2, 3, length: 12), parser: $0)
        },
        Case(name: "missing colon on the last line", text: "a: 1\nseed") {
            Messages.YAML.missingColon(key: "seed", line: 2, at: span(2, 1, length: 4), parser: $0)
        },
        Case(name: "tab indentation", text: "plot:\n\tkind: line\n") {
            Messages.YAML.tabIndentation(line: 2, at: span(2, 1), parser: $0)
        },
        Case(name: "tab after spaces", text: "plot:\n  kind: a\n  \tb: 1\n") {
            Messages.YAML.tabIndentation(line: 3, at: span(3, 3), parser: $0)
        },
        Case(name: "tab in a block scalar's indentation", text: "k: |\n  a\n\tb\n") {
            Messages.YAML.tabIndentation(line: 3, at: span(3, 1), parser: $0)
        },
        Case(name: "unclosed double quote", text: "title: \"abc\nb: 1\n") {
            Messages.YAML.unclosedQuote("\"", at: span(1, 8), parser: $0)
        },
        Case(name: "unclosed single quote before a document marker", text: "title: 'abc\n---\n") {
            Messages.YAML.unclosedQuote("'", at: span(1, 8), parser: $0)
        },
        Case(name: "unclosed bracket", text: "b: [1, 2\nc: 3\n") {
            Messages.YAML.unclosedBracket("[", "]", at: span(1, 4), parser: $0)
        },
        Case(name: "unclosed brace around a closed one", text: "a: {b: {c: 1}\nd: 2\n") {
            Messages.YAML.unclosedBracket("{", "}", at: span(1, 4), parser: $0)
        },
        Case(name: "missing comma", text: "b: {x: 1 y: 2}\n") {
            Messages.YAML.missingComma("{", "}", openedOn: 1, at: span(1, 11), parser: $0)
        },
        Case(name: "missing comma, bracket and quote in a string", text: "b: {x: \"]}\" y: 2}\n") {
            Messages.YAML.missingComma("{", "}", openedOn: 1, at: span(1, 13), parser: $0)
        },
        Case(name: "colon in a plain value", text: "plot:\n  title: Loss: lower is better\n") {
            Messages.YAML.colonInValue(key: "title", at: span(2, 10, length: 21), parser: $0)
        },
        Case(name: "list item among keys", text: "a:\n  b: 1\n  - c\n") {
            Messages.YAML.listItemAmongKeys(line: 3, keysLine: 2, at: span(3, 3), parser: $0)
        },
        Case(name: "entry among list items", text: "items:\n  - a\n  b: 1\n") {
            Messages.YAML.entryAmongListItems(line: 3, itemsLine: 2, at: span(3, 3), parser: $0)
        },
        Case(name: "text after a closing quote", text: "a: \"x\"y\n") {
            Messages.YAML.textAfterQuote("\"", at: span(1, 7), parser: $0)
        },
        Case(name: "apostrophe inside single quotes", text: "a: 'it's'\n") {
            Messages.YAML.textAfterQuote("'", at: span(1, 8), parser: $0)
        },
        Case(name: "stray closing bracket", text: "a: 1\n]\n") {
            Messages.YAML.strayClosingBracket("]", at: span(2, 1), parser: $0)
        },
        Case(name: "list on its key's line", text: "a: - b\n") {
            Messages.YAML.listOnKeyLine(at: span(1, 4), parser: $0)
        },
        Case(name: "reserved character", text: "a: `x`\n") {
            Messages.YAML.reservedCharacter("`", at: span(1, 4), parser: $0)
        }
    ]

    @Test(arguments: cases)
    func commonMistakeIsExplained(_ testCase: Case) throws {
        let found = diagnostics(testCase.text)
        let error = try #require(found.first)
        #expect(found.count == 1)
        let parser = try #require(error.notes.last)
        #expect(parser.message.hasPrefix("the YAML parser said: "))
        #expect(error == testCase.expected(parser))
    }

    @Test(arguments: cases)
    func everyPositionIsInsideTheFile(_ testCase: Case) throws {
        let lines = testCase.text.split(separator: "\n", omittingEmptySubsequences: false)
        for error in diagnostics(testCase.text) {
            for span in [error.span] + error.notes.map(\.span) {
                let location = try #require(span?.start)
                #expect(location.line >= 1 && location.line <= lines.count)
                let width = lines[location.line - 1].unicodeScalars.count
                #expect(location.column >= 1 && location.column + (span?.length ?? 1) - 1 <= width + 1)
            }
        }
    }

    /// Thousands of one-character mistakes in a realistic spec: whatever libyaml says and however it is
    /// explained, every position stays inside the file (the fuzz harness's invariant) and nothing traps.
    @Test func mutatedSpecsKeepEveryPositionInsideTheFile() throws {
        let spec = """
            # A spec
            figure:
              output: out.png
              title: "Loss: lower is better"
            parameters:
              learning_rate: {range: [1.0e-5, 1.0], scale: log10}
              tags: ['a', "b", c]
            annotations:
              - point: {learning_rate: 1.0e-3}
                label: |
                  best
            """
        let inserts: [Unicode.Scalar] = [
            " ", "\t", ":", "-", "\"", "'", "[", "]", "{", "}", "#", ",", "@", "\n", "&", "*", "!", "|"
        ]
        var random = MutationSites(seed: 7)
        var checked = 0
        var explained = 0
        for _ in 0..<3000 {
            var scalars = Array(spec.unicodeScalars)
            for _ in 0..<(1 + Int(random.next() % 2)) {
                let at = Int(random.next() % UInt64(scalars.count))
                switch random.next() % 3 {
                case 0: scalars.remove(at: at)
                case 1: scalars.insert(inserts[Int(random.next() % UInt64(inserts.count))], at: at)
                default: scalars[at] = inserts[Int(random.next() % UInt64(inserts.count))]
                }
            }
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.unicodeScalars.count }
            for error in diagnostics(text) {
                if error.notes.last?.message.hasPrefix("the YAML parser said: ") == true { explained += 1 }
                for case let span? in [error.span] + error.notes.map(\.span) {
                    let line = span.start.line
                    let column = span.start.column
                    #expect(
                        line >= 1 && line <= lines.count && column >= 1 && column <= lines[line - 1] + 1,
                        "\(error.message) at \(span.start) in:\n\(text)")
                    checked += 1
                }
            }
        }
        #expect(checked > 1000)
        #expect(explained > 300, "the mutations should reach the explainer: \(explained)")
    }

    /// Lookalikes that must not be explained as the mistake they resemble.
    @Test(arguments: [
        "a: [1, 2\n   3]\n",  // a flow list may span lines
        "plot:\n  kind: heatmap\n  title: \"a: b\"\n",  // a quoted ': ' is fine
        "a:\n  - x\n  - y\n"
    ])
    func validLookalikesLoad(_ text: String) {
        #expect(diagnostics(text).isEmpty)
    }

    @Test func bracketClosedOnALaterLineIsAMissingCommaNotAnUnclosedBracket() throws {
        let error = try #require(diagnostics("b: [1, 2\n  [3]]\n").first)
        #expect(!error.message.contains("never closed"))
    }

    @Test func unrecognisedShapesKeepLibyamlsWording() throws {
        let error = try #require(diagnostics("a: \"\\q\"\n").first)
        #expect(error.message == "found unknown escape character")
    }
}

/// Knuth's MMIX linear congruential generator: deterministic, and plenty for picking mutation sites
/// (the high bits are used).
struct MutationSites {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 33
    }
}
