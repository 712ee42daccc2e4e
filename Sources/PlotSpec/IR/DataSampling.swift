import PlotDiagnostics

/// Trials read from a file a real tuning run wrote (`sampling.data`): a CSV or JSON Lines table, a W&B runs
/// export or an Optuna storage, already mapped onto the declared parameters and checked against them.
///
/// The decoder reads the file (as it reads `extends`), so everything here is valid: every mapped value is
/// finite and inside its parameter's declared range, a categorical parameter's values are indices into its
/// `categories`, and every score is finite (rows the decoder skipped are counted in `skipped`).
public struct DataSampling: Hashable, Sendable {
    /// The kinds of file a data source can be.
    public enum Format: String, Hashable, Sendable, CaseIterable {
        case csv
        case jsonl
        case wandb
        case optuna
    }

    /// The file as the spec wrote it.
    public let file: String
    /// The file that was read: `file` relative to the spec file that named it, normalised.
    public let path: String
    public let format: Format
    /// The Optuna study read (its name, also when the storage's only study was taken); nil otherwise.
    public let study: String?
    /// The column the score was read from.
    public let scoreColumn: String
    /// Which way the score improves: what "best" means when trials are drawn best on top.
    public let direction: ScoreDirection
    /// The parameters the data gives, in declaration order; the others are held in every trial.
    public let mapped: [Int]
    /// The column each of `mapped` was read from, in the same order.
    public let mappedColumns: [String]
    /// One array per entry of `mapped`: each trial's value in data space (a category's index for a
    /// categorical parameter).
    public let values: [[Double]]
    /// Each trial's score, as the data holds it (finite).
    public let score: [Double]
    /// Each trial's place in the run, what an optimisation history puts across: the Optuna trial `number`,
    /// else the row's 0-based position among the file's records. Rows left out (`skipped`, or trials in
    /// states not read) leave gaps, as they do in Optuna's own history plot.
    public let order: [Double]
    /// Rows of the file left out: a missing parameter or score cell, or a NaN/±∞ score (each kind warned once).
    public let skipped: Int
    public let span: SourceSpan

    init(
        file: String, path: String, format: Format, study: String?, scoreColumn: String,
        direction: ScoreDirection, mapped: [Int], mappedColumns: [String], values: [[Double]],
        score: [Double], order: [Double], skipped: Int, span: SourceSpan
    ) {
        self.file = file
        self.path = path
        self.format = format
        self.study = study
        self.scoreColumn = scoreColumn
        self.direction = direction
        self.mapped = mapped
        self.mappedColumns = mappedColumns
        self.values = values
        self.score = score
        self.order = order
        self.skipped = skipped
        self.span = span
    }

    /// The number of trials.
    public var count: Int { score.count }

    /// A stable hash of every mapped value and score, for dumps: the same data gives the same digest.
    public var digest: String {
        let hash = (values + [score]).reduce(StableHash.fnv1a("")) { StableHash.fnv1a($1, from: $0) }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Whether the data gives parameter `index` (rather than holding it).
    public func draws(_ index: Int) -> Bool { mapped.contains(index) }

    /// The values of parameter `index`, if the data gives it.
    public func values(of index: Int) -> [Double]? {
        mapped.firstIndex(of: index).map { values[$0] }
    }
}

/// Which way a score improves. plotspec's own scores are "higher is better"; a data source may say otherwise.
public enum ScoreDirection: String, Hashable, Sendable, CaseIterable {
    case maximize
    case minimize

    /// Whether `a` is a better score than `b`.
    @inlinable
    public func isBetter(_ a: Double, than b: Double) -> Bool {
        self == .maximize ? a > b : a < b
    }
}
