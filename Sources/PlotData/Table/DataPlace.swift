import PlotDiagnostics

/// Where one cell of a trial table came from, for an error found after reading.
///
/// Text formats have a span (`trials.csv:12:3`: line 12, third field); an Optuna trial has none in its
/// database, so its place is the description alone (`study 'lr-sweep', trial 41`) and the caller locates
/// the diagnostic at the spec key that named the study.
public struct DataPlace: Hashable, Sendable {
    /// The cell's position in the data file, when the format has lines.
    public let span: SourceSpan?
    /// The cell in words, e.g. `row 11, column 'lr'` or `study 'lr-sweep', trial 41, 'params_lr'`.
    public let description: String

    public init(span: SourceSpan?, description: String) {
        self.span = span
        self.description = description
    }
}
