import PlotDiagnostics
import PlotYAML

/// A spec's merged node tree plus where each shared file it `extends` was included from.
public struct LoadedSpec: Sendable {
    /// The `extends` entry that first brought a shared file in, and the file that entry is in.
    public struct IncludeSite: Sendable, Hashable {
        public var span: SourceSpan
        public var includingFile: String
    }

    public let root: YAMLNode
    /// The spec's own path (as typed), which is how its diagnostics name it.
    public let path: String
    /// Shared file (as diagnostics name it) → the entry that included it.
    public let includeSites: [String: IncludeSite]

    /// `diagnostics` with "included from here" notes, innermost first, on each one located in a shared
    /// file, so a reader can tell which spec (and which chain of `extends`) brought the problem in.
    public func withIncludeNotes(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.map { diagnostic in
            guard var file = diagnostic.location?.file, includeSites[file] != nil else { return diagnostic }
            var located = diagnostic
            var seen: Set<String> = []
            // The chain is acyclic (cycles are refused while loading); `seen` guards against it anyway.
            while let site = includeSites[file], seen.insert(file).inserted {
                located.notes.append(Messages.Spec.includedFrom(file, at: site.span))
                file = site.includingFile
            }
            return located
        }
    }
}
