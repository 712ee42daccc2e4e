import Foundation
import Testing

@testable import PlotData

@Suite struct DecimalParserTests {
    private func parse(_ text: String) -> Double? {
        Array(text.utf8).withUnsafeBufferPointer { DecimalParser.parse($0) }
    }

    @Test(arguments: [
        "0", "-0", "1", "+1", "3.", ".5", "-.5e-3", "1e5", "1E+05", "0.1", "0.30000000000000004",
        "123456789012345678901",
        "2.2250738585072014e-308", "4.9e-324", "1.7976931348623157e308", "1e400", "-1e400",
        "0.000001234567890123456789",
        "9007199254740993", "1e-22", "1e22", "1e23", " 42 ", "\t7"
    ])
    func numbersMatchTheStandardLibrary(text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let standard = Double(trimmed.hasPrefix("+") ? String(trimmed.dropFirst()) : trimmed)
        #expect(parse(text)?.bitPattern == standard?.bitPattern, "\(text)")
    }

    @Test func randomDecimalsRoundLikeTheStandardLibrary() {
        var random = SplitMix(seed: 11)
        for _ in 0..<20_000 {
            let digits = String(random.next() % 10_000_000_000_000_000_000)
            let exponent = Int(random.next() % 80) - 40
            let text = "\(digits.prefix(1)).\(digits.dropFirst())e\(exponent)"
            #expect(parse(text)?.bitPattern == Double(text)?.bitPattern, "\(text)")
        }
    }

    @Test(arguments: ["nan", "NaN", "-nan", "inf", "-Infinity", "INF"])
    func nonFiniteSpellings(text: String) throws {
        let value = try #require(parse(text))
        #expect(!value.isFinite)
        #expect(value.isNaN == text.lowercased().contains("nan"))
    }

    @Test(arguments: ["", " ", "abc", "1.2.3", "1e", "e5", "--1", "0x10", "1_000", "1,5", "5%", ".", "-", "infinit"])
    func textIsNotANumber(text: String) {
        #expect(parse(text) == nil)
    }
}
