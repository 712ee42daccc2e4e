import PlotScene

/// How an output draws a `polylines` node: every line as a vector stroke, or, above `vectorLimit` lines,
/// all of them as one image rasterised by `PolylineRaster` on the output's own pixel grid.
///
/// This is the renderer's decision, not layout's: the Scene says "polylines" in points, and the renderer
/// knows the format and its resolution. Lines the raster cannot draw (not on shared increasing columns)
/// are always stroked.
struct PolylineTechnique: Sendable {
    /// Rasterise when there are more lines than this.
    let rasterAbove: Int
    /// Pixels per point of the raster: the output's own resolution.
    let pixelScale: Double
    /// Threads that share the strokes on an image surface (`BandedStrokes`; the same bytes for any
    /// count); 1 strokes on the calling thread, as vector surfaces always do.
    var strokeBands = 1

    /// Every line a vector stroke, however many.
    static let strokes = PolylineTechnique(rasterAbove: .max, pixelScale: 1)

    /// Up to this many lines are strokes in every format; more are one raster in every format.
    ///
    /// PNG: stroking 100 000 translucent lines one by one through Cairo takes about 15 s, the raster well
    /// under one. SVG and PDF: vector files are cheap to write (100 000
    /// lines: 13 MB of SVG, 2 MB of PDF) but slow to open, since every viewer composites each translucent
    /// stroke in turn: rsvg-convert and pdftoppm at 150 dpi took 2.7 s and 8.3 s for 4000 lines, 13 s and
    /// 40 s for 20 000, 69 s and 224 s for 100 000 (2-core machine under load, 2026-12-01), against well under
    /// a second for the raster. Thousands of faint strokes also drift apart in viewers that composite in
    /// 8 bits (at opacity 0.05, poppler's result turns visibly greener than the exact float raster).
    /// One limit for all formats keeps a figure looking the same in PNG, SVG and PDF.
    static let vectorLimit = 3000

    /// The technique of an output with `pixelScale` pixels per point: the same for PNG, SVG and PDF (see
    /// `vectorLimit`); only the raster's resolution follows the output.
    static func output(pixelScale: Double) -> PolylineTechnique {
        PolylineTechnique(rasterAbove: vectorLimit, pixelScale: pixelScale > 0 ? pixelScale : 1)
    }

    /// The technique of an image output: `output(pixelScale:)` with its strokes shared by `bands` threads.
    static func image(pixelScale: Double, bands: Int) -> PolylineTechnique {
        var technique = output(pixelScale: pixelScale)
        technique.strokeBands = bands
        return technique
    }

    /// The raster image and the page rectangle it covers when this technique rasterises `polylines`;
    /// nil when they are to be stroked.
    func raster(_ polylines: Polylines) -> (image: RasterImage, rect: Rect)? {
        guard polylines.lines.count > rasterAbove else { return nil }
        return PolylineRaster.image(polylines, pixelScale: pixelScale)
    }
}
