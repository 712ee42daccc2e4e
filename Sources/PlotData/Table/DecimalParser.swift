#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a number from the bytes of one cell, fast enough for a million rows.
///
/// Accepts an optional sign, digits with an optional fraction, and an optional exponent (`-1.5e-3`,
/// `.5`, `3.`), plus `nan`, `inf` and `infinity` in any case, with an optional sign; spaces and tabs
/// around the number are allowed. Hex floats, `1_000` and thousands separators are not numbers. Most cells
/// (up to 19 significant digits, a power of ten within 10^±22) are converted exactly with one multiply or
/// divide (Clinger's fast path); the rest go through `strtod`, so every result is correctly rounded.
enum DecimalParser {
    /// The number the bytes spell, or nil when they are not a number.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        guard start < end else { return nil }
        var index = start
        var negative = false
        if bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var significant = 0
        var exponent = 0
        var truncated = false
        while index < end, let digit = digitValue(bytes[index]) {
            accumulate(digit, into: &mantissa, significant: &significant, truncated: &truncated, exponent: &exponent)
            digits += 1
            index += 1
        }
        if index < end, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < end, let digit = digitValue(bytes[index]) {
                accumulate(
                    digit, into: &mantissa, significant: &significant, truncated: &truncated, exponent: &exponent)
                exponent -= 1
                digits += 1
                index += 1
            }
        }
        guard digits > 0 else { return special(bytes, from: index, to: end, negative: negative) }
        if index < end, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            var exponentNegative = false
            if index < end, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            var written = 0
            var exponentDigits = 0
            while index < end, let digit = digitValue(bytes[index]) {
                if written < 100_000 { written = written * 10 + Int(digit) }
                exponentDigits += 1
                index += 1
            }
            guard exponentDigits > 0 else { return nil }
            exponent += exponentNegative ? -written : written
        }
        guard index == end else { return nil }
        if !truncated, mantissa <= 1 << 53, exponent >= -22, exponent <= 22 {
            let value = Double(mantissa)
            let scaled = exponent >= 0 ? value * powersOfTen[exponent] : value / powersOfTen[-exponent]
            return negative ? -scaled : scaled
        }
        return slowPath(bytes, from: start, to: end)
    }

    /// Adds one digit, counting digits past the 19th as a power of ten instead (they no longer fit).
    @inline(__always)
    private static func accumulate(
        _ digit: UInt8, into mantissa: inout UInt64, significant: inout Int, truncated: inout Bool,
        exponent: inout Int
    ) {
        if significant < 19 {
            mantissa = mantissa &* 10 &+ UInt64(digit)
            if mantissa != 0 { significant += 1 }
        } else {
            if digit != 0 { truncated = true }
            exponent += 1
        }
    }

    @inline(__always)
    private static func digitValue(_ byte: UInt8) -> UInt8? {
        let value = byte &- UInt8(ascii: "0")
        return value < 10 ? value : nil
    }

    /// `nan`, `inf`, `infinity` (any case) after an optional sign.
    private static func special(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, negative: Bool)
        -> Double?
    {
        var word: [UInt8] = []
        for index in start..<end {
            word.append(bytes[index] | 0x20)
        }
        switch String(decoding: word, as: UTF8.self) {
        case "nan": return .nan
        case "inf", "infinity": return negative ? -.infinity : .infinity
        default: return nil
        }
    }

    /// `strtod` on a NUL-terminated copy, for the numbers the fast path cannot convert exactly.
    private static func slowPath(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Double? {
        let count = end - start
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: count + 1) { buffer in
            for offset in 0..<count { buffer[offset] = CChar(bitPattern: bytes[start + offset]) }
            buffer[count] = 0
            guard let base = buffer.baseAddress else { return nil }
            var stop: UnsafeMutablePointer<CChar>?
            let value = strtod(base, &stop)
            guard let stop, stop == base + count else { return nil }
            return value
        }
    }

    private static let powersOfTen: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }
}
