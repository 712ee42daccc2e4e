import Foundation
import PlotDiagnostics

/// `render --check`: does the committed figure still match what its spec renders?
public enum FigureCheck {
    /// Throws `output.missing` or `output.stale` unless the file at `path` holds `bytes`.
    public static func verify(_ bytes: [UInt8], against path: String, spec: String) throws(DiagnosticError) {
        guard let existing = FileManager.default.contents(atPath: path) else {
            throw DiagnosticError(Messages.Output.figureMissing(path, spec: spec))
        }
        if !equivalent([UInt8](existing), bytes, isSVG: path.lowercased().hasSuffix(".svg")) {
            throw DiagnosticError(Messages.Output.figureDiffers(path, spec: spec))
        }
    }

    /// PNG and PDF must match byte for byte. Cairo numbers SVG ids with a process-wide counter, so an SVG
    /// rendered in this process can differ from the committed one in ids alone; those are normalised.
    static func equivalent(_ a: [UInt8], _ b: [UInt8], isSVG: Bool) -> Bool {
        guard isSVG else { return a == b }
        return normalizedSVG(a) == normalizedSVG(b)
    }

    static func normalizedSVG(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let regex = try? NSRegularExpression(pattern: "(surface|glyph|image|pattern|clip|mask)[0-9]+(-[0-9]+)?")
        else { return text }
        let range = NSRange(text.startIndex..., in: text)
        return regex.stringByReplacingMatches(in: text, range: range, withTemplate: "$1")
    }
}
