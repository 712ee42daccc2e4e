import PlotScene

/// The drawing backend: everything the scene painter needs, in device units (points).
///
/// A canvas also measures text, with the same engine that draws it, so layout computed against a canvas's
/// measurer lines up with its pixels. `CairoCanvas` serves PNG and PDF; `RecordingCanvas` records calls
/// for tests.
public protocol Canvas: TextMeasurer {
    /// Fills `path` with the non-zero winding rule.
    func fill(_ path: Path, color: Color)
    /// Strokes `path` with `style`'s width, colour, dash, cap and join.
    func stroke(_ path: Path, style: Stroke)
    /// Draws one line of text with its baseline starting at `run.origin`, rotated by `run.rotation`.
    func drawText(_ run: TextRun)
    /// Paints `image` stretched over `rect`, nearest-neighbour unless `image.smooth`.
    func drawImage(_ image: RasterImage, in rect: Rect)
    /// Draws `marker` (centred on the origin) at every centre. `fills` holds one colour per centre, or a
    /// single colour for all of them, or nothing for unfilled markers.
    func drawMarkers(marker: Path, centers: [Point], fills: [Color], stroke: Stroke?)
    /// Strokes every polyline of `polylines` in order, each in its own colour, or draws them some other
    /// way that looks the same (`CairoCanvas` rasterises thousands of lines for a PNG).
    func drawPolylines(_ polylines: Polylines)
    /// Intersects the clip with `rect` until the matching `popClip`.
    func pushClip(_ rect: Rect)
    func popClip()
}
