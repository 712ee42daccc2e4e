import Foundation
import PlotDiagnostics
import PlotRender
import PlotScene

extension FigureCheck {
    /// The files a failed check leaves for CI to upload: `NAME.actual.EXT` (the new render),
    /// `NAME.expected.EXT` (the committed file) and `NAME.diff.png`, where NAME.EXT is the figure's file name.
    struct Artifacts {
        /// The figure's file name without its extension, and the extension.
        let stem: String, pathExtension: String
        let directory: String?

        init(figure: String, directory: String?) {
            let name = (figure as NSString).lastPathComponent
            stem = (name as NSString).deletingPathExtension
            pathExtension = (name as NSString).pathExtension
            self.directory = directory
        }

        /// Writes what is given, each atomically, and returns the paths written (none without a directory).
        func write(actual: [UInt8], expected: [UInt8]?, diff: RasterImage? = nil) throws(DiagnosticError) -> [String] {
            guard let directory else { return [] }
            var written: [String] = []
            func put(_ bytes: [UInt8], _ role: String, _ ext: String) throws(DiagnosticError) {
                let path = (directory as NSString).appendingPathComponent(
                    "\(stem).\(role)\(ext.isEmpty ? "" : ".")\(ext)")
                try OutputWriter.write(bytes, to: path)
                written.append(path)
            }
            try put(actual, "actual", pathExtension)
            if let expected { try put(expected, "expected", pathExtension) }
            if let diff {
                let png: [UInt8]
                do { png = try PNGEncoder.encode(diff) } catch {
                    throw DiagnosticError(Messages.Output.renderFailed("diff image: \(error)"))
                }
                try put(png, "diff", "png")
            }
            return written
        }
    }
}
