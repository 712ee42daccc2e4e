import PlotScales

/// A scale's data-to-page map with the domain's transform hoisted out: `ContinuousScale.normalize`
/// takes three logarithms per call on log axes, which shows up at a million points.
struct PageMap {
    let kind: ScaleKind
    let offset: Double
    let factor: Double

    init(_ scale: ContinuousScale, from origin: Double, extent: Double) {
        let a = scale.kind.forward(scale.lower)
        let b = scale.kind.forward(scale.upper)
        kind = scale.kind
        factor = extent / (b - a)
        offset = origin - a * factor
    }

    @inline(__always)
    func callAsFunction(_ value: Double) -> Double { offset + kind.forward(value) * factor }
}
