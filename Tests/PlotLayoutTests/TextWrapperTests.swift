import PlotRender
import PlotScene
import Testing

@testable import PlotLayout

/// Counts measurements, to show how wrapping's cost grows with the text.
private final class CountingMeasurer: TextMeasurer {
    let inner = CairoTextMeasurer()
    var calls = 0
    var measuredCharacters = 0

    func measure(_ text: String, font: Font) -> TextExtents {
        calls += 1
        measuredCharacters += text.count
        return inner.measure(text, font: font)
    }
}

@Suite struct TextWrapperTests {
    /// Words of varied length, so breaks fall in many places.
    static func words(_ count: Int) -> String {
        (0..<count).map { String(repeating: "w", count: 1 + $0 % 9) + "\($0 % 7)" }.joined(separator: " ")
    }

    /// The wrapping the wrapper replaced: every candidate line measured from its start.
    static func reference(_ content: String, font: Font, maxWidth: Double, text: TextPlacement) -> [String] {
        content.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [String] in
            var lines: [String] = []
            var current = ""
            for word in line.split(separator: " ") {
                let candidate = current.isEmpty ? String(word) : current + " " + word
                if current.isEmpty || text.size(candidate, font: font).width <= maxWidth {
                    current = candidate
                } else {
                    lines.append(current)
                    current = String(word)
                }
            }
            return lines + [current]
        }
    }

    @Test(arguments: [40.0, 97.5, 233.0, 600.0])
    func breaksWhereMeasuringEveryCandidateLineDid(maxWidth: Double) {
        let text = TextPlacement(measurer: CairoTextMeasurer())
        let content = Self.words(300) + "\nA second written line, with ünïcödé and a verylongwordthatfitsnowhere"
        for size in [7.0, 10.0, 14.5] {
            let font = Font(size: size, weight: .bold)
            #expect(
                TextWrapper(text: text).wrapped(content, font: font, maxWidth: maxWidth)
                    == Self.reference(content, font: font, maxWidth: maxWidth, text: text))
        }
    }

    @Test func measuringGrowsLinearlyWithTheText() {
        func cost(_ words: Int) -> Int {
            let measurer = CountingMeasurer()
            _ = TextWrapper(text: TextPlacement(measurer: measurer))
                .fitted(
                    Self.words(words), font: Font(size: 16, weight: .bold), maxWidth: 300, smallest: 10, maxLines: 2)
            return measurer.measuredCharacters
        }
        let small = cost(500)
        let large = cost(4000)
        // Eight times the words: about eight times the characters measured (the replaced wrapping
        // measured each candidate line from its start, at every font size tried).
        #expect(large < small * 10)
        #expect(large < 4000 * 8 * 3, "a few measured characters per character of text")
    }
}

@Suite struct ParallelTitleWrapTests {
    /// The split the drawing replaced: every two-line split measured, the first narrowest kept.
    static func reference(_ title: String, maxWidth: Double, font: Font, text: TextPlacement) -> [String] {
        let words = title.split(separator: " ").map(String.init)
        if words.count < 2 || text.size(title, font: font).width <= maxWidth { return [title] }
        let splits = (1..<words.count).map {
            [words[..<$0].joined(separator: " "), words[$0...].joined(separator: " ")]
        }
        let widest = { (lines: [String]) in lines.map { text.size($0, font: font).width }.max() ?? 0 }
        if let best = splits.min(by: { widest($0) < widest($1) }), widest(best) <= maxWidth { return best }
        return TextWrapperTests.reference(words.joined(separator: " "), font: font, maxWidth: maxWidth, text: text)
    }

    @Test(arguments: [
        "Width (hidden units)", "Depth (layers)", "Validation accuracy", "a bb ccc dddd eeeee",
        TextWrapperTests.words(60), "x" + String(repeating: "y", count: 80) + " z w"
    ])
    func titlesBreakWhereMeasuringEverySplitDid(title: String) {
        let text = TextPlacement(measurer: CairoTextMeasurer())
        let drawing = ParallelAxisDrawing(theme: Theme(fontSize: 10), text: text)
        for maxWidth in [30.0, 61.0, 95.0, 140.0] {
            let wrapped = drawing.wrappedTitle(title, maxWidth: maxWidth)
            let expected = Self.reference(title, maxWidth: maxWidth, font: wrapped.font, text: text)
            #expect(wrapped.text == expected.joined(separator: "\n"), "at \(maxWidth) pt")
        }
    }
}
