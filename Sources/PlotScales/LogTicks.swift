/// Ticks for logarithmic axes.
///
/// Decisions (documented for users):
/// - log10 and ln axes share decade ticks. An ln axis is geometrically identical to a log10 axis (only
///   the data's meaning differs), and powers of e (e⁻³ ≈ 0.0498) are unreadable as hyperparameter values.
/// - Several decades: majors at 10ⁿ, labelled `10ⁿ` by default (including `10⁰` and `10¹`, like
///   matplotlib). When there are more decades than `targetCount + 1`, only every 2nd, 3rd, … decade is
///   labelled (both ends when the stride fits, otherwise multiples of the stride); the others become
///   unlabelled minor ticks. Minor ticks at 2…9 × 10ⁿ appear when every decade is labelled and the axis
///   spans at most 10 decades.
/// - Fewer than three decade ticks: labelled ticks at {1, 2, 5}, then {1, 2, 3, 5}, then 1…9 × 10ⁿ —
///   the first set giving at least three; remaining 1…9 multiples become minors. If even 1…9 gives fewer
///   than two ticks the axis falls back to linear ticks on the data values.
/// - log2: majors at powers of two labelled as integers (8, 16, …, 2048); below 1 as fractions `1/2` …
///   `1/64`; on axes reaching below 1/64 or up to 2²⁰ every power is written `2ⁿ` (2⁻⁸ … 2⁰ … 2³). Thinned like decades. With fewer
///   than three powers, 1.5 × 2ⁿ (6, 12, 24, …) is added; with fewer than two ticks, linear fallback.
enum LogTicks {
    static let epsilon = 1e-9

    static func decadeTicks(lower: Double, upper: Double, target: Int, style: TickLabelStyle) -> [Tick] {
        let a = libmLog10(lower)
        let b = libmLog10(upper)
        let exponents = integers(from: a, to: b)
        let labelStyle: TickLabelStyle = style == .auto ? .power : style
        if exponents.count >= 3 {
            let stride = labelStride(exponents, target: target)
            var ticks: [Tick] = []
            for e in exponents {
                let v = decade(e)
                let labelled = isLabelled(e, exponents, stride)
                ticks.append(
                    Tick(value: v, label: labelled ? formatTickValue(v, style: labelStyle) : nil, isMajor: labelled))
            }
            if stride == 1 && b - a <= 10 {
                ticks += mantissaTicks(Array(2...9), lower: lower, upper: upper, labelled: false, style: labelStyle)
            }
            return ticks
        }
        for set in [[1, 2, 5], [1, 2, 3, 5], Array(1...9)] {
            let labelled = mantissaTicks(set, lower: lower, upper: upper, labelled: true, style: labelStyle)
            guard labelled.count >= 3 || (set.count == 9 && labelled.count >= 2) else { continue }
            let rest = Array(Set(1...9).subtracting(set)).sorted()
            return labelled + mantissaTicks(rest, lower: lower, upper: upper, labelled: false, style: labelStyle)
        }
        return LinearTicks.ticks(
            lower: lower, upper: upper, target: target,
            style: style == .auto ? .auto : style, integerOnly: false)
    }

    static func octaveTicks(lower: Double, upper: Double, target: Int, style: TickLabelStyle) -> [Tick] {
        let a = libmLog2(lower)
        let b = libmLog2(upper)
        let exponents = integers(from: a, to: b)
        var values: [(value: Double, exponent: Int?)] = exponents.map { (libmExp2(Double($0)), $0) }
        if exponents.count < 3 {
            for e in integers(from: a - 1, to: b) {
                let v = 1.5 * libmExp2(Double(e))
                if v >= lower * (1 - epsilon) && v <= upper * (1 + epsilon) { values.append((v, nil)) }
            }
            values.sort { $0.value < $1.value }
        }
        guard values.count >= 2 else {
            return LinearTicks.ticks(lower: lower, upper: upper, target: target, style: style, integerOnly: false)
        }
        let stride = exponents.count >= 3 ? labelStride(exponents, target: target) : 1
        // One notation per axis: powers everywhere once either end gets unwieldy.
        let powers = (exponents.min() ?? 0) < -6 || (exponents.max() ?? 0) >= 20
        return values.map { item in
            let labelled = item.exponent.map { isLabelled($0, exponents, stride) } ?? true
            guard labelled else { return Tick(value: item.value, label: nil, isMajor: false) }
            let label =
                style == .auto
                ? octaveLabel(item.value, exponent: item.exponent, powers: powers)
                : (style == .power ? powerLabel(item.value, base: 2) : formatTickValue(item.value, style: style))
            return Tick(value: item.value, label: label, isMajor: true)
        }
    }

    /// Integers within [a, b] with a small tolerance, as exponents.
    static func integers(from a: Double, to b: Double) -> [Int] {
        let lo = (a - epsilon).rounded(.up)
        let hi = (b + epsilon).rounded(.down)
        guard lo.isFinite, hi.isFinite, lo <= hi, hi - lo < 2000 else { return [] }
        return Array(Int(lo)...Int(hi))
    }

    /// `10^e`, by division for negative powers so 1e-4 is the double nearest 0.0001.
    static func decade(_ e: Int) -> Double {
        e >= 0 ? libmPow(10, Double(e)) : 1 / libmPow(10, Double(-e))
    }

    /// The smallest stride from a nice list that keeps labelled exponents within `target + 1`.
    static func labelStride(_ exponents: [Int], target: Int) -> Int {
        for stride in [1, 2, 3, 4, 5, 6, 10, 20, 50, 100, 200, 500, 1000] {
            let count = exponents.filter { isLabelled($0, exponents, stride) }.count
            if count <= target + 1 { return stride }
        }
        return 1000
    }

    /// Anchor at the lowest exponent when that labels both ends, else at multiples of the stride.
    static func isLabelled(_ e: Int, _ exponents: [Int], _ stride: Int) -> Bool {
        guard let first = exponents.first, let last = exponents.last else { return false }
        let anchor = (last - first) % stride == 0 ? first : 0
        return ((e - anchor) % stride + stride) % stride == 0
    }

    /// Ticks at `m × 10ⁿ` for each mantissa in `set` inside [lower, upper].
    static func mantissaTicks(_ set: [Int], lower: Double, upper: Double, labelled: Bool, style: TickLabelStyle)
        -> [Tick]
    {
        var ticks: [Tick] = []
        for e in integers(from: libmLog10(lower) - 1, to: libmLog10(upper)) {
            for m in set {
                let v = e >= 0 ? Double(m) * decade(e) : Double(m) / libmPow(10, Double(-e))
                guard v >= lower * (1 - epsilon), v <= upper * (1 + epsilon) else { continue }
                ticks.append(
                    Tick(value: v, label: labelled ? formatTickValue(v, style: style) : nil, isMajor: labelled))
            }
        }
        return ticks
    }

    /// Default log2 labels: integers, fractions `1/2ⁿ`, or `2ⁿ` for the extremes.
    static func octaveLabel(_ value: Double, exponent: Int?, powers: Bool) -> String {
        guard let e = exponent else {
            return value >= 1 ? NumberFormat.shortestPlain(value) : formatTickValue(value, style: .plain)
        }
        if powers { return "2\(superscript(e))" }
        if e >= 0 { return NumberFormat.shortestPlain(value) }
        return "1/\(Int(libmExp2(Double(-e))))"
    }
}
