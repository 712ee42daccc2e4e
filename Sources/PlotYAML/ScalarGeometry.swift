import PlotDiagnostics

/// Where a scalar's text starts in the file, and whether its columns can be counted from there.
///
/// Formula diagnostics point inside scalars by adding an offset to `contentStart`; that is only exact when
/// every character of the text sits in its own source column on one line.
enum ScalarGeometry {
    /// `length` is the scalar's written length on its first line, quotes included.
    static func content(of event: ScalarEvent, length: Int, source: SourceText)
        -> (start: SourceLocation, columnsAreExact: Bool)
    {
        let oneLine = event.start.line == event.end.line
        switch event.style {
        case .plain:
            return (event.start, oneLine)
        case .singleQuoted, .doubleQuoted:
            // Escapes and `''` make the source longer than the text, so equal lengths mean a 1:1 mapping.
            let exact = oneLine && event.text.unicodeScalars.count == length - 2
            return (event.start.advanced(byColumns: 1), exact)
        case .literal, .folded:
            // The event starts at the `|` or `>` header; the text starts on the first non-blank line below.
            // The end mark sits at the start of the next line when the scalar ends with a line break, and
            // that line belongs to whatever follows.
            let lastLine = event.end.column == 1 ? event.end.line - 1 : event.end.line
            let start = source.blockContentStart(headerLine: event.start.line, lastLine: lastLine)
            return (start ?? event.start, false)
        }
    }
}
