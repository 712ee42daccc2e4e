/// The part of a source line shown under a diagnostic: escaped, cut to a window around the caret, with
/// the caret's offset and underline width measured in the printed columns.
///
/// Like rustc and clang, a line wider than the window is cut on both sides of the span, and `…` marks each
/// cut end, so a 4 MB one-line spec prints about a hundred columns. Escapes (`\x1b` is four columns) and
/// wide characters widen the printed line; the caret is placed by printed columns so it stays under the
/// character the diagnostic is about.
struct SourceLineWindow: Equatable {
    /// The printed line: escaped, possibly with `…` at either end.
    var text: String
    /// Printed columns before the caret.
    var caretOffset: Int
    /// Printed columns to underline (at least 1).
    var underlineWidth: Int

    /// - Parameters:
    ///   - line: the raw source line, without its terminator.
    ///   - column: the 1-based character (Unicode scalar) the caret goes under; past the end means after
    ///     the last character.
    ///   - length: how many characters to underline.
    ///   - maxColumns: the widest printed line, not counting the `…` marks.
    init(line: some StringProtocol, column: Int, length: Int, maxColumns: Int) {
        let budget = max(8, maxColumns)
        // Every character costs at least one column, so nothing more than `budget` characters before the
        // caret can be shown: skip the rest (remembering that the line is cut there) without measuring it.
        let allScalars = line.unicodeScalars
        var skipped = max(0, column - 1 - budget)
        if skipped > 0,
            allScalars.index(allScalars.startIndex, offsetBy: skipped, limitedBy: allScalars.endIndex) == nil
        {
            skipped = max(0, allScalars.count - budget)  // the caret is far past the end of the line
        }
        let scalars = allScalars[allScalars.index(allScalars.startIndex, offsetBy: skipped)...]
        let caretIndex = max(0, column - 1 - skipped)
        let spanEnd = caretIndex + max(1, length)
        // Each character costs its printed width, at least 1, so zero-width floods are bounded too.
        func cost(_ scalar: Unicode.Scalar) -> Int { max(1, SafeText.columns(of: scalar)) }

        // Measure up to the furthest column a window could reach: `budget` past the caret.
        var before = 0
        var inSpan = 0
        var total = 0
        for (index, scalar) in scalars.enumerated() {
            let c = cost(scalar)
            if index < caretIndex { before += c } else if index < spanEnd { inSpan += c }
            total += c
            if index >= caretIndex, total > before + budget { break }
        }
        var start = 0
        var end = total
        if total > budget || skipped > 0 {
            // Centre the (visible part of the) span, then slide the window back inside the line.
            let shownSpan = min(inSpan, budget * 2 / 3)
            start = max(0, before - (budget - shownSpan) / 2)
            if start + budget > total { start = max(0, total - budget) }
            end = min(total, start + budget)
        }
        let cutLeft = start > 0 || skipped > 0
        let cutRight = end < total

        var text = cutLeft ? SafeText.ellipsis : ""
        var caret = cutLeft ? 1 : 0
        var underline = 0
        var position = 0
        for (index, scalar) in scalars.enumerated() {
            let c = cost(scalar)
            defer { position += c }
            guard position >= start else { continue }
            guard position + c <= end else { break }
            text += SafeText.escape(for: scalar) ?? String(scalar)
            let printed = SafeText.columns(of: scalar)
            if index < caretIndex { caret += printed } else if index < spanEnd { underline += printed }
        }
        if cutRight { text += SafeText.ellipsis }
        self.text = text
        self.caretOffset = caret
        self.underlineWidth = max(1, underline)
    }
}
