extension Messages {
    /// Messages from laying out and rendering a figure.
    public enum Layout {
        public static func notImplemented(_ kind: String, file: String) -> Diagnostic {
            .error("layout.not-implemented", "\(file): the '\(kind)' plot kind is not implemented yet", at: nil)
        }
    }
}
