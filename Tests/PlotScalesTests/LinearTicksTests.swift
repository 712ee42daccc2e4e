import Testing

@testable import PlotScales

/// Labels of the major ticks, in order.
func majorLabels(_ ticks: [Tick]) -> [String] { ticks.filter(\.isMajor).compactMap(\.label) }

@Suite("Linear ticks")
struct LinearTicksTests {
    struct Case: Sendable, CustomStringConvertible {
        var lower: Double, upper: Double, integerOnly: Bool = false, labels: [String]
        var description: String { "\(lower)…\(upper)" }
    }

    static let cases: [Case] = [
        Case(lower: 0, upper: 1, labels: ["0", "0.2", "0.4", "0.6", "0.8", "1"]),
        Case(lower: 0, upper: 0.7, labels: ["0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7"]),
        Case(lower: -3, upper: 17, labels: ["0", "5", "10", "15"]),
        Case(lower: 1e6, upper: 3e6, labels: ["1e6", "1.5e6", "2e6", "2.5e6", "3e6"]),
        Case(lower: 1, upper: 1.0005, labels: ["1", "1.0001", "1.0002", "1.0003", "1.0004", "1.0005"]),
        Case(lower: 2e-5, upper: 7e-5, labels: ["2e-5", "3e-5", "4e-5", "5e-5", "6e-5", "7e-5"]),
        Case(lower: 2, upper: 48, integerOnly: true, labels: ["10", "20", "30", "40"]),
        Case(lower: 1, upper: 4, integerOnly: true, labels: ["1", "2", "3", "4"]),
        Case(lower: -1, upper: 1, labels: ["-1", "-0.5", "0", "0.5", "1"])
    ]

    @Test(arguments: cases)
    func majorLabelsMatch(_ c: Case) {
        let scale = ContinuousScale(kind: .linear, lower: c.lower, upper: c.upper)
        #expect(majorLabels(scale.ticks(integerOnly: c.integerOnly)) == c.labels)
    }

    @Test(arguments: cases)
    func ticksStayInsideAndSorted(_ c: Case) {
        let span = c.upper - c.lower
        let ticks = ContinuousScale(kind: .linear, lower: c.lower, upper: c.upper).ticks(integerOnly: c.integerOnly)
        #expect(ticks.allSatisfy { $0.value >= c.lower - span * 1e-9 && $0.value <= c.upper + span * 1e-9 })
        #expect(ticks.map(\.value) == ticks.map(\.value).sorted())
        #expect(ticks.filter { !$0.isMajor }.allSatisfy { $0.label == nil })
        if c.integerOnly { #expect(ticks.allSatisfy { $0.value.rounded() == $0.value }) }
    }

    @Test func minorTicksSitBetweenMajors() {
        let ticks = ContinuousScale(kind: .linear, lower: 0, upper: 1).ticks()
        let minors = ticks.filter { !$0.isMajor }.map(\.value)
        #expect(minors.count == 15)  // 4 divisions per 0.2 interval: 0.05 apart
        #expect(minors.contains { abs($0 - 0.05) < 1e-12 })
    }

    @Test func noBinaryNoiseInLabels() {
        let labels = majorLabels(ContinuousScale(kind: .linear, lower: 0.1, upper: 0.9).ticks(targetCount: 9))
        #expect(labels.contains("0.3"))
        #expect(labels.allSatisfy { $0.count <= 4 })
    }

    @Test func negativeZeroPrintsAsZero() {
        let ticks = ContinuousScale(kind: .linear, lower: -0.4, upper: 0.4).ticks()
        #expect(majorLabels(ticks).contains("0"))
        #expect(!majorLabels(ticks).contains("-0"))
    }

    @Test func degenerateRangeGivesOneTick() {
        let ticks = ContinuousScale(kind: .linear, lower: 3, upper: 3).ticks()
        #expect(ticks == [Tick(value: 3, label: "3", isMajor: true)])
    }

    @Test func integerAxisNarrowerThanOne() {
        let ticks = ContinuousScale(kind: .linear, lower: 2.2, upper: 2.8).ticks(integerOnly: true)
        #expect(ticks.isEmpty || ticks.allSatisfy { $0.value.rounded() == $0.value })
    }

    @Test(arguments: [
        (TickLabelStyle.percent, ["0%", "20%", "40%", "60%", "80%", "100%"]),
        (.format(try! NumberPattern("%.2f")), ["0.00", "0.20", "0.40", "0.60", "0.80", "1.00"]),
        (.power, ["0", "2×10⁻¹", "4×10⁻¹", "6×10⁻¹", "8×10⁻¹", "10⁰"])
    ])
    func explicitStyles(_ style: TickLabelStyle, _ expected: [String]) {
        let ticks = ContinuousScale(kind: .linear, lower: 0, upper: 1).ticks(labelStyle: style)
        #expect(majorLabels(ticks) == expected)
    }
}
