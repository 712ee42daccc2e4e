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
        var chain: [String] = []
        return try load(displayPath: path, importedAt: nil, chain: &chain, sources: sources)
    }

    private static func load(
        displayPath: String, importedAt: YAMLNode?, chain: inout [String], sources: SourceRegistry
    ) throws(DiagnosticError) -> YAMLNode {
        let canonical = URL(fileURLWithPath: displayPath).standardizedFileURL.resolvingSymlinksInPath().path
        if let importedAt {
            if chain.contains(canonical) {
                throw DiagnosticError(Messages.Spec.importCycle(displayPath, at: importedAt.span))
            }
            if chain.count > maxImportDepth {
                throw DiagnosticError(Messages.Spec.importTooDeep(at: importedAt.span))
            }
            guard FileManager.default.isReadableFile(atPath: displayPath) else {
                throw DiagnosticError(Messages.Spec.importNotFound(displayPath, at: importedAt.span))
            }
        }
        let root = try YAMLLoader.load(path: displayPath, displayPath: displayPath, sources: sources)
        guard let pairs = root.mapping, let extendsNode = pairs.first(where: { $0.keyText == "extends" })?.value
        else { return root }

        chain.append(canonical)
        defer { chain.removeLast() }
        let folder = (displayPath as NSString).deletingLastPathComponent
        var merged: YAMLNode?
        var problems: [Diagnostic] = []
        for reference in importReferences(extendsNode, problems: &problems) {
            guard let relative = reference.scalar?.text else { continue }
            let basePath = lexicallyNormalized(relative.hasPrefix("/") ? relative
                : (folder.isEmpty ? relative : (folder as NSString).appendingPathComponent(relative)))
            do {
                let base = try load(displayPath: basePath, importedAt: reference, chain: &chain, sources: sources)
                merged = merged.map { merge(base: $0, over: base) } ?? base
            } catch {
                problems += error.diagnostics
            }
        }
        guard problems.isEmpty else { throw DiagnosticError(problems) }
        return merged.map { merge(base: $0, over: root) } ?? root
    }

    private static func importReferences(_ node: YAMLNode, problems: inout [Diagnostic]) -> [YAMLNode] {
        let items = node.sequence ?? [node]
        return items.filter { item in
            if case .string? = item.scalar?.value { return true }
            problems.append(Messages.Spec.wrongType(expected: "a file path for extends", found: item.kindDescription,
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
