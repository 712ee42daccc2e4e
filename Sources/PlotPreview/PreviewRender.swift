import Dispatch
import PlotDiagnostics
import PlotLayout
import PlotRender
import PlotScene
import PlotSpec
import PlotSpecKit

/// One render of one spec for the preview, done in memory: nothing is written, whatever the spec's
/// `output` says.
///
/// The figure is always a PNG at the spec's `dpi` (a browser shows PNG in every case; SVG and PDF
/// outputs render the same scene). The same phases and limits as `render` apply (decode, evaluate,
/// layout, encode), so a spec that is too big for `render` is refused here too. The output path checks
/// of `render` are left out: preview writes nothing.
public struct PreviewRender: Sendable {
    /// The encoded PNG; nil when the spec failed.
    public var png: [UInt8]?
    /// What the hover data (`HoverJSON`) beside the figure is made from; nil when the spec failed.
    var hover: HoverJSON.Source?
    /// Errors as the terminal prints them (no colour), one diagnostic after another; empty when it rendered.
    public var errors: String
    public var errorCount: Int
    /// Warnings as the terminal prints them.
    public var warnings: String
    public var warningCount: Int
    /// The files the render read (the spec and what it extends), for the dependency map.
    public var read: [String]
    public var seconds: Double

    /// Renders the spec at `path`.
    public static func render(_ path: String) -> PreviewRender {
        let start = DispatchTime.now()
        let pipeline = Pipeline()
        var png: [UInt8]?
        var hover: HoverJSON.Source?
        var errors: [Diagnostic] = []
        do {
            let spec = try pipeline.decode(path: path)
            let table = try pipeline.evaluate(spec)
            let laid = try FigureLayout.layoutWithFrames(spec, table: table, measurer: SceneRenderer.measurer())
            png = try image(laid.scene, dpi: spec.figure.dpi)
            hover = HoverJSON.Source(spec: spec, table: table, frames: laid.frames)
        } catch {
            errors = error.diagnostics
        }
        let formatter = DiagnosticFormatter(style: .text, useColor: false, sources: pipeline.sources)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        return PreviewRender(
            png: png, hover: hover, errors: printed(errors, formatter), errorCount: errors.count,
            warnings: printed(pipeline.warnings, formatter), warningCount: pipeline.warnings.count,
            read: pipeline.sources.paths, seconds: seconds)
    }

    /// The surface at `path` rendered from another camera (the page's drag-to-rotate), as a PNG; nil when
    /// the spec fails or does not draw a surface. Nothing is stored: the figure the store keeps is the
    /// spec's own view.
    public static func view(_ path: String, elevation: Double, azimuth: Double) -> [UInt8]? {
        let pipeline = Pipeline()
        guard let turned = turned(path, elevation: elevation, azimuth: azimuth, pipeline: pipeline),
            let table = try? pipeline.evaluate(turned), let scene = try? pipeline.layout(turned, table: table)
        else { return nil }
        return try? image(scene, dpi: turned.figure.dpi)
    }

    /// The figure's PNG as `render` would paint it, not compressed: a preview image lives until the
    /// next save and goes to a page on this machine, so time matters more than bytes. Same pixels as
    /// `render`'s file, a larger PNG (see `PNGEncoder.Compression.stored`).
    static func image(_ scene: Scene, dpi: Double) throws(DiagnosticError) -> [UInt8] {
        do {
            return try SceneRenderer.renderPNG(scene, pixelScale: dpi / 72, compression: .stored)
        } catch {
            throw DiagnosticError(Messages.Output.renderFailed("\(error)"))
        }
    }

    /// The hover data (`HoverJSON`) matching `view` at the same angles: laid out, not drawn, so it costs a
    /// fraction of the image. Nil when `view` would be nil.
    static func viewHover(_ path: String, elevation: Double, azimuth: Double) -> String? {
        let pipeline = Pipeline()
        guard let turned = turned(path, elevation: elevation, azimuth: azimuth, pipeline: pipeline),
            let table = try? pipeline.evaluate(turned),
            let laid = try? FigureLayout.layoutWithFrames(turned, table: table, measurer: SceneRenderer.measurer())
        else { return nil }
        return HoverJSON.document(spec: turned, table: table, frames: laid.frames)
    }

    /// The spec at `path` seen from another camera; nil when it fails or does not draw a surface.
    private static func turned(_ path: String, elevation: Double, azimuth: Double, pipeline: Pipeline) -> FigureSpec? {
        guard let spec = try? pipeline.decode(path: path) else { return nil }
        return spec.viewed(elevation: elevation, azimuth: azimuth)
    }

    /// Diagnostics in the terminal's text form, bounded per file as the commands bound them.
    private static func printed(_ diagnostics: [Diagnostic], _ formatter: DiagnosticFormatter) -> String {
        var bag = DiagnosticBag()
        bag.append(contentsOf: diagnostics)
        return bag.bounded().map { formatter.format($0) }.joined()
    }
}
