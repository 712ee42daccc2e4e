/// The one sanctioned change to a decoded spec from outside the decoder: a lower raster resolution.
///
/// Callers that render many specs cheaply (the fuzzer's render oracle, the validate-implies-render property
/// test) used to assign `figure.dpi` themselves, each with its own copy of the arithmetic; the IR is sealed
/// now, so they ask for a copy instead. Lowering the dpi keeps every invariant: the page size in inches and
/// all layout in points are unchanged, and the pixel count only shrinks, so it stays inside `SpecLimits`.
extension FigureSpec {
    /// The decoder's smallest accepted `dpi`; a lowered resolution never goes below it.
    public static let minimumDPI = 10.0

    /// The same figure with its dpi lowered (never raised) so the raster has at most `maxPixels` pixels,
    /// but never below `minimumDPI`.
    public func limitingPixels(to maxPixels: Double) -> FigureSpec {
        let area = figure.widthInches * figure.heightInches
        let dpi = Swift.max(Self.minimumDPI, Swift.min(figure.dpi, (maxPixels / area).squareRoot()))
        guard dpi < figure.dpi else { return self }
        return replacing(figure: figure.replacing(dpi: dpi))
    }

    /// The same figure seen from another camera: a 3-D surface's elevation and azimuth, clamped to the
    /// ranges the spec language accepts for them. Nil for any other plot and for a page of panels. The
    /// preview's drag-to-rotate renders through it; nothing else about the spec changes, so every
    /// invariant holds.
    public func viewed(elevation: Double, azimuth: Double) -> FigureSpec? {
        guard panels == nil, case .surface(let surface) = plot, elevation.isFinite, azimuth.isFinite else {
            return nil
        }
        let keys = SpecDescription.standard.surface
        let turned = SurfacePlot(
            x: surface.x, y: surface.y, shown: surface.shown, landscape: surface.landscape, color: surface.color,
            elevation: Swift.min(
                Swift.max(elevation, keys.elevation.key.range.lowerBound), keys.elevation.key.range.upperBound),
            azimuth: Swift.min(
                Swift.max(azimuth, keys.azimuth.key.range.lowerBound), keys.azimuth.key.range.upperBound),
            xAxis: surface.xAxis, yAxis: surface.yAxis, zAxis: surface.zAxis, estimate: surface.estimate)
        return FigureSpec(
            sourcePath: sourcePath, figure: figure, seed: seed, parameters: parameters, definitions: definitions,
            sampling: sampling, score: score, plot: .surface(turned), annotations: annotations)
    }

    /// This spec with other page settings; internal, so only PlotSpec (and `@testable` tests) can use it.
    func replacing(figure: FigureSettings) -> FigureSpec {
        FigureSpec(
            sourcePath: sourcePath, figure: figure, seed: seed, parameters: parameters, definitions: definitions,
            sampling: sampling, score: score, plot: plot, annotations: annotations,
            panels: panels.map { $0.replacing(figure: figure) })
    }
}

extension FigureSettings {
    /// These settings at another resolution.
    func replacing(dpi: Double) -> FigureSettings {
        FigureSettings(
            title: title, subtitle: subtitle, widthInches: widthInches, heightInches: heightInches, dpi: dpi,
            output: output, outputSpan: outputSpan, fontSize: fontSize, background: background,
            fontFamilies: fontFamilies, fontFamilySpans: fontFamilySpans)
    }
}

extension PanelGrid {
    /// The same panels drawing on other page settings.
    func replacing(figure: FigureSettings) -> PanelGrid {
        PanelGrid(
            rows: rows, columns: columns,
            panels: panels.map {
                Panel(
                    name: $0.name, row: $0.row, column: $0.column, title: $0.title,
                    spec: $0.spec.replacing(figure: figure))
            }, sharesColorScale: sharesColorScale, sharesAxes: sharesAxes)
    }
}
