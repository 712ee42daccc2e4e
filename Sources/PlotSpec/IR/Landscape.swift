/// Which landscape a heatmap or surface draws: the sampled scores (noise included, what a sweep would
/// measure) or the noise-free score plotspec knows (`SampleTable.trueScore`), so one spec can show the
/// real landscape beside what its sampling reveals of it.
public enum Landscape: String, Hashable, Sendable, CaseIterable {
    case sampled
    /// The noise-free score, clipped like the samples.
    case noiseFree = "true"
}
