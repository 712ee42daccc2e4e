import PlotDiagnostics
import Testing

/// The escaping every printed piece of input goes through.
@Suite struct SafeTextTests {
    /// One character of every class that must never reach a terminal raw, with its visible form.
    static let unsafe: [(scalar: Unicode.Scalar, escape: String)] = [
        ("\u{0}", "\\x00"), ("\u{7}", "\\x07"), ("\u{8}", "\\x08"), ("\u{1B}", "\\x1b"), ("\u{1F}", "\\x1f"),
        ("\t", "\\t"), ("\n", "\\n"), ("\r", "\\r"), ("\u{7F}", "\\x7f"),
        ("\u{80}", "\\u{80}"), ("\u{85}", "\\u{85}"), ("\u{9B}", "\\u{9B}"), ("\u{9F}", "\\u{9F}"),
        ("\u{202A}", "\\u{202A}"), ("\u{202B}", "\\u{202B}"), ("\u{202C}", "\\u{202C}"),
        ("\u{202D}", "\\u{202D}"), ("\u{202E}", "\\u{202E}"), ("\u{2066}", "\\u{2066}"),
        ("\u{2067}", "\\u{2067}"), ("\u{2068}", "\\u{2068}"), ("\u{2069}", "\\u{2069}"),
        ("\u{200E}", "\\u{200E}"), ("\u{200F}", "\\u{200F}"), ("\u{061C}", "\\u{61C}"),
        ("\u{200B}", "\\u{200B}"), ("\u{FEFF}", "\\u{FEFF}"), ("\u{A0}", "\\u{A0}"), ("\u{2028}", "\\u{2028}"),
        ("\u{2029}", "\\u{2029}"), ("\u{E0041}", "\\u{E0041}")
    ]

    static var unsafeScalars: [Unicode.Scalar] { unsafe.map(\.scalar) }

    @Test(arguments: unsafe.map { ($0.scalar, $0.escape) })
    func unsafeCharacterBecomesItsEscape(_ scalar: Unicode.Scalar, _ escape: String) {
        #expect(SafeText.escaped("a" + String(scalar) + "b") == "a" + escape + "b")
        #expect(SafeText.columns(of: scalar) == escape.count)
    }

    @Test(arguments: ["plain ascii ~!@#$%^&*()", "é and ü", "日本語", "e\u{301}", "🙂", "C:\\path\\x1b", "α≤β"])
    func printableTextIsUnchanged(_ text: String) {
        #expect(SafeText.escaped(text) == text)
    }

    @Test func escapingIsIdempotent() {
        let once = SafeText.escaped(Self.unsafeScalars.map { String($0) }.joined())
        #expect(SafeText.escaped(once) == once)
        #expect(once.unicodeScalars.allSatisfy { SafeText.escape(for: $0) == nil })
    }

    @Test(
        arguments: [("a", 1), ("日", 2), ("🙂", 2), ("\u{301}", 0), ("\u{1B}", 4), ("\u{202E}", 8)]
            as [(Unicode.Scalar, Int)])
    func printedColumns(_ scalar: Unicode.Scalar, _ columns: Int) {
        #expect(SafeText.columns(of: scalar) == columns)
    }

    @Test func shorteningCutsToTheBudgetWithAnEllipsis() {
        let long = String(repeating: "x", count: 500)
        let short = SafeText.escaped(long, maxColumns: 64)
        #expect(short == String(repeating: "x", count: 63) + "…")
        #expect(SafeText.escaped("short", maxColumns: 64) == "short")
    }

    @Test func shorteningNeverSplitsAnEscape() {
        let text = String(repeating: "\u{1B}", count: 100)
        let short = SafeText.escaped(text, maxColumns: 10)
        #expect(short == "\\x1b\\x1b…")
    }

    @Test func zeroWidthCharactersStillCountTowardsTheBudget() {
        let zalgo = "a" + String(repeating: "\u{301}", count: 10_000)
        #expect(SafeText.escaped(zalgo, maxColumns: 50).unicodeScalars.count == 50)
    }

    @Test func middleCutKeepsBothEnds() {
        let text = "start " + String(repeating: "x", count: 1000) + " (did you mean 'y'?)"
        let short = SafeText.escapedKeepingEnds(text, maxColumns: 60)
        #expect(short.hasPrefix("start "))
        #expect(short.hasSuffix("(did you mean 'y'?)"))
        #expect(short.contains("…"))
        #expect(short.count == 60)
    }

    @Test func onlyQuotedRunsAreShortened() {
        let value = String(repeating: "v", count: 300)
        let message = "unknown key '\(value)' in the section 'plot'; every key of this section is described"
        let shown = SafeText.escapedShorteningQuotes(message, maxQuotedColumns: 20, maxColumns: 400)
        #expect(
            shown == "unknown key '\(String(repeating: "v", count: 19))…' in the section 'plot'; "
                + "every key of this section is described")
    }
}
