import CCairo
import PlotScene
import Testing

@testable import PlotRender

/// Text through Pango: scripts the toy font API could not draw (CJK, Arabic, Hebrew, emoji) are shaped with
/// real glyphs, right-to-left text runs right to left, kerning applies, and every surface measures alike.
@Suite("Pango text")
struct PangoTextTests {
    /// Titles in scripts DejaVu Sans lacks (CJK, through fontconfig fallback) or has (Arabic, Hebrew, some
    /// emoji), and emoji from Noto Sans Symbols 2.
    static let scripts = ["学习率", "学習率と検証精度", "معدل التعلم", "קצב למידה", "📈 ⭐ 😀", "学习率 vs معدل التعلم (lr) 😀"]

    @Test(arguments: scripts, [Font(size: 10), Font(size: 13, weight: .bold), Font(size: 9, slant: .italic)])
    func everyCharacterHasAGlyph(_ text: String, _ font: Font) throws {
        let measurer = CairoTextMeasurer()
        #expect(measurer.unknownGlyphCount(text, font: font) == 0)
        #expect(measurer.measure(text, font: font).width > 0)
    }

    /// The count above can fail: a private-use character no installed font maps becomes a hex box.
    @Test func aCharacterNoFontHasIsCounted() {
        #expect(CairoTextMeasurer().unknownGlyphCount("a\u{E000}b\u{10FFFD}", font: Font(size: 10)) == 2)
    }

    @Test func cjkFallsBackToAFullWidthFont() {
        // Full-width ideographs advance one em each; the DejaVu "boxes" the toy API drew were narrower.
        let width = CairoTextMeasurer().measure("学习率", font: Font(size: 10)).width
        #expect(abs(width - 30) < 1.5, "width \(width)")
    }

    @Test(arguments: ["معدل التعلم", "קצב למידה"])
    func rightToLeftTextRunsRightToLeft(_ text: String) throws {
        let pango = try #require(PangoText())
        let font = Font(size: 10)
        let first = pango.leadingEdge(ofByteIndex: 0, in: text, font: font)
        let last = pango.leadingEdge(ofByteIndex: text.utf8.count - 1, in: text, font: font)
        #expect(first > last, "first character at \(first), last at \(last)")
        #expect(PangoText.isRightToLeft(text))
    }

    @Test func leftToRightTextRunsLeftToRight() throws {
        let pango = try #require(PangoText())
        let text = "Learning rate"
        #expect(
            pango.leadingEdge(ofByteIndex: 0, in: text, font: Font(size: 10))
                < pango.leadingEdge(ofByteIndex: text.utf8.count - 1, in: text, font: Font(size: 10)))
        #expect(!PangoText.isRightToLeft(text))
        #expect(!PangoText.isRightToLeft("(lr) معدل"))  // the first strong character decides
        #expect(PangoText.isRightToLeft("12 معدل (lr)"))
    }

    /// Arabic letters join: the shaped word is narrower than its letters set apart (isolated forms).
    @Test func arabicLettersAreJoined() {
        let measurer = CairoTextMeasurer()
        let font = Font(size: 20)
        let word = "معدل"
        let isolated = word.map { measurer.measure(String($0), font: font).width }.reduce(0, +)
        #expect(measurer.measure(word, font: font).width < isolated - 1)
    }

    @Test func kerningApplies() {
        let measurer = CairoTextMeasurer()
        let font = Font(size: 20)
        let pair = measurer.measure("AV", font: font).width
        let apart = measurer.measure("A", font: font).width + measurer.measure("V", font: font).width
        #expect(pair < apart - 0.5, "AV \(pair), A + V \(apart)")
    }

    /// A run is one line whatever it holds: a line or paragraph separator does not add a line.
    @Test(arguments: ["a\nb", "a\rb", "a\u{2028}b", "a\u{2029}b"])
    func aRunIsAlwaysOneLine(_ text: String) {
        let measurer = CairoTextMeasurer()
        let font = Font(size: 10)
        #expect(measurer.measure(text, font: font).height == measurer.measure("ab", font: font).height)
    }

    /// Later families in the list are used when the first is missing.
    @Test func familiesFallBackInOrder() {
        let measurer = CairoTextMeasurer()
        let missingFirst = Font(families: ["No Such Family Anywhere", "DejaVu Sans Mono"], size: 10)
        let mono = Font(families: ["DejaVu Sans Mono"], size: 10)
        #expect(measurer.measure("iiii", font: missingFirst) == measurer.measure("iiii", font: mono))
        #expect(measurer.measure("iiii", font: mono) != measurer.measure("iiii", font: Font(size: 10)))
    }
}
