import Testing

@testable import PlotScales

@Suite("Tick edge cases")
struct EdgeCaseTicksTests {
    /// Hostile domains must not crash and must keep ticks inside the domain.
    @Test(arguments: [
        (ScaleKind.linear, -1e308, 1e308), (.linear, 0, 1e-300), (.linear, 5, 1), (.linear, -Double.infinity, 1),
        (.linear, 1e15, 1e15 + 4), (.linear, -1e-9, 1e-9), (.log10, 1e-300, 1e300), (.log10, 0, 10), (.log10, -5, -1),
        (.log2, 1, 1.2), (.log10, 3, 3.5), (.ln, 1e-3, 1e-3), (.linear, Double.nan, 1)
    ])
    func hostileDomains(_ kind: ScaleKind, _ lower: Double, _ upper: Double) {
        let ticks = ContinuousScale(kind: kind, lower: lower, upper: upper).ticks()
        #expect(ticks.count < 5000)
        if lower.isFinite, upper.isFinite, kind == .linear {
            let lo = min(lower, upper)
            let hi = max(lower, upper)
            let slack = (hi - lo) * 1e-6 + abs(hi) * 1e-12
            #expect(ticks.allSatisfy { $0.value >= lo - slack && $0.value <= hi + slack })
        }
    }

    @Test func narrowLogRangeFallsBackToLinear() {
        let labels = majorLabels(ContinuousScale(kind: .log10, lower: 3, upper: 3.5).ticks())
        #expect(labels.count >= 2)
    }
}
