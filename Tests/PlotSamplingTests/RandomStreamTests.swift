import Testing

@testable import PlotSampling

@Suite struct RandomStreamTests {
    /// Published SplitMix64 outputs for seeds 0 and 1234567 (Vigna's reference implementation).
    @Test func matchesSplitMix64ReferenceOutputs() {
        let zero = RandomStream(key: 0)
        #expect(zero.bits(0) == 0xE220_A839_7B1D_CDAF)
        #expect(zero.bits(1) == 0x6E78_9E6A_A1B9_65F4)
        #expect(zero.bits(2) == 0x06C4_5D18_8009_454F)
        #expect(RandomStream(key: 1_234_567).bits(0) == 6_457_827_717_110_365_317)
    }

    @Test func randomAccessEqualsSequentialOrder() {
        let stream = RandomStream(seed: 42, identity: "x")
        let forward = (0..<100).map { stream.bits(UInt64($0)) }
        let backward = (0..<100).reversed().map { stream.bits(UInt64($0)) }
        #expect(forward == backward.reversed())
    }

    @Test func uniformsStayInTheUnitInterval() {
        let stream = RandomStream(seed: 7, identity: "u")
        for i in 0..<10_000 {
            let u = stream.uniform(UInt64(i))
            #expect(u >= 0 && u < 1)
        }
    }

    @Test func normalsHaveZeroMeanAndUnitVariance() {
        let values = RandomStream(seed: 3, identity: "n").normals(count: 200_000)
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
        // Standard error of the mean is 1/sqrt(200000) ≈ 0.0022; allow five of them.
        #expect(abs(mean) < 0.011)
        #expect(abs(variance - 1) < 0.02)
    }

    @Test func parallelFillEqualsPointwiseValues() {
        let stream = RandomStream(seed: 9, identity: "p")
        let bulk = stream.normals(count: 150_001)
        for i in [0, 1, 65_535, 65_536, 131_072, 150_000] {
            #expect(bulk[i] == stream.normal(UInt64(i)))
        }
    }

    @Test func identitiesAndSeedsGiveDifferentStreams() {
        let a = RandomStream(seed: 1, identity: "noise:a")
        let b = RandomStream(seed: 1, identity: "noise:b")
        let c = RandomStream(seed: 2, identity: "noise:a")
        #expect(a.key != b.key && a.key != c.key)
        #expect(a.bits(0) != b.bits(0))
    }
}
