/// One tick on an axis or colour bar: a data value, its label (majors only) and its rank.
public struct Tick: Hashable, Sendable {
    /// Position in data space (not normalised).
    public var value: Double
    /// Text to draw; `nil` for unlabelled (minor, or thinned-out major) ticks.
    public var label: String?
    /// Major ticks are drawn longer and may carry grid lines.
    public var isMajor: Bool

    public init(value: Double, label: String?, isMajor: Bool) {
        self.value = value
        self.label = label
        self.isMajor = isMajor
    }
}

/// How tick values become text.
public enum TickLabelStyle: Hashable, Sendable {
    /// Per scale kind: plain decimals on linear axes (scientific beyond 1e6 or below 1e-3), `10ⁿ` on log10
    /// and ln axes, integers / fractions / `2ⁿ` on log2 axes.
    case auto
    /// Decimals with as few digits as distinguish the ticks: `0`, `0.25`, `0.5`.
    case plain
    /// Compact e-notation: `1e-4`, `2.5e6`.
    case scientific
    /// Powers of the axis base with Unicode superscripts: `10⁻⁴`, `2.5×10⁶` (`2ⁿ` on log2 axes).
    case power
    /// The value times 100 with a `%` sign: 0.25 → `25%`.
    case percent
    /// A printf subset, parsed and validated (see `NumberPattern`).
    case format(NumberPattern)
}

// MARK: - Tick generation

extension ContinuousScale {
    /// Ticks for this scale's domain, sorted by value; majors carry labels, minors don't.
    ///
    /// - Parameters:
    ///   - targetCount: roughly how many labelled ticks are wanted; the result may differ by a few so that
    ///     steps stay "nice" (1-2-5 on linear axes, whole decades or octaves on log axes).
    ///   - labelStyle: how values are printed.
    ///   - integerOnly: drop every tick that is not a whole number (step counts, layer counts).
    public func ticks(targetCount: Int = 6, labelStyle: TickLabelStyle = .auto, integerOnly: Bool = false) -> [Tick] {
        var lo = Swift.min(lower, upper)
        let hi = Swift.max(lower, upper)
        let target = Swift.max(targetCount, 2)
        guard lo.isFinite, hi.isFinite else { return [] }
        if kind.isLogarithmic {
            guard hi > 0 else { return [] }
            if lo <= 0 { lo = hi / 1e6 }  // a log axis can't start at zero; the IR shouldn't produce this
        }
        var ticks: [Tick]
        switch kind {
        case .linear:
            ticks = LinearTicks.ticks(lower: lo, upper: hi, target: target, style: labelStyle, integerOnly: integerOnly)
        case .log10, .ln:
            ticks = LogTicks.decadeTicks(lower: lo, upper: hi, target: target, style: labelStyle)
        case .log2:
            ticks = LogTicks.octaveTicks(lower: lo, upper: hi, target: target, style: labelStyle)
        }
        if integerOnly && kind.isLogarithmic {
            ticks.removeAll { $0.value.rounded() != $0.value }
        }
        return ticks.sorted { $0.value < $1.value }
    }
}

/// Unicode superscript form of an integer: -4 → `⁻⁴`.
func superscript(_ n: Int) -> String {
    let map: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹", "-": "⁻"
    ]
    return String(String(n).map { map[$0] ?? $0 })
}
