/// Bounds that stop absurd specs at decode time, before anything is allocated.
/// Documented in docs/spec-reference.md ("Limits").
public enum SpecLimits {
    public static let maxGridCellsPerAxis = 10_000
    /// 2048² cells and a million trials: at these sizes `validate` (which evaluates every sample) stays
    /// under a second on a 2-core machine (0.56 s and 0.36 s measured, release build); 4096² cells took 2.2 s.
    public static let maxGridCells = 4_194_304
    public static let maxTrials = 1_000_000
    /// Data files up to this size keep their text for showing a cell's row under a note; larger ones are
    /// only named (their rows are still read and located).
    public static let maxShownDataBytes = 1 << 20
    public static let maxParameters = 32
    public static let maxTerms = 64
    /// Factors (`times:`) of one term.
    public static let maxFactors = 16
    /// Entries of `define:`.
    public static let maxDefinitions = 100
    /// Characters of any text: titles, labels, legends, annotation text, stream names.
    public static let maxTextLength = 1000
    /// Characters (ASCII: names are identifiers) of a parameter or definition name.
    public static let maxNameLength = 64
    public static let maxAnnotations = 100
    public static let maxBuckets = 16
    /// Curves of one slice plot (values in its `hold` list), and points along each.
    public static let maxSliceCurves = 12
    public static let maxSliceResolution = 10_000
    /// Gauss–Legendre nodes per continuous parameter of an importance plot, and the score evaluations of
    /// its whole quadrature grid (nodes and discrete values of every measured parameter multiplied):
    /// The gallery's 3.3 million evaluations of the bundled landscape took 7.7 s of CPU in a debug build on
    /// a loaded machine (release not measured yet).
    public static let maxImportanceNodes = 256
    public static let maxImportanceEvaluations = 4_000_000
    /// Kernel evaluations (quadrature points × trials) of the importance of real trials, which decomposes a
    /// Gaussian process: 50 million take about a second.
    public static let maxImportanceEstimateWork = 50_000_000
    /// The default `nodes` of an importance of real trials: the estimate is smooth, and each node multiplies
    /// the work by the number of trials.
    public static let importanceEstimateNodes = 12
    /// Panels of one page (a facet or `panels:`): beyond a dozen, each is too small to read.
    public static let maxPanels = 12
    /// Categories of one categorical parameter, and the length of a category name (tick labels, CSV).
    public static let maxCategories = 64
    public static let maxCategoryNameLength = 40
    /// Output raster size, in pixels.
    public static let maxPixels = 64_000_000
    public static let maxPixelsPerSide = 20_000
    /// Grid cells along an axis below which a `coarse-grid` warning is given.
    public static let coarseGridWarning = 8
    /// Families in `figure.font`, and the length of one family name (the longest installed names are ~40).
    public static let maxFontFamilies = 8
    public static let maxFontFamilyLength = 100
}
