import Foundation
import PlotDiagnostics
import PlotRender
import PlotSpec

/// Where and in which format a spec's figure is written, once every check `render` makes before writing
/// has passed.
public struct OutputTarget: Sendable, Hashable {
    /// The path `render` opens (relative to the working directory unless absolute).
    public var path: String
    public var format: OutputFormat
    /// The spec's `output` node, where problems with this target are reported.
    public var span: SourceSpan?
}

/// The command-line choices that decide where figures go; `validate` takes the same ones as `render`
/// so it judges exactly what `render` would do.
public struct OutputOptions: Sendable {
    public var outputDirectory: String?
    public var allowOutside: Bool
    public var workingDirectory: String

    public init(
        outputDirectory: String? = nil, allowOutside: Bool = false,
        workingDirectory: String = FileManager.default.currentDirectoryPath
    ) {
        self.outputDirectory = outputDirectory
        self.allowOutside = allowOutside
        self.workingDirectory = workingDirectory
    }
}

extension Pipeline {
    /// The spec's output target, checked the way `render` will use it: the path policy (`outputPath`),
    /// a figure extension, names and path short enough for the file system (including the temporary
    /// file written beside it), not an existing folder, and no existing file where a folder must be.
    /// Every problem is an error at the spec's `output` node.
    public func outputTarget(for spec: FigureSpec, options: OutputOptions) throws(DiagnosticError) -> OutputTarget {
        let path = try outputPath(
            for: spec, outputDirectory: options.outputDirectory,
            allowOutside: options.allowOutside, workingDirectory: options.workingDirectory)
        let at = spec.figure.outputSpan
        guard let format = OutputFormat(pathExtension: (path as NSString).pathExtension) else {
            throw DiagnosticError(Messages.Output.notAFigureFile(spec.figure.output, at: at))
        }
        var problems = Self.lengthProblems(path, at: at)
        if problems.isEmpty {
            problems += Self.fileSystemProblems(path, output: spec.figure.output, at: at)
        }
        guard problems.isEmpty else { throw DiagnosticError(problems) }
        return OutputTarget(path: path, format: format, span: at)
    }

    /// Components over `NAME_MAX` bytes, or a path (or its temporary sibling) over `PATH_MAX`.
    static func lengthProblems(_ path: String, at span: SourceSpan?) -> [Diagnostic] {
        let nameLimit = Int(NAME_MAX)
        let pathLimit = Int(PATH_MAX) - 1  // PATH_MAX counts the final NUL
        for component in path.split(separator: "/") where component.utf8.count > nameLimit {
            return [
                Messages.Output.nameTooLong(
                    String(component), bytes: component.utf8.count, limit: nameLimit,
                    at: span)
            ]
        }
        let longest = max(path.utf8.count, OutputWriter.temporaryPath(for: path).utf8.count)
        if longest > pathLimit {
            return [Messages.Output.pathTooLong(bytes: longest, limit: pathLimit, at: span)]
        }
        return []
    }

    /// What already on disk would make the write fail: the target is a folder, or a folder to create
    /// on the way is an existing file.
    static func fileSystemProblems(_ path: String, output: String, at span: SourceSpan?) -> [Diagnostic] {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isFolder) {
            return isFolder.boolValue ? [Messages.Output.isAFolder(output, resolved: path, at: span)] : []
        }
        // Walk down from the top: the first ancestor that is missing will be created, with all below it.
        let components = path.split(separator: "/", omittingEmptySubsequences: true).dropLast()
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in components {
            prefix += (prefix.isEmpty || prefix.hasSuffix("/") ? "" : "/") + component
            guard manager.fileExists(atPath: prefix, isDirectory: &isFolder) else { return [] }
            if !isFolder.boolValue { return [Messages.Output.folderIsAFile(output, file: prefix, at: span)] }
        }
        return []
    }
}
