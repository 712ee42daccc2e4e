import PlotScales
import PlotSpec

/// Draws Monte-Carlo trials the way a tuning run spends its budget: exploration over the whole space
/// (independent uniform draws, or a Latin hypercube), optionally followed by a share of trials drawn
/// around a focus point (normal in each parameter's own scale), as a Bayesian sampler would exploit.
///
/// Every parameter draws from its own streams, keyed by the seed and the parameter's name, so adding a
/// parameter never changes the draws of the others.
enum TrialSampler {
    static func sample(_ trials: TrialSampling, parameters: [Parameter], seed: UInt64) -> [SampleTable.Column] {
        let n = trials.count
        let focusCount = trials.focus.map { Int(($0.fraction * Double(n)).rounded()) } ?? 0
        let exploreCount = n - focusCount
        return parameters.enumerated().map { index, parameter in
            guard trials.draws(index) else { return .constant(parameter.heldValue) }
            let scale = parameter.continuousScale
            let a = scale.kind.forward(parameter.lower)
            let b = scale.kind.forward(parameter.upper)
            let explore = explorationPositions(
                count: exploreCount, method: trials.method, seed: seed,
                name: parameter.name)
            var values = [Double](repeating: 0, count: n)
            for i in 0..<exploreCount {
                values[i] = parameter.snap(scale.kind.inverse(a + explore[i] * (b - a)))
            }
            if focusCount > 0, let focus = trials.focus {
                if parameter.isCategorical, let center = focus.centers[index] {
                    // Categories have no neighbours to spread into: the focus share draws the centre category.
                    for j in 0..<focusCount { values[exploreCount + j] = parameter.snap(center) }
                } else if let center = focus.centers[index], let spread = focus.spreads[index] {
                    let stream = RandomStream(seed: seed, identity: "trials.focus:" + parameter.name)
                    let c = scale.kind.forward(center)
                    for j in 0..<focusCount {
                        let scaled = min(max(c + spread * stream.normal(UInt64(j)), a), b)
                        values[exploreCount + j] = parameter.snap(scale.kind.inverse(scaled))
                    }
                } else {
                    let stream = RandomStream(seed: seed, identity: "trials.focus-explore:" + parameter.name)
                    for j in 0..<focusCount {
                        values[exploreCount + j] = parameter.snap(
                            scale.kind.inverse(a + stream.uniform(UInt64(j)) * (b - a)))
                    }
                }
            }
            return .varying(values)
        }
    }

    /// Positions in [0, 1) along a parameter's scale for the exploration trials.
    static func explorationPositions(count: Int, method: TrialSampling.Method, seed: UInt64, name: String) -> [Double] {
        let stream = RandomStream(seed: seed, identity: "trials.explore:" + name)
        switch method {
        case .random:
            return (0..<count).map { stream.uniform(UInt64($0)) }
        case .latinHypercube:
            // One draw inside each of `count` equal strata, strata shuffled by Fisher–Yates.
            let shuffle = RandomStream(seed: seed, identity: "trials.lhs-order:" + name)
            var strata = Array(0..<count)
            var i = count - 1
            while i > 0 {
                let j = Int(shuffle.bits(UInt64(i)) % UInt64(i + 1))
                strata.swapAt(i, j)
                i -= 1
            }
            return (0..<count).map { (Double(strata[$0]) + stream.uniform(UInt64($0))) / Double(count) }
        }
    }
}
