/// Formats one tick value in `style`.
///
/// `step` is the distance between neighbouring labelled ticks when known: it fixes how many decimals plain
/// labels may show, which hides binary noise such as `0.30000000000000004`. Without it the shortest
/// round-trip decimal is used. Trailing zeros are dropped (`0.5`, not `0.50`) and zero never prints as `-0`.
/// Reusable for colour-bar ticks and annotation text.
public func formatTickValue(_ value: Double, style: TickLabelStyle, step: Double? = nil) -> String {
    guard value.isFinite else { return NumberFormat.nonFinite(value) }
    let v = cleaned(value, step: step)
    switch style {
    case .auto:
        let a = Swift.abs(v)
        return a == 0 || (a >= 1e-3 && a < 1e6)
            ? formatTickValue(v, style: .plain, step: step)
            : formatTickValue(v, style: .scientific, step: step)
    case .plain:
        if let step, step > 0, step.isFinite {
            let decimals = Swift.min(DecimalDigits(step).fractionDigitsNeeded, 15)
            return stripTrailingZeros(NumberFormat.fixed(v, decimals: decimals))
        }
        return NumberFormat.shortestPlain(v)
    case .scientific:
        return NumberFormat.scientific(v)
    case .power:
        return powerLabel(v, base: 10)
    case .percent:
        let scaledStep = step.map { $0 * 100 }
        return formatTickValue(cleaned(v * 100, step: scaledStep), style: .plain, step: scaledStep) + "%"
    case .format(let pattern):
        return pattern.format(v)
    }
}

/// Snaps `value` to the decimal grid implied by `step` (or to 12 significant digits) so arithmetic noise
/// from `i * step` never reaches the label.
func cleaned(_ value: Double, step: Double?) -> Double {
    if value == 0 { return 0 }  // also turns -0 into 0
    let rounded: DecimalDigits
    if let step, step > 0, step.isFinite {
        let decimals = DecimalDigits(step).fractionDigitsNeeded + 3
        rounded = DecimalDigits(value).rounded(
            significantDigits: Swift.max(1, DecimalDigits(value).exponent + decimals))
    } else {
        rounded = DecimalDigits(value).rounded(significantDigits: 12)
    }
    if rounded.isZero { return 0 }
    let text = (value < 0 ? "-" : "") + rounded.fixed(rounded.fractionDigitsNeeded)
    return Double(text) ?? value
}

/// `10⁻⁴`, `1`-less for exact powers; `2.5×10⁶` otherwise; `0` for zero. Base 2 gives `2⁵`, `3×2⁵`.
func powerLabel(_ value: Double, base: Int) -> String {
    if value == 0 { return "0" }
    let sign = value < 0 ? "-" : ""
    if base == 10 {
        let (_, mantissa, exponent) = NumberFormat.scientificParts(value, significantDigits: 12)
        return mantissa == "1" ? "\(sign)10\(superscript(exponent))" : "\(sign)\(mantissa)×10\(superscript(exponent))"
    }
    let e = Int(libmLog2(Swift.abs(value)).rounded(.down))
    let mantissa = Swift.abs(value) / libmExp2(Double(e))
    let m = stripTrailingZeros(NumberFormat.fixed(mantissa, decimals: 6))
    return m == "1" ? "\(sign)2\(superscript(e))" : "\(sign)\(m)×2\(superscript(e))"
}
