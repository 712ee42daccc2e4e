import PlotScene

/// Picks the frame corner whose legend-sized patch covers the fewest data points.
enum ScatterLegendCorner {
    static func emptiest(frame: PlotFrame, points: [Point]) -> LegendDrawing.Corner {
        let r = frame.rect
        let w = r.width * 0.4
        let h = r.height * 0.3
        let corners: [(LegendDrawing.Corner, Rect)] = [
            (.topRight, Rect(x: r.maxX - w, y: r.minY, width: w, height: h)),
            (.topLeft, Rect(x: r.minX, y: r.minY, width: w, height: h)),
            (.bottomRight, Rect(x: r.maxX - w, y: r.maxY - h, width: w, height: h)),
            (.bottomLeft, Rect(x: r.minX, y: r.maxY - h, width: w, height: h))
        ]
        var best = LegendDrawing.Corner.topRight
        var fewest = Int.max
        for (corner, patch) in corners {
            let count = points.reduce(0) { $0 + (patch.contains($1) ? 1 : 0) }
            if count < fewest { (best, fewest) = (corner, count) }
        }
        return best
    }
}
