import Foundation

/// The lower Cholesky factor L of a symmetric positive-definite matrix (A = L·Lᵀ), stored row-major in
/// one flat array, with the two triangular solves a Gaussian process needs.
struct Cholesky: Sendable {
    let n: Int
    /// Row-major n × n; only the lower triangle (j ≤ i) is meaningful.
    let lower: [Double]

    /// Factors `matrix` (row-major n × n, symmetric); nil when a pivot is not positive, i.e. the matrix is
    /// not positive definite to working precision.
    init?(_ matrix: [Double], n: Int) {
        var a = matrix
        let ok = a.withUnsafeMutableBufferPointer { a -> Bool in
            for j in 0..<n {
                let rowJ = j * n
                var pivot = a[rowJ + j]
                for k in 0..<j { pivot -= a[rowJ + k] * a[rowJ + k] }
                guard pivot > 0, pivot.isFinite else { return false }
                let d = pivot.squareRoot()
                a[rowJ + j] = d
                let inverse = 1 / d
                for i in (j + 1)..<Swift.max(n, j + 1) {
                    let rowI = i * n
                    var s = a[rowI + j]
                    for k in 0..<j { s -= a[rowI + k] * a[rowJ + k] }
                    a[rowI + j] = s * inverse
                }
            }
            return true
        }
        guard ok else { return nil }
        self.n = n
        lower = a
    }

    /// The identity's factor (itself).
    static func identity(_ n: Int) -> Cholesky {
        var lower = [Double](repeating: 0, count: n * n)
        for i in 0..<n { lower[i * n + i] = 1 }
        return Cholesky(n: n, lower: lower)
    }

    private init(n: Int, lower: [Double]) {
        self.n = n
        self.lower = lower
    }

    /// Solves L·x = b.
    func solveLower(_ b: [Double]) -> [Double] {
        var x = b
        lower.withUnsafeBufferPointer { l in
            x.withUnsafeMutableBufferPointer { x in
                for i in 0..<n {
                    let row = i * n
                    var s = x[i]
                    for k in 0..<i { s -= l[row + k] * x[k] }
                    x[i] = s / l[row + i]
                }
            }
        }
        return x
    }

    /// Solves Lᵀ·x = b.
    func solveUpper(_ b: [Double]) -> [Double] {
        var x = b
        lower.withUnsafeBufferPointer { l in
            x.withUnsafeMutableBufferPointer { x in
                for i in stride(from: n - 1, through: 0, by: -1) {
                    var s = x[i]
                    for k in (i + 1)..<Swift.max(n, i + 1) { s -= l[k * n + i] * x[k] }
                    x[i] = s / l[i * n + i]
                }
            }
        }
        return x
    }

    /// log det A = 2 Σ log Lᵢᵢ.
    var logDeterminant: Double {
        (0..<n).reduce(0) { $0 + 2 * log(lower[$1 * n + $1]) }
    }
}
