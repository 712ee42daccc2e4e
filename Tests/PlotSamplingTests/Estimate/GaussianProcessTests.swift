import Foundation
import Testing

@testable import PlotSampling

/// The Gaussian process interpolates, knows where it knows nothing, recovers smooth functions, fits the
/// same way every time and refuses more points than it can fit.
@Suite struct GaussianProcessTests {
    /// A low-discrepancy set of `n` points in the unit square (the R2 sequence): spread out, no seed.
    static func points(_ n: Int, scale: Double = 1) -> [[Double]] {
        (1...n).map { i in
            [
                scale * (Double(i) * 0.754_877_666).truncatingRemainder(dividingBy: 1),
                scale * (Double(i) * 0.569_840_291).truncatingRemainder(dividingBy: 1)
            ]
        }
    }

    static func smooth(_ p: [Double]) -> Double { sin(3 * p[0]) + 0.5 * cos(2 * p[1]) + p[0] * p[1] }

    @Test func interpolatesNoiseFreeDataAtItsPoints() throws {
        let points = Self.points(40)
        let values = points.map(Self.smooth)
        let process = try GaussianProcess(points: points, values: values)
        for (point, value) in zip(points, values) {
            let prediction = process.predict(point)
            #expect(abs(prediction.mean - value) < 1e-3, "mean at a training point")
            #expect(prediction.std < 0.05 * process.priorStd, "std at a training point")
        }
    }

    @Test func stdIsNearThePriorFarFromEveryPoint() throws {
        let points = Self.points(30, scale: 0.3)
        let process = try GaussianProcess(points: points, values: points.map(Self.smooth))
        let far = process.predict([4, 4])
        #expect(abs(far.std - process.priorStd) < 0.01 * process.priorStd)
        let near = process.predict(points[3])
        #expect(near.std < 0.2 * far.std)
    }

    @Test func recoversASmoothFunctionBetweenItsPoints() throws {
        let points = Self.points(80)
        let process = try GaussianProcess(points: points, values: points.map(Self.smooth))
        var worst = 0.0
        for i in 1...9 {
            for j in 1...9 {
                let p = [Double(i) / 10, Double(j) / 10]
                worst = max(worst, abs(process.predict(p).mean - Self.smooth(p)))
                #expect(process.mean(at: p) == process.predict(p).mean, "mean(at:) is predict's mean")
            }
        }
        // The function spans about 2.3 over the square.
        #expect(worst < 0.02, "largest error \(worst)")
    }

    @Test func noisyDataIsSmoothedNotInterpolated() throws {
        let points = Self.points(120)
        // A deterministic ±0.3 zig-zag over a linear trend: the fit should see it as noise.
        let values = points.enumerated().map { i, p in p[0] + (i.isMultiple(of: 2) ? 0.3 : -0.3) }
        let process = try GaussianProcess(points: points, values: values)
        #expect(process.noiseStd > 0.2 && process.noiseStd < 0.4, "noise std \(process.noiseStd)")
        let middle = process.predict([0.5, 0.5]).mean
        #expect(abs(middle - 0.5) < 0.1, "the trend at the centre, \(middle)")
    }

    @Test func fitsTheSameBytesTwice() throws {
        let points = Self.points(60)
        let values = points.map { Self.smooth($0) + 0.1 * sin(40 * $0[0]) }
        let a = try GaussianProcess(points: points, values: values)
        let b = try GaussianProcess(points: points, values: values)
        #expect(a.lengthScales.map(\.bitPattern) == b.lengthScales.map(\.bitPattern))
        for p in Self.points(25) {
            let (pa, pb) = (a.predict(p), b.predict(p))
            #expect(pa.mean.bitPattern == pb.mean.bitPattern && pa.std.bitPattern == pb.std.bitPattern)
        }
    }

    @Test func aCategoricalDimensionMatchesCategories() throws {
        // Category 0 scores about 1, category 1 about 3, with a gentle slope in x.
        let points = (0..<40).map { i in [Double(i % 20) / 19, Double(i / 20)] }
        let values = points.map { 0.2 * $0[0] + ($0[1] == 0 ? 1 : 3) }
        let process = try GaussianProcess(
            points: points, values: values, dimensions: [.continuous, .categorical])
        #expect(abs(process.predict([0.5, 0]).mean - 1.1) < 0.02)
        #expect(abs(process.predict([0.5, 1]).mean - 3.1) < 0.02)
    }

    @Test func refusesMoreThanItsCap() {
        let n = GaussianProcess.maximumPoints + 1
        let points = (0..<n).map { [Double($0) / Double(n)] }
        #expect(throws: GaussianProcess.FitError.tooManyPoints(count: n, limit: GaussianProcess.maximumPoints)) {
            try GaussianProcess(points: points, values: points.map { $0[0] })
        }
        #expect(throws: GaussianProcess.FitError.badInput) { try GaussianProcess(points: [], values: []) }
    }
}
