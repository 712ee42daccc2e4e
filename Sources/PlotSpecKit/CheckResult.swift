/// What `render --check` found for a figure that passed.
public enum CheckResult: Sendable, Hashable {
    /// The same bytes.
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
