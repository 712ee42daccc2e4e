#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Scalar meaning of each opcode: used for constant folding, and inlined into every kernel loop with a
/// literal opcode so a folded constant equals what evaluation would have computed.
enum ScalarOps {
    @inline(__always)
    static func apply(_ op: Opcode, _ a: Double, _ b: Double, _ c: Double) -> Double {
        switch op {
        case .negate: -a
        case .not: ScalarMath.bool(!ScalarMath.truthy(a))
        case .exp: exp(a)
        case .log: log(a)
        case .log10: log10(a)
        case .log2: log2(a)
        case .sqrt: sqrt(a)
        case .abs: Swift.abs(a)
        case .floor: floor(a)
        case .ceil: ceil(a)
        case .round: ScalarMath.roundHalfAway(a)
        case .sin: sin(a)
        case .cos: cos(a)
        case .tanh: tanh(a)
        case .sigmoid: ScalarMath.sigmoid(a)
        case .gauss: ScalarMath.gauss(a)
        case .square: a * a
        case .add: a + b
        case .subtract: a - b
        case .multiply: a * b
        case .divide: a / b
        case .power: pow(a, b)
        case .less: ScalarMath.bool(a < b)
        case .lessEqual: ScalarMath.bool(a <= b)
        case .greater: ScalarMath.bool(a > b)
        case .greaterEqual: ScalarMath.bool(a >= b)
        case .equal: ScalarMath.bool(a == b)
        case .notEqual: ScalarMath.bool(a != b)
        case .and: ScalarMath.bool(ScalarMath.truthy(a) && ScalarMath.truthy(b))
        case .or: ScalarMath.bool(ScalarMath.truthy(a) || ScalarMath.truthy(b))
        case .minimum: ScalarMath.minimum(a, b)
        case .maximum: ScalarMath.maximum(a, b)
        case .select: ScalarMath.truthy(a) ? b : c
        case .fill: a
        }
    }
}

/// An instruction operand resolved for one chunk: a run of values, or one value for every row.
enum KernelArgument {
    case values(UnsafePointer<Double>)
    case constant(Double)

    @inline(__always) subscript(_ i: Int) -> Double {
        switch self {
        case .values(let p): p[i]
        case .constant(let v): v
        }
    }
}

