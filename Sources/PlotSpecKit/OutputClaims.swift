import Foundation
import PlotDiagnostics

/// The files the specs of one run write, so two specs naming the same file are caught before the second
/// silently overwrites the first. Claims are made in argument order, which decides which spec is "first".
public struct OutputClaims: Sendable {
    private var claimed: [String: (spec: String, span: SourceSpan?)] = [:]
    private let workingDirectory: String

    public init(workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.workingDirectory = workingDirectory
    }

    /// Records that the spec at `specPath` writes `target`; returns an error at its `output` node (with a
    /// note at the first spec's) when another spec of this run already writes the same file. The same
    /// spec named twice writes the same bytes twice, which is harmless, so it is not reported.
    public mutating func claim(_ target: OutputTarget, by specPath: String) -> Diagnostic? {
        let key = identity(of: target.path), spec = identity(of: specPath)
        if let first = claimed[key] {
            guard first.spec != spec else { return nil }
            return Messages.Output.duplicateOutput(target.path, firstAt: first.span, at: target.span)
        }
        claimed[key] = (spec, target.span)
        return nil
    }

    /// One name per file: absolute, normalised, with symbolic links in existing folders resolved.
    private func identity(of path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : (workingDirectory as NSString).appendingPathComponent(path)
        return URL(fileURLWithPath: absolute).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
