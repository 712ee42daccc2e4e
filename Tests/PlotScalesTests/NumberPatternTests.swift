import Testing
@testable import PlotScales

@Suite("Number patterns")
struct NumberPatternTests {
    @Test(arguments: ["%.2f", "%g", "%+08.3e", "%-5d|", "lr = %.0e", "%.1f%%", "%#.0f", "%50.17g", "%.f", "%i %G"])
    func supportedPatternsParse(_ pattern: String) throws {
        let parsed = try NumberPattern(pattern)
        #expect(parsed.format(0.25) == NumberFormat.format(0.25, pattern))
    }

    @Test func literalTextAndPercentSignsAreKept() throws {
        #expect(try NumberPattern("a %.1f%% b").format(12.34) == "a 12.3% b")
    }

    /// Each refused pattern, the problem, and where it starts and how long it is (in characters).
    @Test(arguments: [
        ("%.2q", NumberPatternError.Problem.unsupportedConversion("q"), 0, 4),
        ("x = %n", .unsupportedConversion("n"), 4, 2),
        ("%s", .unsupportedConversion("s"), 0, 2),
        ("%999999999d", .widthTooLarge(999_999_999), 1, 9),
        ("%51f", .widthTooLarge(51), 1, 2),
        ("%.18f", .precisionTooLarge(18), 2, 2),
        ("%lf", .lengthModifier("l"), 0, 3),
        ("%*d", .argumentReference, 0, 2),
        ("%1$f", .argumentReference, 0, 3),
        ("%.*f", .argumentReference, 0, 3),
        ("100%", .danglingPercent, 3, 1),
        ("%5.2", .danglingPercent, 0, 4),
        ("100%%", .noConversion, 0, 5),
        (".3f", .noConversion, 0, 3),
    ])
    func refusedPatternsSayWhatAndWhere(_ pattern: String, _ problem: NumberPatternError.Problem, _ offset: Int,
                                        _ length: Int)
    {
        #expect(throws: NumberPatternError(problem: problem, offset: offset, length: length,
                                           suggestion: problem == .lengthModifier("l") ? "%f" : nil)) {
            try NumberPattern(pattern)
        }
    }

    @Test func hugeWidthsSaturateInsteadOfOverflowing() {
        let digits = String(repeating: "9", count: 400)
        #expect(throws: NumberPatternError.self) { try NumberPattern("%" + digits + "f") }
    }

    @Test func programPatternsStillFormat() {
        #expect(NumberFormat.format(0.5, "%.3g") == "0.5")
        // A pattern the program gets wrong comes back unchanged rather than half-formatted.
        #expect(NumberFormat.format(1, "%q") == "%q")
    }
}
