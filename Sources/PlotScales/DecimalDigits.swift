/// A non-negative finite number as decimal digits: `0.d₁d₂d₃… × 10^exponent`.
///
/// Built from Swift's shortest round-trip representation, so `0.1 + 0.2` style binary noise never turns
/// into printed digits, and rounding happens on the decimal digits a reader would expect
/// (`2.675` rounds to `2.68`, half away from zero). Everything here is locale-free and deterministic.
struct DecimalDigits: Hashable, Sendable {
    /// Significant digits, no leading or trailing zeros; empty means zero.
    var digits: [UInt8]
    /// Position of the decimal point relative to the first digit.
    var exponent: Int

    var isZero: Bool { digits.isEmpty }

    /// Decomposes `abs(value)`; callers handle the sign, NaN and infinities.
    init(_ value: Double) {
        digits = []
        exponent = 0
        let text = "\(Swift.abs(value))"
        var mantissa = Substring(text)
        var exp10 = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exp10 = Int(String(text[text.index(after: e)...].filter { $0 != "+" })) ?? 0
        }
        var integerCount = 0
        var seenPoint = false
        for ch in mantissa {
            if ch == "." {
                seenPoint = true
                continue
            }
            guard let d = ch.wholeNumberValue else { continue }
            digits.append(UInt8(d))
            if !seenPoint { integerCount += 1 }
        }
        exponent = integerCount + exp10
        while let first = digits.first, first == 0 {
            digits.removeFirst()
            exponent -= 1
        }
        while let last = digits.last, last == 0 { digits.removeLast() }
        if digits.isEmpty { exponent = 0 }
    }

    /// Keeps the first `count` digits, rounding half away from zero on the next one.
    func keeping(_ count: Int) -> DecimalDigits {
        if count >= digits.count { return self }
        var result = self
        if count < 0 {
            result.digits = []
            result.exponent = 0
            return result
        }
        let roundUp = digits[count] >= 5
        result.digits = Array(digits[..<count])
        if roundUp {
            var i = count - 1
            while i >= 0 {
                if result.digits[i] == 9 {
                    result.digits[i] = 0
                    i -= 1
                } else {
                    result.digits[i] += 1
                    break
                }
            }
            if i < 0 {
                result.digits.insert(1, at: 0)
                result.exponent += 1
            }
        }
        while let last = result.digits.last, last == 0 { result.digits.removeLast() }
        if result.digits.isEmpty { result.exponent = 0 }
        return result
    }

    /// Rounded to `n` digits after the decimal point.
    func rounded(fractionDigits n: Int) -> DecimalDigits { keeping(exponent + n) }

    /// Rounded to `n` significant digits.
    func rounded(significantDigits n: Int) -> DecimalDigits { keeping(Swift.max(n, 1)) }

    /// The digit at decimal position `p`, where 0 is the first digit left of the point, -1 the first right.
    private func digit(atPosition p: Int) -> UInt8 {
        let index = exponent - 1 - p
        return index >= 0 && index < digits.count ? digits[index] : 0
    }

    /// The smallest number of fraction digits that shows every significant digit.
    var fractionDigitsNeeded: Int { Swift.max(0, digits.count - exponent) }

    /// Fixed notation with exactly `n` fraction digits (the caller rounds first).
    func fixed(_ n: Int) -> String {
        var out = ""
        let top = Swift.max(exponent - 1, 0)
        for p in stride(from: top, through: 0, by: -1) { out.append(Character("\(digit(atPosition: p))")) }
        if n > 0 {
            out.append(".")
            for p in 1...n { out.append(Character("\(digit(atPosition: -p))")) }
        }
        return out
    }

    /// Scientific parts: mantissa text with `n` fraction digits and the power of ten (rounds itself).
    func scientific(_ n: Int) -> (mantissa: String, exponent: Int) {
        let r = rounded(significantDigits: n + 1)
        if r.isZero { return (DecimalDigits(0).fixed(n), 0) }
        var shifted = r
        shifted.exponent = 1
        return (shifted.fixed(n), r.exponent - 1)
    }
}

/// Removes trailing fraction zeros and a dangling point: `"2.50"` → `"2.5"`, `"3.00"` → `"3"`.
func stripTrailingZeros(_ text: String) -> String {
    guard text.contains(".") else { return text }
    var s = Substring(text)
    while s.last == "0" { s = s.dropLast() }
    if s.last == "." { s = s.dropLast() }
    return String(s)
}
