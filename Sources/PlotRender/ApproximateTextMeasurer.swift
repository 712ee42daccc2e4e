import PlotScene

/// Deterministic font-free text metrics for tests and dry runs.
public struct ApproximateTextMeasurer: TextMeasurer, Sendable {
    public init() {}

    public func measure(_ text: String, font: Font) -> TextExtents {
        TextExtents(width: 0.6 * font.size * Double(text.count), ascent: 0.76 * font.size, descent: 0.24 * font.size)
    }
}
