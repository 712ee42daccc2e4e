import Testing

@testable import PlotScales

@Suite("Log ticks")
struct LogTicksTests {
    @Test func insideOneDecade() {
        let ticks = ContinuousScale(kind: .log10, lower: 2e-3, upper: 8e-3).ticks()
        let labels = majorLabels(ticks)
        #expect(labels.count >= 3)
        #expect(labels == ["2×10⁻³", "3×10⁻³", "5×10⁻³"])
        #expect(ticks.filter { !$0.isMajor }.count == 4)  // 4, 6, 7, 8 × 10⁻³
    }

    @Test func fiveDecadesWithMinors() {
        let ticks = ContinuousScale(kind: .log10, lower: 1e-5, upper: 0.316).ticks()
        #expect(majorLabels(ticks) == ["10⁻⁵", "10⁻⁴", "10⁻³", "10⁻²", "10⁻¹"])
        let minors = ticks.filter { !$0.isMajor }.map(\.value)
        #expect(minors.contains { abs($0 - 0.3) < 1e-12 })
        #expect(!minors.contains { $0 > 0.316 })
        #expect(minors.count == 8 * 4 + 2)
    }

    @Test func twelveDecadesAreThinned() {
        let ticks = ContinuousScale(kind: .log10, lower: 1e-6, upper: 1e6).ticks()
        #expect(majorLabels(ticks) == ["10⁻⁶", "10⁻⁴", "10⁻²", "10⁰", "10²", "10⁴", "10⁶"])
        #expect(ticks.count == 13)  // unlabelled odd decades, no 2…9 minors
        let few = ContinuousScale(kind: .log10, lower: 1e-6, upper: 1e6).ticks(targetCount: 4)
        #expect(majorLabels(few) == ["10⁻⁶", "10⁻³", "10⁰", "10³", "10⁶"])
    }

    @Test func scientificAndPlainStyles() {
        let scale = ContinuousScale(kind: .log10, lower: 1e-4, upper: 1e-1)
        #expect(majorLabels(scale.ticks(labelStyle: .scientific)) == ["1e-4", "1e-3", "1e-2", "1e-1"])
        #expect(majorLabels(scale.ticks(labelStyle: .plain)) == ["0.0001", "0.001", "0.01", "0.1"])
    }

    @Test func lnSharesDecades() {
        let ln = ContinuousScale(kind: .ln, lower: 1e-3, upper: 10).ticks()
        let log10 = ContinuousScale(kind: .log10, lower: 1e-3, upper: 10).ticks()
        #expect(ln == log10)
    }

    @Test func log2BatchSizes() {
        let ticks = ContinuousScale(kind: .log2, lower: 8, upper: 2048).ticks()
        #expect(majorLabels(ticks) == ["8", "32", "128", "512", "2048"])
        #expect(ticks.count == 9)
        let all = ContinuousScale(kind: .log2, lower: 8, upper: 2048).ticks(targetCount: 9)
        #expect(majorLabels(all) == ["8", "16", "32", "64", "128", "256", "512", "1024", "2048"])
    }

    @Test func log2BelowOne() {
        #expect(
            majorLabels(ContinuousScale(kind: .log2, lower: 0.25, upper: 4).ticks())
                == ["1/4", "1/2", "1", "2", "4"])
        #expect(
            majorLabels(ContinuousScale(kind: .log2, lower: 1.0 / 256, upper: 1).ticks(targetCount: 9))
                == ["2⁻⁸", "2⁻⁷", "2⁻⁶", "2⁻⁵", "2⁻⁴", "2⁻³", "2⁻²", "2⁻¹", "2⁰"])
    }

    @Test func log2NarrowRangeAddsHalfOctaves() {
        #expect(majorLabels(ContinuousScale(kind: .log2, lower: 4, upper: 12).ticks()) == ["4", "6", "8", "12"])
    }

    @Test func integerOnlyDropsFractions() {
        let ticks = ContinuousScale(kind: .log2, lower: 0.25, upper: 4).ticks(integerOnly: true)
        #expect(majorLabels(ticks) == ["1", "2", "4"])
    }
}
