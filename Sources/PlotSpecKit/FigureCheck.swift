import Foundation
import PlotDiagnostics
import PlotRender
import PlotScene

/// `render --check`: does the committed figure still match what its spec renders?
///
/// Identical bytes pass at once. Otherwise a PNG passes when its decoded pixels are within
/// `CheckOptions.tolerance` (RMS as matplotlib computes it) and no small block differs by more than
/// `CheckOptions.blockLimit`, so another machine's Cairo, pixman or FreeType does not fail CI while a
/// changed title, colormap or annotation does. SVG (our own writer's, byte-stable) and PDF are compared
/// byte for byte: neither can be rasterised in-process (see docs/architecture.md, "Checking committed figures").
public enum FigureCheck {
    /// Throws `output.missing` or `output.stale` unless the file at `path` matches `bytes` under `options`;
    /// on failure with `options.artifactsDirectory`, the new render, the committed file and (for PNG) a
    /// diff image are written there first and named in the error.
    @discardableResult
    public static func verify(
        _ bytes: [UInt8], against path: String, spec: String, options: CheckOptions = CheckOptions()
    ) throws(DiagnosticError) -> CheckResult {
        let artifacts = Artifacts(figure: path, directory: options.artifactsDirectory)
        guard let data = FileManager.default.contents(atPath: path) else {
            let written = try artifacts.write(actual: bytes, expected: nil)
            var missing = Messages.Output.figureMissing(path, spec: spec)
            missing.notes += written.isEmpty ? [] : [Diagnostic.Note("wrote '\(written[0])'", at: nil)]
            throw DiagnosticError(missing)
        }
        let committed = [UInt8](data)
        if committed == bytes { return .identical }
        let kind = Kind(path: path)
        switch kind {
        case .png where !options.exact:
            return try comparePixels(bytes, committed, path: path, spec: spec, options: options, artifacts: artifacts)
        case .png, .other:
            let how = "byte for byte"
            let written = try artifacts.write(actual: bytes, expected: committed)
            throw DiagnosticError(Messages.Output.figureBytesDiffer(path, spec: spec, how: how, artifacts: written))
        }
    }

    private static func comparePixels(
        _ bytes: [UInt8], _ committed: [UInt8], path: String, spec: String, options: CheckOptions,
        artifacts: Artifacts
    ) throws(DiagnosticError) -> CheckResult {
        let actual: RasterImage
        let expected: RasterImage
        do {
            actual = try PNGDecoder.decode(bytes)
        } catch {
            throw DiagnosticError(Messages.Output.renderFailed("the new render does not decode: \(error)"))
        }
        func sizeDiffers(_ committedSize: (width: Int, height: Int)) throws(DiagnosticError) -> Never {
            let written = try artifacts.write(actual: bytes, expected: committed)
            throw DiagnosticError(
                Messages.Output.figureSizeDiffers(
                    path, spec: spec, committed: committedSize, rendered: (actual.width, actual.height),
                    artifacts: written))
        }
        // Compare sizes from the header first: a mismatch needs no decoding of a possibly huge file.
        if let size = PNGDecoder.size(of: committed), size != (actual.width, actual.height) { try sizeDiffers(size) }
        do {
            expected = try PNGDecoder.decode(committed)
        } catch {
            throw DiagnosticError(Messages.Output.figureUnreadable(path, spec: spec, reason: "\(error)"))
        }
        guard let difference = ImageComparison.difference(expected: expected, actual: actual) else {
            try sizeDiffers((expected.width, expected.height))
        }
        if difference.isIdentical { return .samePixels }
        if difference.rms <= options.tolerance, difference.worstBlockRMS <= options.blockLimit {
            return .withinTolerance(rms: difference.rms, worstBlockRMS: difference.worstBlockRMS)
        }
        let diff = DiffImage.make(expected: expected, actual: actual)
        let written = try artifacts.write(actual: bytes, expected: committed, diff: diff)
        throw DiagnosticError(
            Messages.Output.figurePixelsDiffer(
                path, spec: spec, rms: difference.rms, tolerance: options.tolerance,
                worstBlock: (
                    difference.worstBlockX, difference.worstBlockY, ImageComparison.blockSize,
                    difference.worstBlockRMS
                ),
                blockLimit: options.blockLimit, artifacts: written))
    }

    /// How a figure file is compared, from its extension.
    enum Kind {
        case png, other

        init(path: String) {
            self = (path as NSString).pathExtension.lowercased() == "png" ? .png : .other
        }
    }
}
