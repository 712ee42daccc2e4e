import Foundation
import PlotConcurrency
import PlotSpec

/// A counter-based random stream: SplitMix64 with random access.
///
/// Output `n` of the stream with key `k` is `mix64(k + (n + 1)·γ)`, γ = 0x9E3779B97F4A7C15: exactly the
/// n-th output of a SplitMix64 generator whose state starts at `k`, but computable for any `n` directly,
/// so chunks of a column can be filled in parallel and the numbers never depend on thread count.
/// Keys come from `RandomStream(seed:identity:)`, which hashes a stable label (a term's identity, a
/// parameter's role) with the spec's seed. The system generator is never used.
public struct RandomStream: Sendable {
    public static let gamma: UInt64 = 0x9E37_79B9_7F4A_7C15

    public let key: UInt64

    public init(key: UInt64) {
        self.key = key
    }

    /// The stream for `identity` under `seed`: `key = mix64(seed ⊕ mix64(fnv1a(identity)))`.
    public init(seed: UInt64, identity: String) {
        self.init(seed: seed, identityHash: StableHash.fnv1a(identity))
    }

    /// The same, for an identity already hashed with FNV-1a (noise terms carry their hash).
    public init(seed: UInt64, identityHash: UInt64) {
        self.key = Self.mix64(seed ^ Self.mix64(identityHash))
    }

    /// The SplitMix64 output function (Stafford's "Mix13" variant).
    @inlinable
    public static func mix64(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The `index`-th 64-bit output.
    @inlinable
    public func bits(_ index: UInt64) -> UInt64 {
        Self.mix64(key &+ (index &+ 1) &* Self.gamma)
    }

    /// A uniform double in [0, 1) from the top 53 bits of output `index`.
    @inlinable
    public func uniform(_ index: UInt64) -> Double {
        Double(bits(index) >> 11) * 0x1.0p-53
    }

    /// A standard normal variate by the Box–Muller transform. Variates `2k` and `2k + 1` share the
    /// uniforms from outputs `2k` and `2k + 1`: the even one takes the cosine branch, the odd one the sine
    /// branch. Any variate can still be computed on its own, and a bulk fill pays one logarithm per pair.
    @inlinable
    public func normal(_ index: UInt64) -> Double {
        let (even, odd) = normalPair(index / 2)
        return index % 2 == 0 ? even : odd
    }

    /// Variates `2·pair` and `2·pair + 1`.
    @inlinable
    public func normalPair(_ pair: UInt64) -> (Double, Double) {
        // u1 in (0, 1] keeps the logarithm finite.
        let u1 = Double((bits(2 &* pair) >> 11) &+ 1) * 0x1.0p-53
        let u2 = Double(bits(2 &* pair &+ 1) >> 11) * 0x1.0p-53
        let radius = (-2 * Foundation.log(u1)).squareRoot()
        let angle = 2 * Double.pi * u2
        return (radius * Foundation.cos(angle), radius * Foundation.sin(angle))
    }

    /// `count` normal variates, indices 0..<count, filled in parallel chunks (chunk sizes are even, so
    /// pairs never straddle two chunks).
    public func normals(count: Int) -> [Double] {
        var out = [Double](repeating: 0, count: count)
        let chunk = 65_536
        let chunks = (count + chunk - 1) / chunk
        out.withUnsafeMutableBufferPointer { buffer in
            ParallelLoop.run(iterations: chunks, sharing: buffer) { c, buffer in
                let lo = c * chunk
                let hi = min(count, lo + chunk)
                var i = lo
                while i < hi {
                    let (even, odd) = normalPair(UInt64(i / 2))
                    buffer[i] = even
                    if i + 1 < hi { buffer[i + 1] = odd }
                    i += 2
                }
            }
        }
        return out
    }
}
