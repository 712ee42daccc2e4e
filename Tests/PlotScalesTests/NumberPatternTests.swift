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
        (".3f", .noConversion, 0, 3)
    ])
    func refusedPatternsSayWhatAndWhere(
        _ pattern: String, _ problem: NumberPatternError.Problem, _ offset: Int,
        _ length: Int
    ) {
        #expect(
            throws: NumberPatternError(
                problem: problem, offset: offset, length: length,
                suggestion: problem == .lengthModifier("l") ? "%f" : nil)
        ) {
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

/// Random patterns over the characters that matter: parsing never traps, a refusal always points inside
/// the pattern, and an accepted pattern never leaves a `%` conversion unformatted.
@Suite("Number pattern properties")
struct NumberPatternPropertyTests {
    /// `%%` pairs read left to right, skipping each conversion's own `%`.
    static func escapedPercentSigns(in pattern: String) -> Int {
        let chars = Array(pattern)
        var count = 0
        var i = 0
        while i < chars.count {
            if chars[i] == "%", i + 1 < chars.count, chars[i + 1] == "%" {
                count += 1
                i += 2
            } else {
                i += 1
            }
        }
        return count
    }

    @Test func randomPatterns() {
        let alphabet = Array("%%%.-+ 0#123456789fegdiqnslh*$x")
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<5000 {
            let pattern = String((0..<(1 + next() % 9)).map { _ in alphabet[next() % alphabet.count] })
            do {
                let parsed = try NumberPattern(pattern)
                let text = parsed.format(-12.5)
                // Every `%` in the output comes from a `%%` in the pattern.
                #expect(text.count { $0 == "%" } == Self.escapedPercentSigns(in: pattern), "\(pattern) → \(text)")
            } catch {
                #expect(
                    error.offset >= 0 && error.length >= 1 && error.offset + error.length <= max(pattern.count, 1),
                    "\(pattern): \(error)")
            }
        }
    }

    /// The default placeholder pattern is built without parsing; it must be what parsing `%.3g` gives.
    @Test func threeSignificantDigitsIsTheParsedPattern() throws {
        #expect(NumberPattern.threeSignificantDigits == (try NumberPattern("%.3g")))
        #expect(NumberPattern.threeSignificantDigits.format(0.0123456) == "0.0123")
    }
}
