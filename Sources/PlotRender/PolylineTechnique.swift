import PlotScene

/// How one output draws a `polylines` node: every line as a vector stroke, or, above a number of lines,
/// all of them as one image rasterised by `PolylineRaster` on the output's pixel grid.
///
/// This is the renderer's decision, not layout's: the Scene says "polylines" in points, and each format
/// picks the technique that suits it (see `forOutput`). Lines the raster cannot draw (not on shared
/// increasing columns) are always stroked.
struct PolylineTechnique: Sendable {
    /// Rasterise when there are more lines than this.
    let rasterAbove: Int
    /// Pixels per point of the raster: the output's own resolution.
    let pixelScale: Double

    /// Every line a vector stroke, however many.
    static let strokes = PolylineTechnique(rasterAbove: .max, pixelScale: 1)

    /// Above this many lines a PNG gets the raster: a translucent Cairo stroke per line costs about
    /// 0.15 ms, so 100 000 lines would take 15 s instead of well under one.
    static let pngRasterAbove = 3000

    /// The technique for `format` at `pixelScale` pixels per point.
    static func forOutput(_ format: OutputFormat, pixelScale: Double) -> PolylineTechnique {
        switch format {
        case .png: PolylineTechnique(rasterAbove: pngRasterAbove, pixelScale: pixelScale)
        case .svg, .pdf: PolylineTechnique(rasterAbove: .max, pixelScale: pixelScale)
        }
    }

    /// The raster image and the page rectangle it covers when this technique rasterises `polylines`;
    /// nil when they are to be stroked.
    func raster(_ polylines: Polylines) -> (image: RasterImage, rect: Rect)? {
        guard polylines.lines.count > rasterAbove else { return nil }
        return PolylineRaster.image(polylines, pixelScale: pixelScale)
    }
}
