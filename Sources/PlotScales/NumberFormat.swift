/// A locale-free printf subset for tick, colour-bar and annotation text.
///
/// Supported: `%[flags][width][.precision]conv` with flags `-` `+` space `0` `#`, conversions
/// `f F e E g G d i`, and `%%`. Every conversion in the pattern formats the same value; text around them is
/// copied. Differences from C, chosen for readable plots:
/// - exponents are not zero-padded and carry no `+`: `%.0e` of 0.0001 is `1e-4`, of 2e6 is `2e6`;
/// - rounding is half away from zero on the shortest decimal form (`%.2f` of 2.675 is `2.68`);
/// - a value that rounds to zero never prints as `-0`;
/// - `%d` rounds rather than truncates.
/// Patterns are parsed by `NumberPattern`, which refuses anything outside the subset with its position.
public enum NumberFormat {
    /// Formats `value` with a printf-style `pattern` (see `NumberPattern` for the accepted subset).
    ///
    /// For patterns the program itself writes (`%g`, `%.3g`); user patterns are parsed once by the decoder
    /// into a `NumberPattern`. An invalid pattern here is a programming error and comes back unchanged.
    public static func format(_ value: Double, _ pattern: String) -> String {
        guard let parsed = try? NumberPattern(pattern) else { return pattern }
        return parsed.format(value)
    }

    /// Fixed notation with `decimals` fraction digits, never `-0`.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return nonFinite(value) }
        let d = DecimalDigits(value).rounded(fractionDigits: decimals)
        let body = d.fixed(decimals)
        return value < 0 && !d.isZero ? "-" + body : body
    }

    /// The shortest plain decimal that round-trips, without exponent: `0.0001`, `2048`, `0.25`.
    public static func shortestPlain(_ value: Double) -> String {
        guard value.isFinite else { return nonFinite(value) }
        let d = DecimalDigits(value)
        let body = d.fixed(d.fractionDigitsNeeded)
        return value < 0 && !d.isZero ? "-" + body : body
    }

    /// Compact scientific notation, trailing mantissa zeros removed: `1e-4`, `2.5e6`, `0`.
    public static func scientific(_ value: Double, significantDigits: Int = 15) -> String {
        let (sign, mantissa, exponent) = scientificParts(value, significantDigits: significantDigits)
        if mantissa == "0" { return "0" }
        return "\(sign)\(mantissa)e\(exponent)"
    }

    /// Sign, trimmed mantissa and power of ten; mantissa `"0"` for zero.
    static func scientificParts(_ value: Double, significantDigits: Int) -> (String, String, Int) {
        let d = DecimalDigits(value).rounded(significantDigits: significantDigits)
        if d.isZero { return ("", "0", 0) }
        let (m, e) = d.scientific(Swift.max(0, d.digits.count - 1))
        return (value < 0 ? "-" : "", stripTrailingZeros(m), e)
    }

    static func nonFinite(_ value: Double) -> String {
        value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf")
    }
}

/// Formats `value` with a printf-subset `format` (see `NumberFormat`).
public func formatNumber(_ value: Double, format: String) -> String {
    NumberFormat.format(value, format)
}

// MARK: - Conversion specs

extension NumberFormat {
    /// One parsed `%…` conversion.
    struct Spec: Hashable, Sendable {
        var leftAlign = false, plus = false, space = false, zeroPad = false, alternate = false
        var width = 0
        var precision: Int?
        var conversion: Character = "f"

        func apply(_ value: Double) -> String {
            var (body, isZero) = value.isFinite ? self.body(abs(value)) : (NumberFormat.nonFinite(abs(value)), false)
            if conversion.isUppercase { body = body.uppercased() }
            let sign = value < 0 && !isZero && !value.isNaN ? "-" : (plus ? "+" : (space ? " " : ""))
            let padCount = width - sign.count - body.count
            guard padCount > 0 else { return sign + body }
            if leftAlign { return sign + body + String(repeating: " ", count: padCount) }
            if zeroPad && value.isFinite { return sign + String(repeating: "0", count: padCount) + body }
            return String(repeating: " ", count: padCount) + sign + body
        }

        /// The unsigned text and whether it rounded to zero.
        private func body(_ magnitude: Double) -> (String, Bool) {
            let d = DecimalDigits(magnitude)
            switch conversion {
            case "d", "i":
                let r = d.rounded(fractionDigits: 0)
                return (r.fixed(0), r.isZero)
            case "e", "E":
                let p = precision ?? 6
                let (m, e) = d.scientific(p)
                let mantissa = alternate && p == 0 ? m + "." : m
                return ("\(mantissa)e\(e)", d.rounded(significantDigits: p + 1).isZero)
            case "g", "G":
                let p = Swift.max(precision ?? 6, 1)
                let r = d.rounded(significantDigits: p)
                let x = r.isZero ? 0 : r.exponent - 1
                var text: String
                if x < p && x >= -4 {
                    text = r.fixed(p - 1 - x)
                } else {
                    let (m, e) = r.scientific(p - 1)
                    text = (alternate ? m : stripTrailingZeros(m)) + "e\(e)"
                    return (text, r.isZero)
                }
                if !alternate { text = stripTrailingZeros(text) }
                return (text, r.isZero)
            default:
                let p = precision ?? 6
                let r = d.rounded(fractionDigits: p)
                let text = r.fixed(p)
                return (alternate && p == 0 ? text + "." : text, r.isZero)
            }
        }
    }
}
