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
        var font = font
        while true {
            let lines = wrapped(content, font: font, maxWidth: maxWidth)
            if lines.count <= maxLines || font.size <= smallest {
                return (lines.joined(separator: "\n"), font)
            }
            font.size = max(smallest, font.size - 0.5)
        }
    }

    /// Each written line (split at `\n`) filled greedily word by word; a single word wider than
    /// `maxWidth` stays on a line of its own.
    func wrapped(_ content: String, font: Font, maxWidth: Double) -> [String] {
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
}

extension TextWrapper {
    /// The font at which one line fits `maxWidth`: `font` itself, or shrunk in half-point steps down to
    /// `smallestScale` of its size; nil when even that is too wide (the caller leaves the text out
    /// rather than let it run into its neighbours).
    func shrunk(_ line: String, font: Font, maxWidth: Double, smallestScale: Double = 0.75) -> Font? {
        var font = font
        let smallest = font.size * smallestScale
        while text.size(line, font: font).width > maxWidth {
            guard font.size > smallest else { return nil }
            font.size = max(smallest, font.size - 0.5)
        }
        return font
    }
}
