import PlotScene

/// Breaks text into lines no wider than a width, shrinking the font when wrapping alone needs too many
/// lines.
struct TextWrapper {
    let text: TextPlacement

    /// `content` wrapped to `maxWidth` in at most `maxLines` lines, the font shrunk in half-point steps
    /// (not below `smallest`) until it fits; at the smallest size as many lines as it takes.
    func fitted(_ content: String, font: Font, maxWidth: Double, smallest: Double, maxLines: Int)
        -> (text: String, font: Font)
    {
        let widths = WordWidths(text: text, reference: font)
        var lines: [String] = []
        let font = FontFit.largestOrSmallest(font, smallest: smallest) { font in
            lines = wrapped(content, font: font, maxWidth: maxWidth, widths: widths)
            return lines.count <= maxLines
        }
        return (lines.joined(separator: "\n"), font)
    }

    /// Each written line (split at `\n`) filled greedily word by word; a single word wider than
    /// `maxWidth` stays on a line of its own.
    func wrapped(_ content: String, font: Font, maxWidth: Double) -> [String] {
        wrapped(content, font: font, maxWidth: maxWidth, widths: WordWidths(text: text, reference: font))
    }

    /// Each written line filled greedily (see `filled`), with word widths shared across font sizes.
    private func wrapped(_ content: String, font: Font, maxWidth: Double, widths: WordWidths) -> [String] {
        let space = widths.width(" ", at: font)
        return content.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [String] in
            filled(line.split(separator: " "), font: font, maxWidth: maxWidth, widths: widths, space: space)
        }
    }

    /// `words` filled greedily into lines no wider than `maxWidth` (a word wider than that alone on its
    /// line), joined by single spaces; one line, possibly empty, when there are no words.
    func filled(_ words: [Substring], font: Font, maxWidth: Double) -> [String] {
        let widths = WordWidths(text: text, reference: font)
        return filled(words, font: font, maxWidth: maxWidth, widths: widths, space: widths.width(" ", at: font))
    }

    /// The greedy fill, deciding from summed word advances and measuring a candidate line only when
    /// the sum is within `tolerance` of `maxWidth`. Measuring every candidate line from its start made
    /// wrapping cost (words × line length) measurements per font size tried; this costs one
    /// measurement per distinct word, plus about one per line, and breaks at exactly the same places
    /// (advances add up: the measurer does no shaping across words).
    private func filled(_ words: [Substring], font: Font, maxWidth: Double, widths: WordWidths, space: Double)
        -> [String]
    {
        let tolerance = Self.tolerance(maxWidth)
        var lines: [String] = []
        var current = ""
        var currentWidth = 0.0
        for word in words {
            let wordWidth = widths.width(word, at: font)
            guard !current.isEmpty else {
                (current, currentWidth) = (String(word), wordWidth)
                continue
            }
            let estimate = currentWidth + space + wordWidth
            var fits = estimate <= maxWidth - tolerance
            if !fits, estimate <= maxWidth + tolerance {
                fits = text.size(current + " " + word, font: font).width <= maxWidth
            }
            if fits {
                current += " " + word
                currentWidth = estimate
            } else {
                lines.append(current)
                (current, currentWidth) = (String(word), wordWidth)
            }
        }
        return lines + [current]
    }

    /// How far a width summed from word advances may be from the measured line: far more than
    /// rounding, so a decision taken on the sum is the one a measurement would take.
    static func tolerance(_ maxWidth: Double) -> Double { 0.5 + maxWidth * 1e-4 }

    /// The advance of each word of `words` and of a space, for callers that choose breaks themselves.
    func advances(_ words: [Substring], font: Font) -> (words: [Double], space: Double) {
        let widths = WordWidths(text: text, reference: font)
        return (words.map { widths.width($0, at: font) }, widths.width(" ", at: font))
    }
}

/// Word advances measured once at a reference font and scaled to other sizes of it (advances are
/// unhinted, so they scale with the size), for wrapping the same text at several sizes.
private final class WordWidths {
    let text: TextPlacement
    let reference: Font
    private var measured: [Substring: Double] = [:]

    init(text: TextPlacement, reference: Font) {
        self.text = text
        self.reference = reference
    }

    func width(_ word: Substring, at font: Font) -> Double {
        let base =
            measured[word]
            ?? {
                let width = text.size(String(word), font: reference).width
                measured[word] = width
                return width
            }()
        return font.size == reference.size ? base : base * font.size / reference.size
    }
}

extension TextWrapper {
    /// The font at which one line fits `maxWidth`: `font` itself, or shrunk in half-point steps down to
    /// `smallestScale` of its size; nil when even that is too wide (the caller leaves the text out
    /// rather than let it run into its neighbours).
    func shrunk(_ line: String, font: Font, maxWidth: Double, smallestScale: Double = 0.75) -> Font? {
        FontFit.largest(font, smallest: font.size * smallestScale) { text.size(line, font: $0).width <= maxWidth }
    }
}
