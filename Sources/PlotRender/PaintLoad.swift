import PlotConcurrency

/// How many image surfaces this process is painting at once, so that `BandedStrokes` only takes the
/// cores no other paint is using.
///
/// `render` paints several specs in parallel (`--jobs`, one per core by default), and the preview
/// re-renders every figure that depends on a saved shared file at once. Banding the strokes then only
/// adds threads to busy cores: all five bundled figures took 357 ms instead of 331 with every paint
/// banded. One paint alone gets every core; n paints share them. The bytes do not depend on the count.
enum PaintLoad {
    private static let painting = Locked(0)

    /// Runs `body` counted as one paint in progress, with the cores it may use: the machine's cores
    /// shared among the paints running now (at least one).
    static func counted<T>(_ body: (_ cores: Int) throws -> T) rethrows -> T {
        let paints = painting.withLock { count in
            count += 1
            return count
        }
        defer { painting.withLock { $0 -= 1 } }
        return try body(max(1, BandedStrokes.defaultBands / paints))
    }
}
