/// The message catalogue: every diagnostic plotspec can print is built by a function in this namespace.
///
/// Topics live in their own files (`Messages.YAML`, `Messages.Formula`, `Messages.Spec`, …) so wording
/// stays consistent and tests can build the expected diagnostic from the same function.
public enum Messages {
    /// Messages about reading files, before any YAML is parsed.
    public enum Input {
        public static func unreadableFile(_ path: String, reason: String) -> Diagnostic {
            .error("input.unreadable", "cannot read '\(path)': \(reason)", at: nil)
        }
    }
}
