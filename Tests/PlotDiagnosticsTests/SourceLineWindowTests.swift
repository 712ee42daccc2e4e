import Testing

@testable import PlotDiagnostics

/// The source line under a diagnostic: escaped, windowed, with the caret under the right character.
@Suite struct SourceLineWindowTests {
    /// The printed text from the caret on: what a reader sees right above `^`.
    static func textAtCaret(_ window: SourceLineWindow) -> String {
        var skipped = 0
        var rest = Substring(window.text).unicodeScalars[...]
        while skipped < window.caretOffset, let first = rest.first {
            skipped += SafeText.columns(of: first)
            rest = rest.dropFirst()
        }
        #expect(skipped == window.caretOffset, "the caret must fall on a character boundary")
        return String(String.UnicodeScalarView(rest))
    }

    /// The 1-based column of the first `target` in `line`, counted in Unicode scalars as libyaml does.
    static func column(of target: String, in line: String) -> Int {
        guard let range = line.range(of: target) else { return 1 }
        return line.unicodeScalars[..<range.lowerBound].count + 1
    }

    @Test(arguments: SafeTextTests.unsafeScalars)
    func caretStaysUnderTheTargetAfterAnEscape(_ scalar: Unicode.Scalar) {
        let line = "title: \"a\(scalar)b\" colour: red"
        let window = SourceLineWindow(
            line: line, column: Self.column(of: "colour", in: line), length: 6,
            maxColumns: 140)
        #expect(window.text.unicodeScalars.allSatisfy { SafeText.escape(for: $0) == nil })
        #expect(Self.textAtCaret(window).hasPrefix("colour"))
        #expect(window.underlineWidth == 6)
    }

    @Test(arguments: ["日本語の題名", "e\u{301}e\u{301}e\u{301}", "🙂🙂", "\t\t", "\u{1B}[31m"])
    func caretStaysUnderTheTargetAfterWideOrCombiningText(_ prefix: String) {
        let line = "title: \(prefix) bad: 1"
        let window = SourceLineWindow(
            line: line, column: Self.column(of: "bad", in: line), length: 3,
            maxColumns: 140)
        #expect(Self.textAtCaret(window).hasPrefix("bad"))
    }

    @Test func underlineCoversAnEscapedCharacterWhole() {
        let window = SourceLineWindow(line: "a\u{1B}b", column: 2, length: 1, maxColumns: 140)
        #expect(window.text == "a\\x1bb")
        #expect(window.caretOffset == 1)
        #expect(window.underlineWidth == 4)
    }

    @Test func shortLineIsShownWhole() {
        let window = SourceLineWindow(line: "plot: {kind: heatmap}", column: 14, length: 7, maxColumns: 140)
        #expect(window.text == "plot: {kind: heatmap}" && window.caretOffset == 13 && window.underlineWidth == 7)
    }

    @Test(arguments: [1, 2500, 4990, 5001, 5010])
    func longLineIsCutAroundTheCaret(_ column: Int) {
        let line = String(repeating: "abcdefghij", count: 500)  // 5000 characters
        let window = SourceLineWindow(line: line, column: column, length: 5, maxColumns: 140)
        let printed = SafeText.columns(of: window.text)
        #expect(printed <= 142)
        #expect(window.text.hasPrefix("…") == (column > 70))
        #expect(window.text.hasSuffix("…") == (column < 4900))
        let expected = String(line.dropFirst(min(column - 1, line.count)).prefix(5))
        #expect(Self.textAtCaret(window).hasPrefix(expected))
    }

    @Test func longSpanIsUnderlinedOnlyInsideTheWindow() {
        let line = String(repeating: "x", count: 1000)
        let window = SourceLineWindow(line: line, column: 10, length: 900, maxColumns: 140)
        #expect(window.caretOffset + window.underlineWidth <= SafeText.columns(of: window.text))
        #expect(window.underlineWidth >= 90)
    }

    @Test func caretAfterTheEndOfTheLine() {
        let window = SourceLineWindow(line: "key", column: 9, length: 1, maxColumns: 140)
        #expect(window.caretOffset == 3)
        #expect(window.text == "key")
    }

    @Test func floodOfZeroWidthCharactersIsBounded() {
        let line = "a" + String(repeating: "\u{301}", count: 100_000) + " b"
        let window = SourceLineWindow(line: line, column: 100_003, length: 1, maxColumns: 140)
        #expect(window.text.unicodeScalars.count <= 142)
        #expect(Self.textAtCaret(window) == "b")
    }
}

/// Lines of a registered source file.
@Suite struct SourceFileTests {
    @Test func crlfLinesAreSplitAndTheirCarriageReturnDropped() {
        let file = SourceFile(path: "s.yaml", text: "a: 1\r\nb: 2\r\n")
        #expect(file.line(1) == "a: 1")
        #expect(file.line(2) == "b: 2")
        #expect(file.line(3) == "")
        #expect(file.line(4) == nil)
    }

    @Test func loneCarriageReturnStaysInItsLine() {
        #expect(SourceFile(path: "s.yaml", text: "a: 1\rb: 2\n").line(1) == "a: 1\rb: 2")
    }
}
