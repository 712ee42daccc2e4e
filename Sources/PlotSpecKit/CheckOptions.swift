/// How strictly `render --check` compares a committed figure with a fresh render.
public struct CheckOptions: Sendable, Hashable {
    /// pytest-mpl's and matplotlib's default RMS tolerance, in 8-bit channel levels.
    public static let defaultTolerance = 2.0
    /// The RMS allowed inside any one block of `ImageComparison.blockSize`² pixels, per unit of tolerance.
    ///
    /// Whole-image RMS dilutes a small change: one changed glyph in a 1200 × 900 figure is RMS ≈ 1, under
    /// the default tolerance, yet its 8 × 8 block differs by RMS 50–230. Rendering with another scan
    /// converter or glyph rasteriser moves every edge a little but no block by more than RMS ≈ 42 (measured
    /// on the bundled figures; see docs/architecture.md), so 24 × 2 = 48 separates the two.
    public static let blockLimitPerTolerance = 24.0

    /// Largest accepted RMS over the whole image (all pixels × channels). 0 demands identical pixels.
    public var tolerance: Double
    /// Compare files byte for byte, as before pixel comparison existed.
    public var exact: Bool
    /// Where to write the new render, the committed file and a diff image when a figure fails.
    public var artifactsDirectory: String?

    public init(tolerance: Double = defaultTolerance, exact: Bool = false, artifactsDirectory: String? = nil) {
        self.tolerance = tolerance
        self.exact = exact
        self.artifactsDirectory = artifactsDirectory
    }

    /// Largest accepted RMS inside any one block.
    public var blockLimit: Double { tolerance * Self.blockLimitPerTolerance }
}

/// What `render --check` found for a figure that passed.
public enum CheckResult: Sendable, Hashable {
    /// The same bytes (or, for SVG, the same text once Cairo's ids are normalised).
    case identical
    /// Different PNG bytes holding the same pixels (another encoder or optimiser wrote the committed file).
    case samePixels
    /// Different pixels, within the tolerance: the RMS over the image and over the worst block.
    case withinTolerance(rms: Double, worstBlockRMS: Double)
}

extension CheckResult {
    /// Appended to "up to date: PATH": empty for identical files, else how close the pixels were.
    public var summary: String {
        switch self {
        case .identical: ""
        case .samePixels: " (same pixels, different PNG bytes)"
        case .withinTolerance(let rms, let block):
            " (pixels within tolerance: RMS \((rms * 1000).rounded() / 1000), worst block \((block * 100).rounded() / 100))"
        }
    }
}
