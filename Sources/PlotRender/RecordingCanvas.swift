import PlotScene

/// A canvas that records every call instead of drawing: layout and painter tests run without pixels.
///
/// Text is measured with a fixed approximation (0.6 × size per character, ascent 0.76 × size, descent
/// 0.24 × size), deterministic across machines and fonts.
public final class RecordingCanvas: Canvas {
    /// One recorded drawing call.
    public enum Call: Hashable, Sendable {
        case fill(Path, Color)
        case stroke(Path, Stroke)
        case text(TextRun)
        case image(RasterImage, Rect)
        case markers(marker: Path, centers: [Point], fills: [Color], stroke: Stroke?)
        case polylines(Polylines)
        case pushClip(Rect)
        case popClip
    }

    public private(set) var calls: [Call] = []

    public init() {}

    public func fill(_ path: Path, color: Color) { calls.append(.fill(path, color)) }
    public func stroke(_ path: Path, style: Stroke) { calls.append(.stroke(path, style)) }
    public func drawText(_ run: TextRun) { calls.append(.text(run)) }
    public func drawImage(_ image: RasterImage, in rect: Rect) { calls.append(.image(image, rect)) }
    public func drawMarkers(marker: Path, centers: [Point], fills: [Color], stroke: Stroke?) {
        calls.append(.markers(marker: marker, centers: centers, fills: fills, stroke: stroke))
    }
    public func drawPolylines(_ polylines: Polylines) { calls.append(.polylines(polylines)) }
    public func pushClip(_ rect: Rect) { calls.append(.pushClip(rect)) }
    public func popClip() { calls.append(.popClip) }

    public func measure(_ text: String, font: Font) -> TextExtents {
        ApproximateTextMeasurer().measure(text, font: font)
    }
}