/// Tight loops over one chunk: the opcode is switched on once per chunk, never per row.
enum Kernels {
    static func run(
        _ op: Opcode, _ a: KernelArgument, _ b: KernelArgument, _ c: KernelArgument,
        into out: UnsafeMutablePointer<Double>, count n: Int
    ) {
        switch op {
        case .negate: map1(a, out, n) { ScalarOps.apply(.negate, $0, 0, 0) }
        case .not: map1(a, out, n) { ScalarOps.apply(.not, $0, 0, 0) }
        case .exp: map1(a, out, n) { ScalarOps.apply(.exp, $0, 0, 0) }
        case .log: map1(a, out, n) { ScalarOps.apply(.log, $0, 0, 0) }
        case .log10: map1(a, out, n) { ScalarOps.apply(.log10, $0, 0, 0) }
        case .log2: map1(a, out, n) { ScalarOps.apply(.log2, $0, 0, 0) }
        case .sqrt: map1(a, out, n) { ScalarOps.apply(.sqrt, $0, 0, 0) }
        case .abs: map1(a, out, n) { ScalarOps.apply(.abs, $0, 0, 0) }
        case .floor: map1(a, out, n) { ScalarOps.apply(.floor, $0, 0, 0) }
        case .ceil: map1(a, out, n) { ScalarOps.apply(.ceil, $0, 0, 0) }
        case .round: map1(a, out, n) { ScalarOps.apply(.round, $0, 0, 0) }
        case .sin: map1(a, out, n) { ScalarOps.apply(.sin, $0, 0, 0) }
        case .cos: map1(a, out, n) { ScalarOps.apply(.cos, $0, 0, 0) }
        case .tanh: map1(a, out, n) { ScalarOps.apply(.tanh, $0, 0, 0) }
        case .sigmoid: map1(a, out, n) { ScalarOps.apply(.sigmoid, $0, 0, 0) }
        case .gauss: map1(a, out, n) { ScalarOps.apply(.gauss, $0, 0, 0) }
        case .square: map1(a, out, n) { ScalarOps.apply(.square, $0, 0, 0) }
        case .add: map2(a, b, out, n) { ScalarOps.apply(.add, $0, $1, 0) }
        case .subtract: map2(a, b, out, n) { ScalarOps.apply(.subtract, $0, $1, 0) }
        case .multiply: map2(a, b, out, n) { ScalarOps.apply(.multiply, $0, $1, 0) }
        case .divide: map2(a, b, out, n) { ScalarOps.apply(.divide, $0, $1, 0) }
        case .power: map2(a, b, out, n) { ScalarOps.apply(.power, $0, $1, 0) }
        case .less: map2(a, b, out, n) { ScalarOps.apply(.less, $0, $1, 0) }
        case .lessEqual: map2(a, b, out, n) { ScalarOps.apply(.lessEqual, $0, $1, 0) }
        case .greater: map2(a, b, out, n) { ScalarOps.apply(.greater, $0, $1, 0) }
        case .greaterEqual: map2(a, b, out, n) { ScalarOps.apply(.greaterEqual, $0, $1, 0) }
        case .equal: map2(a, b, out, n) { ScalarOps.apply(.equal, $0, $1, 0) }
        case .notEqual: map2(a, b, out, n) { ScalarOps.apply(.notEqual, $0, $1, 0) }
        case .and: map2(a, b, out, n) { ScalarOps.apply(.and, $0, $1, 0) }
        case .or: map2(a, b, out, n) { ScalarOps.apply(.or, $0, $1, 0) }
        case .minimum: map2(a, b, out, n) { ScalarOps.apply(.minimum, $0, $1, 0) }
        case .maximum: map2(a, b, out, n) { ScalarOps.apply(.maximum, $0, $1, 0) }
        case .select: select(a, b, c, out, n)
        case .fill: map1(a, out, n) { $0 }
        }
    }

    @inline(__always)
    private static func map1(
        _ a: KernelArgument, _ out: UnsafeMutablePointer<Double>, _ n: Int,
        _ f: (Double) -> Double
    ) {
        switch a {
        case .values(let p):
            for i in 0..<n { out[i] = f(p[i]) }
        case .constant(let v):
            let value = f(v)
            for i in 0..<n { out[i] = value }
        }
    }

    @inline(__always)
    private static func map2(
        _ a: KernelArgument, _ b: KernelArgument, _ out: UnsafeMutablePointer<Double>,
        _ n: Int, _ f: (Double, Double) -> Double
    ) {
        switch (a, b) {
        case (.values(let p), .values(let q)):
            for i in 0..<n { out[i] = f(p[i], q[i]) }
        case (.values(let p), .constant(let y)):
            for i in 0..<n { out[i] = f(p[i], y) }
        case (.constant(let x), .values(let q)):
            for i in 0..<n { out[i] = f(x, q[i]) }
        case (.constant(let x), .constant(let y)):
            let value = f(x, y)
            for i in 0..<n { out[i] = value }
        }
    }

    private static func select(
        _ a: KernelArgument, _ b: KernelArgument, _ c: KernelArgument,
        _ out: UnsafeMutablePointer<Double>, _ n: Int
    ) {
        if case .values(let p) = a, case .values(let q) = b, case .values(let r) = c {
            for i in 0..<n { out[i] = ScalarOps.apply(.select, p[i], q[i], r[i]) }
        } else {
            // Not produced by the compiler (it materializes select's constants); kept for completeness.
            for i in 0..<n { out[i] = ScalarOps.apply(.select, a[i], b[i], c[i]) }
        }
    }
}
