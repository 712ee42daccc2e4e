import Foundation
import PlotDiagnostics

/// Reads one YAML document into a `YAMLNode` tree with 1-based positions.
///
/// Aliases are expanded, merge keys applied and scalars typed (see `ScalarResolver` for the rules). The
/// loader does not check what the root is; the spec decoder does. Every problem is reported as a
/// `DiagnosticError`: fatal ones (syntax, encoding, limits) stop at once, the others (duplicate keys,
/// bad merges, undefined aliases) are collected and thrown together once the document is read.
public enum YAMLLoader {
    /// Reads and parses a file, registering its text in `sources` so diagnostics can show its lines.
    ///
    /// - Parameter displayPath: the name diagnostics use for the file; defaults to `path`.
    public static func load(
        path: String, displayPath: String? = nil, sources: SourceRegistry?, limits: YAMLLimits = .default
    ) throws(DiagnosticError) -> YAMLNode {
        let shown = displayPath ?? path
        let bytes = try readFile(path, shown: shown, limits: limits)
        return try load(bytes: bytes, file: shown, sources: sources, limits: limits)
    }

    /// Parses YAML text; `file` is the name diagnostics use.
    public static func load(
        text: String, file: String, sources: SourceRegistry?, limits: YAMLLimits = .default
    ) throws(DiagnosticError) -> YAMLNode {
        try load(bytes: Array(text.utf8), file: file, sources: sources, limits: limits)
    }

    /// Parses raw bytes, which may hold invalid UTF-8 (reported with its line and column).
    public static func load(
        bytes: [UInt8], file: String, sources: SourceRegistry?, limits: YAMLLimits = .default
    ) throws(DiagnosticError) -> YAMLNode {
        // Registered first, with invalid bytes repaired, so even encoding errors can show their line.
        sources?.register(SourceFile(path: file, text: String(decoding: bytes, as: UTF8.self)))
        let fileStart = SourceSpan(start: SourceLocation(file: file, line: 1, column: 1))
        guard bytes.count <= limits.maxInputBytes else {
            throw DiagnosticError(
                Messages.YAML.fileTooLarge(
                    bytes: bytes.count, limit: limits.maxInputBytes,
                    at: fileStart))
        }
        let source = SourceText(file: file, bytes: bytes)
        if let offset = UTF8Validation.firstInvalidByte(in: bytes) {
            let at = SourceSpan(start: source.location(ofByteOffset: offset))
            throw DiagnosticError(Messages.YAML.invalidUTF8(byte: bytes[offset], offset: offset, at: at))
        }
        if let (offset, codePoint) = LineBreakCheck.firstUnsupportedBreak(in: bytes) {
            let at = SourceSpan(start: source.location(ofByteOffset: offset))
            throw DiagnosticError(Messages.YAML.unsupportedLineBreak(codePoint: codePoint, at: at))
        }

        var builder = TreeBuilder(source: source, limits: limits)
        var failure: Diagnostic?
        do {
            try EventReader.withEvents(in: bytes, file: file) { (reader) throws(ParseFailure) in
                while builder.consume(try reader.next()) == .more {}
            }
        } catch {
            failure = diagnostic(for: error, source: source)
        }

        var diagnostics = builder.diagnostics
        if let failure { diagnostics.append(failure) }
        if diagnostics.hasErrors { throw DiagnosticError(diagnostics.sorted) }
        guard let root = builder.root else { throw DiagnosticError(Messages.YAML.emptyDocument(at: fileStart)) }
        return root
    }

    // MARK: - Helpers

    /// The located diagnostic for a libyaml failure.
    static func diagnostic(for failure: ParseFailure, source: SourceText) -> Diagnostic {
        switch failure {
        case .outOfMemory:
            return Messages.YAML.outOfMemory(at: SourceSpan(start: source.location(ofByteOffset: 0)))
        case .reader(let problem, let offset, let value):
            let at = SourceSpan(start: source.location(ofByteOffset: offset))
            return Messages.YAML.encoding(problem, value: value, offset: offset, at: at)
        case .syntax(let problem, let rawLocation, let context, let rawContextLocation):
            let location = source.clamped(rawLocation)
            let contextLocation = rawContextLocation.map { source.clamped($0) }
            let explainer = SyntaxErrorExplainer(
                source: source, problem: problem, mark: location, context: context,
                contextMark: contextLocation)
            if let explained = explainer.explanation() { return explained }
            // A tab where indentation or a token was expected is the classic YAML mistake; say so.
            let tabHint = problem.contains("tab") || source.scalar(at: location) == "\t"
            return Messages.YAML.syntax(
                problem, at: SourceSpan(start: location), context: context,
                contextAt: contextLocation.map { SourceSpan(start: $0) }, tabHint: tabHint)
        }
    }

    /// The file's bytes, refusing files over the size limit before reading them.
    private static func readFile(_ path: String, shown: String, limits: YAMLLimits) throws(DiagnosticError)
        -> [UInt8]
    {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DiagnosticError(Messages.Input.unreadableFile(shown, reason: "no such file"))
        }
        guard !isDirectory.boolValue else {
            throw DiagnosticError(Messages.Input.unreadableFile(shown, reason: "it is a directory"))
        }
        let size = (try? manager.attributesOfItem(atPath: path))?[.size] as? Int ?? 0
        if size > limits.maxInputBytes {
            let at = SourceSpan(start: SourceLocation(file: shown, line: 1, column: 1))
            throw DiagnosticError(Messages.YAML.fileTooLarge(bytes: size, limit: limits.maxInputBytes, at: at))
        }
        let data: Data
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            // Never read past the limit: a device such as /dev/zero reports size 0 and never ends.
            data = try handle.read(upToCount: limits.maxInputBytes + 1) ?? Data()
        } catch {
            throw DiagnosticError(Messages.Input.unreadableFile(shown, reason: error.localizedDescription))
        }
        if data.count > limits.maxInputBytes {
            let at = SourceSpan(start: SourceLocation(file: shown, line: 1, column: 1))
            throw DiagnosticError(Messages.YAML.fileTooLarge(bytes: data.count, limit: limits.maxInputBytes, at: at))
        }
        return [UInt8](data)
    }
}
