import Foundation
import PlotDiagnostics
import PlotRender
import PlotSampling
import PlotSpec
import PlotSpecKit

/// The fuzz oracle for "validate passes ⇒ render succeeds": a spec that decoded and evaluated (what
/// `validate` checks, short of the files on disk) must name an output format render knows, lay out, and
/// encode as PNG without an error. A failure traps, so libFuzzer keeps the input.
///
/// Rendering is kept small so the oracle does not dominate an iteration: only specs with at most
/// `maxSamples` samples are rendered, at a resolution lowered to at most `maxPixels` pixels (dpi never
/// below the decoder's minimum of 10).
enum RenderOracle {
    static let maxSamples = 20_000
    static let maxPixels = 60_000.0

    static func check(_ spec: FigureSpec, table: SampleTable, sampleCount: Int) {
        let output = spec.figure.output
        if OutputFormat(pathExtension: (output as NSString).pathExtension) == nil {
            preconditionFailure("the decoder accepted output '\(output)', which render cannot encode")
        }
        guard sampleCount <= maxSamples else { return }
        // The scene does not depend on the resolution, so only the render is made smaller.
        let dpi = spec.limitingPixels(to: maxPixels).figure.dpi
        let pipeline = Pipeline()
        do {
            let scene = try pipeline.layout(spec, table: table)
            _ = try pipeline.render(scene, format: .png, dpi: dpi)
        } catch {
            preconditionFailure("validated spec failed to render: \(error.diagnostics.map(\.message))")
        }
    }
}
