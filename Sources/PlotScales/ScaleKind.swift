#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Free functions so the enum's own `log10`/`log2` cases don't shadow libm inside its methods.
@usableFromInline func libmLog10(_ x: Double) -> Double { log10(x) }
@usableFromInline func libmLog2(_ x: Double) -> Double { log2(x) }
@usableFromInline func libmLog(_ x: Double) -> Double { log(x) }
@usableFromInline func libmPow(_ x: Double, _ y: Double) -> Double { pow(x, y) }
@usableFromInline func libmExp2(_ x: Double) -> Double { exp2(x) }
@usableFromInline func libmExp(_ x: Double) -> Double { exp(x) }

/// How a parameter's values map onto an axis: linearly or by a logarithm of some base.
public enum ScaleKind: String, Hashable, Sendable, CaseIterable {
    case linear
    case log10
    case log2
    case ln

    /// The value in the scale's own space: `log10(v)` for a log10 scale, `v` for a linear one.
    @inlinable
    public func forward(_ value: Double) -> Double {
        switch self {
        case .linear: value
        case .log10: libmLog10(value)
        case .log2: libmLog2(value)
        case .ln: libmLog(value)
        }
    }

    /// The inverse of `forward`.
    @inlinable
    public func inverse(_ scaled: Double) -> Double {
        switch self {
        case .linear: scaled
        case .log10: libmPow(10, scaled)
        case .log2: libmExp2(scaled)
        case .ln: libmExp(scaled)
        }
    }

    public var isLogarithmic: Bool { self != .linear }

    /// The logarithm's base, for log scales.
    public var base: Double? {
        switch self {
        case .linear: nil
        case .log10: 10
        case .log2: 2
        case .ln: M_E
        }
    }
}

/// A continuous scale: a domain of data values mapped to [0, 1] through a `ScaleKind`.
///
/// A log scale is a linear scale over the transformed domain; ticks and labels live in `Ticks.swift`.
public struct ContinuousScale: Hashable, Sendable {
    public var kind: ScaleKind
    /// Data-space bounds, `lower < upper`, both positive on log scales.
    public var lower: Double
    public var upper: Double

    public init(kind: ScaleKind, lower: Double, upper: Double) {
        self.kind = kind
        self.lower = lower
        self.upper = upper
    }

    /// Position of `value` along the scale, 0 at `lower`, 1 at `upper` (may fall outside for outliers).
    @inlinable
    public func normalize(_ value: Double) -> Double {
        let a = kind.forward(lower)
        let b = kind.forward(upper)
        return (kind.forward(value) - a) / (b - a)
    }

    /// The data value at normalised position `t`.
    @inlinable
    public func value(atNormalized t: Double) -> Double {
        let a = kind.forward(lower)
        let b = kind.forward(upper)
        return kind.inverse(a + t * (b - a))
    }
}
