/// How much of a run's diagnostics is printed, so no spec can flood a terminal or a CI log.
///
/// Every number is in printed columns (after escaping) or in diagnostics. The defaults keep one
/// diagnostic under `maxBytesPerDiagnostic` by construction; the formatter still checks and drops notes
/// if a smaller custom limit is exceeded.
public struct DiagnosticLimits: Sendable, Hashable {
    /// A value quoted in a message (`'…'`) is cut to this many columns.
    public var maxQuotedColumns: Int
    /// A whole message, did-you-mean included, is cut in the middle to this many columns.
    public var maxMessageColumns: Int
    /// A file path in a headline is cut in the middle to this many columns.
    public var maxPathColumns: Int
    /// The window of a source line shown under a diagnostic (140 columns, rustc's default when it cannot
    /// ask the terminal).
    public var sourceWindowColumns: Int
    /// Notes printed under one diagnostic; the rest are counted in a last note.
    public var maxNotes: Int
    /// The printed size of one diagnostic in any style.
    public var maxBytesPerDiagnostic: Int
    /// Diagnostics printed for one file; the rest are counted in one line (see `DiagnosticBag.bounded`).
    public var maxPerFile: Int

    public init(
        maxQuotedColumns: Int = 64, maxMessageColumns: Int = 400, maxPathColumns: Int = 200,
        sourceWindowColumns: Int = 140, maxNotes: Int = 10, maxBytesPerDiagnostic: Int = 16_384,
        maxPerFile: Int = 50
    ) {
        self.maxQuotedColumns = maxQuotedColumns
        self.maxMessageColumns = maxMessageColumns
        self.maxPathColumns = maxPathColumns
        self.sourceWindowColumns = sourceWindowColumns
        self.maxNotes = maxNotes
        self.maxBytesPerDiagnostic = maxBytesPerDiagnostic
        self.maxPerFile = maxPerFile
    }

    public static let `default` = DiagnosticLimits()
}

extension DiagnosticBag {
    /// The diagnostics in file order (`sorted`), at most `limit` per file; for each file with more, one
    /// note at the end says how many errors and warnings were not shown.
    ///
    /// Diagnostics without a location count as one group of their own.
    public func bounded(perFile limit: Int = DiagnosticLimits.default.maxPerFile) -> [Diagnostic] {
        var shown: [Diagnostic] = []
        var counts: [String?: Int] = [:]
        var hidden: [(file: String?, errors: Int, warnings: Int)] = []
        for diagnostic in sorted {
            let file = diagnostic.location?.file
            let count = counts[file, default: 0]
            counts[file] = count + 1
            if count < max(0, limit) {
                shown.append(diagnostic)
                continue
            }
            let slot =
                hidden.firstIndex { $0.file == file }
                ?? {
                    hidden.append((file, 0, 0))
                    return hidden.count - 1
                }()
            if diagnostic.isError { hidden[slot].errors += 1 } else { hidden[slot].warnings += 1 }
        }
        for group in hidden {
            shown.append(
                Messages.Reporting.notShown(
                    errors: group.errors, warnings: group.warnings,
                    file: group.file))
        }
        return shown
    }
}
