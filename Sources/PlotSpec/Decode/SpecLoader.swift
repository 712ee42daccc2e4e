import Foundation
import PlotDiagnostics
import PlotYAML

/// Loads a spec file and everything it `extends`, merged into one node tree.
///
/// `extends: shared/landscape.yaml` (or a list of paths) names files relative to the spec's folder whose
/// sections are merged under the spec's own: mappings merge key by key (the spec wins), anything else is
/// replaced. Every node keeps the file it came from, so errors inside a shared file point into it.
public enum SpecLoader {
    static let maxImportDepth = 8

    /// Loads `path` (as typed by the user, which is how diagnostics name it).
    public static func load(path: String, sources: SourceRegistry) throws(DiagnosticError) -> YAMLNode {
        try loadSpec(path: path, sources: sources).root
    }

    /// Loads `path` and remembers which `extends` entry brought in each shared file, so diagnostics
    /// located in a shared file can say where it was included from.
    public static func loadSpec(path: String, sources: SourceRegistry) throws(DiagnosticError) -> LoadedSpec {
        var state = LoadState(sources: sources)
        let root = try load(displayPath: path, importedAt: nil, state: &state)
        return LoadedSpec(root: root, path: path, includeSites: state.includeSites)
    }

    /// What one load shares across its recursion: the import chain (for cycles) and where files came from.
    private struct LoadState {
        let sources: SourceRegistry
        var chain: [String] = []
        var includeSites: [String: LoadedSpec.IncludeSite] = [:]
    }

    private static func load(
        displayPath: String, importedAt: YAMLNode?, state: inout LoadState
    ) throws(DiagnosticError) -> YAMLNode {
        let canonical = URL(fileURLWithPath: displayPath).standardizedFileURL.resolvingSymlinksInPath().path
        if let importedAt {
            try checkImport(displayPath, canonical: canonical, at: importedAt, chain: state.chain)
        }
        let root = try YAMLLoader.load(path: displayPath, displayPath: displayPath, sources: state.sources)
        if let importedAt, root.mapping == nil {
            throw DiagnosticError(
                Messages.Spec.importNotAMapping(
                    displayPath, found: root.kindDescription, at: importedAt.span, fileStart: root.span))
        }
        let extends = SpecDescription.standard.spec.extends.name
        guard let pairs = root.mapping, let extendsNode = pairs.first(where: { $0.keyText == extends })?.value
        else { return root }

        state.chain.append(canonical)
        defer { state.chain.removeLast() }
        let folder = (displayPath as NSString).deletingLastPathComponent
        var merged: YAMLNode?
        var problems: [Diagnostic] = []
        for reference in importReferences(extendsNode, problems: &problems) {
            guard let relative = reference.scalar?.text else { continue }
            if let problem = pathProblem(relative, at: reference) {
                problems.append(problem)
                continue
            }
            let basePath = lexicallyNormalized(
                relative.hasPrefix("/")
                    ? relative
                    : (folder.isEmpty ? relative : (folder as NSString).appendingPathComponent(relative)))
            if state.includeSites[basePath] == nil {
                state.includeSites[basePath] = LoadedSpec.IncludeSite(span: reference.span, includingFile: displayPath)
            }
            do {
                let base = try load(displayPath: basePath, importedAt: reference, state: &state)
                merged = merged.map { merge(base: $0, over: base) } ?? base
            } catch {
                problems += error.diagnostics.map {
                    placed($0, inside: basePath, includedAt: reference, by: displayPath)
                }
            }
        }
        guard problems.isEmpty else { throw DiagnosticError(problems) }
        return merged.map { merge(base: $0, over: root) } ?? root
    }

    /// Refuses an import that cannot be loaded, at the `extends` entry naming it.
    private static func checkImport(_ path: String, canonical: String, at entry: YAMLNode, chain: [String])
        throws(DiagnosticError)
    {
        if chain.contains(canonical) {
            throw DiagnosticError(Messages.Spec.importCycle(path, at: entry.span))
        }
        if chain.count > maxImportDepth {
            throw DiagnosticError(Messages.Spec.importTooDeep(at: entry.span))
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw DiagnosticError(Messages.Spec.importIsFolder(path, at: entry.span))
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw DiagnosticError(Messages.Spec.importNotFound(path, at: entry.span))
        }
    }

    /// An `extends` path that names no file as written: empty, or holding a character the C file API
    /// would stop at or a terminal would act on.
    private static func pathProblem(_ path: String, at entry: YAMLNode) -> Diagnostic? {
        if path.isEmpty { return Messages.Spec.importEmpty(at: entry.span) }
        if let scalar = path.unicodeScalars.first(where: \.isControlOrBidi) {
            return Messages.Spec.importControlCharacter(scalar, at: entry.span)
        }
        return nil
    }

    /// A diagnostic from an imported file, with a note saying which entry included the file; one with no
    /// position of its own (an unreadable file) is placed at the entry.
    private static func placed(
        _ diagnostic: Diagnostic, inside path: String, includedAt entry: YAMLNode,
        by includingFile: String
    ) -> Diagnostic {
        var placed = diagnostic
        guard let file = diagnostic.location?.file else {
            placed.span = entry.span
            return placed
        }
        if file != includingFile { placed.notes.append(Messages.Spec.includedFrom(path, at: entry.span)) }
        return placed
    }

    private static func importReferences(_ node: YAMLNode, problems: inout [Diagnostic]) -> [YAMLNode] {
        let items = node.sequence ?? [node]
        return items.filter { item in
            if case .string? = item.scalar?.value { return true }
            problems.append(
                Messages.Spec.wrongType(
                    expected: "a file path for extends", found: item.kindDescription,
                    at: item.span))
            return false
        }
    }

    /// Removes `.` and resolves `..` against earlier components without touching the file system
    /// (`specs/../figures/a.png` → `figures/a.png`); leading `..` that cannot be resolved are kept.
    public static func lexicallyNormalized(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." || part.isEmpty { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else if part == "..", absolute {
                continue
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    /// Whether a normalised path stays inside `workingDirectory` (the directory itself does not count: a
    /// figure or a data file is a file inside it). Lexical, like `lexicallyNormalized`.
    public static func isInside(_ path: String, workingDirectory: String) -> Bool {
        if !path.hasPrefix("/") {
            return path != "." && path != ".." && !path.hasPrefix("../")
        }
        let base = lexicallyNormalized(workingDirectory)
        let prefix = base == "/" ? "/" : base + "/"
        return path.hasPrefix(prefix) && path.count > prefix.count
    }

    /// `overlay`'s entries win; mappings merge recursively; the result keeps `overlay`'s position.
    /// Depth is bounded by the YAML loader's nesting limit, so recursion is safe here.
    static func merge(base: YAMLNode, over overlay: YAMLNode) -> YAMLNode {
        guard let basePairs = base.mapping, let overlayPairs = overlay.mapping else { return overlay }
        var result: [YAMLPair] = []
        for pair in basePairs where pair.keyText != "extends" {
            if let replacement = overlayPairs.first(where: { $0.keyText == pair.keyText }) {
                result.append(YAMLPair(key: replacement.key, value: merge(base: pair.value, over: replacement.value)))
            } else {
                result.append(pair)
            }
        }
        for pair in overlayPairs where !basePairs.contains(where: { $0.keyText == pair.keyText }) {
            result.append(pair)
        }
        var node = overlay
        node.kind = .mapping(result)
        return node
    }
}
