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
