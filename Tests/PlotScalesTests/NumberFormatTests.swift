import Testing

@testable import PlotScales

@Suite("Number formatting")
struct NumberFormatTests {
    @Test(arguments: [
        (0.0001, "%.0e", "1e-4"), (2e6, "%.0e", "2e6"), (12345.0, "%.2e", "1.23e4"), (-0.00015, "%.1e", "-1.5e-4"),
        (3.14159, "%.3f", "3.142"), (2.675, "%.2f", "2.68"), (-0.001, "%.2f", "0.00"), (0.1 + 0.2, "%.2f", "0.30"),
        (42.0, "%d", "42"), (41.6, "%d", "42"), (-7.0, "%d", "-7"),
        (0.0001, "%g", "0.0001"), (0.00001, "%g", "1e-5"), (123456.0, "%g", "123456"), (1234567.0, "%g", "1.23457e6"),
        (0.5, "%g", "0.5"), (100.0, "%.3g", "100"),
        (12.34, "%.1f%%", "12.3%"), (5.0, "%5.1f", "  5.0"), (5.0, "%-5.1f|", "5.0  |"), (5.0, "%05.1f", "005.0"),
        (5.0, "%+.1f", "+5.0"), (0.25, "lr = %.2f", "lr = 0.25"), (1.0, "%.1E", "1.0E0"),
        (Double.nan, "%.2f", "nan"), (-Double.infinity, "%.2f", "-inf")
    ])
    func printfSubset(_ value: Double, _ format: String, _ expected: String) {
        #expect(formatNumber(value, format: format) == expected)
    }

    @Test(arguments: [
        (0.25, TickLabelStyle.plain, "0.25"), (1e-4, .power, "10⁻⁴"), (1e-4, .scientific, "1e-4"),
        (2048.0, .plain, "2048"), (2048.0, .auto, "2048"), (2.5e6, .power, "2.5×10⁶"), (1.0, .power, "10⁰"),
        (10.0, .power, "10¹"), (0.07, .percent, "7%"), (-0.0, .plain, "0"), (0.1 + 0.2, .plain, "0.3"),
        (1e7, .auto, "1e7")
    ])
    func tickValueLabels(_ value: Double, _ style: TickLabelStyle, _ expected: String) {
        #expect(formatTickValue(value, style: style) == expected)
    }

    @Test func stepFixesDecimals() {
        #expect(formatTickValue(0.30000000000000004, style: .plain, step: 0.1) == "0.3")
        #expect(formatTickValue(0.5, style: .plain, step: 0.25) == "0.5")
    }
}
