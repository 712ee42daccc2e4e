import Foundation
import PlotDiagnostics

/// The files the specs of one run write, so two specs naming the same file are caught before the second
/// silently overwrites the first, and one spec's file cannot be another's folder (whichever rendered
/// second would fail). Claims are made in argument order, which decides which spec is "first".
public struct OutputClaims: Sendable {
    private typealias Claim = (spec: String, span: SourceSpan?, shown: String)
    private var claimed: [String: Claim] = [:]
    /// Every folder a claimed file lies in, with the first claim that needs it.
    private var folders: [String: Claim] = [:]
    private let workingDirectory: String

    public init(workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.workingDirectory = workingDirectory
    }

    /// Records that the spec at `specPath` writes `target`; returns an error at its `output` node (with a
    /// note at the first spec's) when another spec of this run already writes the same file. The same
    /// spec named twice writes the same bytes twice, which is harmless, so it is not reported.
    public mutating func claim(_ target: OutputTarget, by specPath: String) -> Diagnostic? {
        let key = identity(of: target.path)
        let spec = identity(of: specPath)
        if let first = claimed[key] {
            guard first.spec != spec else { return nil }
            return Messages.Output.duplicateOutput(target.path, firstAt: first.span, at: target.span)
        }
        if let first = folders[key] {
            return Messages.Output.fileIsAnotherSpecsFolder(target.path, firstAt: first.span, at: target.span)
        }
        let ancestors = Self.ancestors(of: key)
        if let folder = ancestors.first(where: { claimed[$0] != nil }), let first = claimed[folder] {
            return Messages.Output.folderIsAnotherSpecsFile(
                target.path, folder: first.shown, firstAt: first.span,
                at: target.span)
        }
        claimed[key] = (spec, target.span, target.path)
        for folder in ancestors where folders[folder] == nil { folders[folder] = (spec, target.span, target.path) }
        return nil
    }

    /// `/a/b/c.png` → `/a/b`, `/a` (the root is nobody's file).
    private static func ancestors(of path: String) -> [String] {
        var result: [String] = []
        var current = (path as NSString).deletingLastPathComponent
        while current != "/", !current.isEmpty {
            result.append(current)
            current = (current as NSString).deletingLastPathComponent
        }
        return result
    }

    /// One name per file: absolute, normalised, with symbolic links in existing folders resolved.
    private func identity(of path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : (workingDirectory as NSString).appendingPathComponent(path)
        return URL(fileURLWithPath: absolute).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
