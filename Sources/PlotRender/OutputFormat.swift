/// The file formats the renderer writes.
public enum OutputFormat: String, Sendable, CaseIterable {
    case png, svg, pdf

    /// The format for a file extension such as `png` or `.PDF`; nil for anything else.
    public init?(pathExtension: String) {
        var ext = Substring(pathExtension.lowercased())
        if ext.hasPrefix(".") { ext = ext.dropFirst() }
        self.init(rawValue: String(ext))
    }
}
