#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The functions a formula may call, with their arity and argument types.
public struct Builtin: Sendable, Hashable {
    /// How many arguments a builtin accepts.
    public enum Arity: Sendable, Hashable {
        case exactly(Int)
        case atLeast(Int)
        case oneOf([Int])

        public func accepts(_ count: Int) -> Bool {
            switch self {
            case .exactly(let n): count == n
            case .atLeast(let n): count >= n
            case .oneOf(let counts): counts.contains(count)
            }
        }

        /// "1 argument", "at least 2 arguments", "1 or 3 arguments".
        public var phrase: String {
            switch self {
            case .exactly(let n): Self.count(n)
            case .atLeast(let n): "at least " + Self.count(n)
            case .oneOf(let counts):
                counts.dropLast().map(String.init).joined(separator: ", ")
                    + " or " + Self.count(counts.last ?? 0)
            }
        }

        private static func count(_ n: Int) -> String { n == 1 ? "1 argument" : "\(n) arguments" }
    }

    public var name: String
    public var arity: Arity

    /// Every builtin; `if` is the only one with a boolean argument.
    public static let all: [String: Builtin] = {
        let unary = [
            "exp", "log", "ln", "log10", "log2", "sqrt", "abs", "floor", "ceil", "round",
            "sin", "cos", "tanh", "sigmoid"
        ]
        var table: [String: Builtin] = [:]
        for name in unary { table[name] = Builtin(name: name, arity: .exactly(1)) }
        let others: [(String, Arity)] = [
            ("min", .atLeast(2)), ("max", .atLeast(2)), ("clamp", .exactly(3)), ("pow", .exactly(2)),
            ("gauss", .oneOf([1, 3])), ("if", .exactly(3))
        ]
        for (name, arity) in others { table[name] = Builtin(name: name, arity: arity) }
        return table
    }()

    /// Builtin names in a stable order, for suggestions and documentation.
    public static let names: [String] = all.keys.sorted()
}

/// Named constants, used only where no variable has the same name.
public enum FormulaConstants {
    public static let values: [String: Double] = ["pi": Double.pi, "e": M_E]
}

/// The scalar meaning of every operation. Both constant folding and the columnar kernels call these, so
/// a folded constant is bit-for-bit what evaluation would have produced.
enum ScalarMath {
    @inline(__always) static func bool(_ b: Bool) -> Double { b ? 1 : 0 }
    @inline(__always) static func truthy(_ x: Double) -> Bool { x != 0 }
    @inline(__always) static func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
    @inline(__always) static func gauss(_ x: Double) -> Double { exp(-(x * x) / 2) }
    /// Rounds half away from zero (`round(2.5) = 3`, `round(-2.5) = -3`).
    @inline(__always) static func roundHalfAway(_ x: Double) -> Double { x.rounded(.toNearestOrAwayFromZero) }
    @inline(__always) static func minimum(_ a: Double, _ b: Double) -> Double { b < a ? b : a }
    @inline(__always) static func maximum(_ a: Double, _ b: Double) -> Double { b > a ? b : a }
}
