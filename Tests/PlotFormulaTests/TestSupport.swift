import PlotDiagnostics
import Testing

@testable import PlotFormula

/// Swift Testing has its own `SourceLocation`; in these tests the name means the diagnostics one.
typealias SourceLocation = PlotDiagnostics.SourceLocation
typealias Expression = PlotFormula.Expression

/// Where test formulas pretend to sit: line 3 of `spec.yaml`.
func location(column: Int = 1) -> SourceLocation {
    SourceLocation(file: "spec.yaml", line: 3, column: column)
}

/// Parses `text`, or records a test failure and returns the number 0.
func parsed(_ text: String, column: Int = 1) -> Expression {
    switch FormulaParser.parse(text, start: location(column: column)) {
    case .success(let expr): return expr
    case .failure(let error):
        Issue.record("'\(text)' did not parse: \(error.diagnostics.map(\.message))")
        return .num(0)
    }
}

/// The single diagnostic parsing `text` produces, or nil (recording a failure) if it parses.
func syntaxError(_ text: String, column: Int = 1, exact: Bool = true) -> Diagnostic? {
    switch FormulaParser.parse(text, start: location(column: column), columnsAreExact: exact) {
    case .success:
        Issue.record("'\(text)' parsed but should not have")
        return nil
    case .failure(let error):
        #expect(error.diagnostics.count == 1)
        return error.diagnostics.first
    }
}

/// Compiles `text` over `variables`, recording a failure if it does not compile.
func compiled(_ text: String, _ variables: [String]) -> CompiledFormula? {
    do {
        return try CompiledFormula(parsed(text), variables: variables)
    } catch {
        Issue.record("'\(text)' did not compile: \(error.diagnostics.map(\.message))")
        return nil
    }
}

/// Deterministic pseudo-random numbers (SplitMix64), so failures reproduce.
struct SplitMix {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func uniform(_ range: ClosedRange<Double>) -> Double {
        let unit = Double(next() >> 11) / Double(1 << 53)
        return range.lowerBound + unit * (range.upperBound - range.lowerBound)
    }
}

/// Equal as bit patterns of meaning: same number, or both NaN.
func same(_ x: Double, _ y: Double) -> Bool {
    x == y || (x.isNaN && y.isNaN)
}
