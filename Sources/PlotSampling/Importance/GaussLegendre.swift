import Foundation

/// Gauss–Legendre nodes and weights on [0, 1] (weights summing to 1), computed by Newton's method on the
/// Legendre polynomial's three-term recurrence (Golub–Welsch would need an eigensolver; Newton from
/// Tricomi's initial guesses converges in a few steps for every count we allow).
public enum GaussLegendre {
    /// The most nodes a rule may have: beyond this, more nodes per dimension cannot pay for their cost in
    /// a tensor product, and the Newton iteration's accuracy is no longer checked.
    public static let maxCount = 512

    /// `count` nodes in (0, 1), ascending, and their weights (summing to 1). `count` is clamped to
    /// 1…`maxCount`.
    public static func nodes(count requested: Int) -> (nodes: [Double], weights: [Double]) {
        let n = min(max(requested, 1), maxCount)
        var nodes = [Double](repeating: 0, count: n)
        var weights = [Double](repeating: 0, count: n)
        let m = (n + 1) / 2
        for i in 0..<m {
            // Tricomi's approximation of the i-th largest root of Pₙ on [−1, 1].
            var x = cos(Double.pi * (Double(i) + 0.75) / (Double(n) + 0.5))
            var derivative = 1.0
            for _ in 0..<100 {
                let (p, dp) = legendre(n, at: x)
                derivative = dp
                let step = p / dp
                x -= step
                if abs(step) < 1e-16 { break }
            }
            derivative = legendre(n, at: x).derivative
            // Weight on [−1, 1] is 2 / ((1 − x²) P′ₙ(x)²); on [0, 1] with unit mass it is half that.
            let w = 1 / ((1 - x * x) * derivative * derivative)
            nodes[i] = (1 - x) / 2
            nodes[n - 1 - i] = (1 + x) / 2
            weights[i] = w
            weights[n - 1 - i] = w
        }
        let total = weights.reduce(0, +)
        return (nodes, weights.map { $0 / total })
    }

    /// Pₙ(x) and P′ₙ(x) by the three-term recurrence.
    private static func legendre(_ n: Int, at x: Double) -> (value: Double, derivative: Double) {
        var previous = 1.0
        var current = x
        if n == 0 { return (1, 0) }
        for k in 2...max(n, 2) where k <= n {
            let next = ((2 * Double(k) - 1) * x * current - (Double(k) - 1) * previous) / Double(k)
            previous = current
            current = next
        }
        let derivative = Double(n) * (x * current - previous) / (x * x - 1)
        return (current, derivative)
    }
}
