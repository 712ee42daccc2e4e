import PlotScene
import Testing

@testable import PlotRender

@Suite struct SVGNumberTests {
    @Test(
        arguments: [
            (0.0, 2, "0"), (-0.0, 2, "0"), (-0.004, 2, "0"), (3.0, 2, "3"), (12.5, 2, "12.5"), (-0.25, 2, "-0.25"),
            (1.005_01, 2, "1.01"), (0.1 + 0.2, 2, "0.3"), (2.0 / 3, 3, "0.667"), (0.05, 2, "0.05"), (-7.0, 0, "-7"),
            (1e-7, 3, "0"), (123_456.789, 1, "123456.8"), (0.000_5, 3, "0.001")
        ] as [(Double, Int, String)])
    func fixedDecimalsWithoutTrailingZerosOrNegativeZero(_ value: Double, _ decimals: Int, _ expected: String) {
        #expect(SVGNumber.format(value, decimals: decimals) == expected)
    }

    @Test func nonFiniteAndHugeValuesStayWellFormed() {
        #expect(SVGNumber.format(.nan) == "0")
        #expect(SVGNumber.format(.infinity) == "0")
        #expect(SVGNumber.format(1e300) == "1000000000000")
        #expect(SVGNumber.format(-1e300) == "-1000000000000")
    }

    @Test func neverAnExponentOrLocaleSeparator() {
        for value in stride(from: -1e6, through: 1e6, by: 12_345.678_9) {
            let text = SVGNumber.format(value * 1e-3, decimals: 3)
            #expect(text.allSatisfy { $0.isNumber || $0 == "." || $0 == "-" }, "\(text)")
            #expect(!text.hasPrefix("-0") || text.hasPrefix("-0."), "\(text)")
        }
    }

    @Test func hexIsTheEightBitColour() {
        #expect(SVGNumber.hex(Color(red: 1, green: 0, blue: 0.5)) == "#ff0080")
        #expect(SVGNumber.hex(Color(red: 2, green: -1, blue: .nan)) == "#ff0000")
        #expect(SVGNumber.hex(Color(gray: 0x21 / 255.0)) == "#212121")
    }
}
