/// "Nice" ticks for linear axes: steps of 1, 2, 2.5 or 5 times a power of ten (Heckbert's nice numbers,
/// scored against the target count the way Wilkinson's extended algorithm trades simplicity for density).
enum LinearTicks {
    /// A candidate step `mantissa × 10^power`, kept symbolic so tick values are computed exactly.
    struct Step {
        var mantissa: Double
        var power: Int
        /// Preference among equally dense steps; 2.5 gives awkward labels on count-like axes.
        var penalty: Double

        var value: Double { scaled(1) }

        /// `i × step`, dividing by an exact power of ten for negative powers so `3 × 0.1` prints as 0.3.
        func scaled(_ i: Double) -> Double {
            power >= 0 ? i * mantissa * libmPow(10, Double(power)) : i * mantissa / libmPow(10, Double(-power))
        }

        /// Integer indices `i` with `i × step` inside [lower, upper], with a relative epsilon.
        func range(_ lower: Double, _ upper: Double) -> ClosedRange<Int>? {
            let s = value
            let lo = (lower / s - 1e-9).rounded(.up)
            let hi = (upper / s + 1e-9).rounded(.down)
            guard lo.isFinite, hi.isFinite, lo <= hi, Swift.abs(lo) < 1e15, Swift.abs(hi) < 1e15 else { return nil }
            return Int(lo)...Int(hi)
        }

        /// How many minor intervals split one major interval.
        var minorDivisions: Int { mantissa == 2 ? 4 : 5 }
    }

    static func ticks(lower: Double, upper: Double, target: Int, style: TickLabelStyle, integerOnly: Bool) -> [Tick] {
        if upper - lower <= Swift.abs(upper) * 1e-12 || upper == lower {
            return [Tick(value: lower, label: formatTickValue(lower, style: resolved(style, [lower])), isMajor: true)]
        }
        guard let step = bestStep(lower: lower, upper: upper, target: target, integerOnly: integerOnly),
            let range = step.range(lower, upper)
        else { return [] }
        let values = range.map { step.scaled(Double($0)) }
        let labelStyle = resolved(style, values)
        var ticks = values.map {
            Tick(
                value: $0 == 0 ? 0 : $0, label: formatTickValue($0, style: labelStyle, step: step.value), isMajor: true)
        }
        ticks += minors(step: step, lower: lower, upper: upper, integerOnly: integerOnly)
        return ticks
    }

    /// `.auto` on a linear axis: plain decimals unless the magnitudes call for e-notation (decided once per
    /// axis so all labels share a style).
    static func resolved(_ style: TickLabelStyle, _ values: [Double]) -> TickLabelStyle {
        guard style == .auto else { return style }
        let biggest = values.map { Swift.abs($0) }.max() ?? 0
        return biggest >= 1e6 || (biggest > 0 && biggest < 1e-3) ? .scientific : .plain
    }

    /// The step whose tick count is closest to `target`, preferring simpler mantissas and then fewer ticks.
    static func bestStep(lower: Double, upper: Double, target: Int, integerOnly: Bool) -> Step? {
        let span = upper - lower
        guard span.isFinite, span > 0 else { return nil }
        let base = Int((libmLog10(span / Double(target))).rounded(.down))
        var best: (Step, Double)?
        for power in (base - 1)...(base + 2) {
            if integerOnly && power < 0 { continue }
            for (mantissa, penalty) in [(1.0, 0.0), (5.0, 0.1), (2.0, 0.2), (2.5, 1.2)] {
                if integerOnly && mantissa == 2.5 && power < 1 { continue }
                let step = Step(mantissa: mantissa, power: power, penalty: penalty)
                guard let r = step.range(lower, upper) else { continue }
                let count = r.count
                let score = Double(Swift.abs(count - target)) + penalty + (count < 2 ? 100 : 0)
                if best.map({ score < $0.1 || (score == $0.1 && step.value > $0.0.value) }) ?? true {
                    best = (step, score)
                }
            }
        }
        if best == nil && integerOnly {
            return Step(mantissa: 1, power: 0, penalty: 0)  // a range narrower than 1 on an integer axis
        }
        return best?.0
    }

    /// Unlabelled ticks between (and beyond) the majors, skipping the majors themselves.
    static func minors(step: Step, lower: Double, upper: Double, integerOnly: Bool) -> [Tick] {
        var divisions = step.minorDivisions
        if integerOnly {
            let majorStep = step.value
            if (majorStep / Double(divisions)).rounded() != majorStep / Double(divisions) {
                guard majorStep >= 2 else { return [] }
                divisions = Int(majorStep)  // whole-number minors: one per unit
                if divisions > 10 { return [] }
            }
        }
        var minor = Step(mantissa: step.mantissa / Double(divisions), power: step.power, penalty: 0)
        while minor.mantissa < 1 && minor.mantissa.rounded() != minor.mantissa {
            minor.mantissa *= 10  // keep the mantissa whole so minor values are exact decimals
            minor.power -= 1
        }
        guard let r = minor.range(lower, upper), r.count < 10_000 else { return [] }
        return r.compactMap { i in
            i % divisions == 0 ? nil : Tick(value: minor.scaled(Double(i)), label: nil, isMajor: false)
        }
    }
}
