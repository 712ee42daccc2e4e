import Foundation
import PlotSpec
import Testing

@testable import PlotSampling

/// A slice's curves are the noise-free score along x and its band the noise's own sigma, evaluated in
/// sampling: checked against the formulas written in the spec, not against the code's own arithmetic.
@Suite struct SliceCurvesTests {
    static func slice(terms: String, plot: String = "slice: {x: x, hold: {y: [2, 8]}, resolution: 51}") throws
        -> (FigureSpec, SliceCurves)
    {
        let spec = try decodeSpec(landscape(terms: terms, sampling: "grid: {x: 5}", clip: "[-10, 10]", plot: plot))
        let table = try LandscapeEvaluator.evaluate(spec)
        return (spec, try #require(table.slice))
    }

    @Test func curvesAreTheNoiseFreeScoreAtEachHeldValue() throws {
        let (_, slice) = try Self.slice(
            terms: """
                    - expr: "0.1 * log10(x) + 0.01 * y"
                    - noise: {sigma: "0.05"}
                """)
        #expect(slice.curves.map(\.heldValue) == [2, 8])
        for curve in slice.curves {
            #expect(curve.x.count == 51)
            #expect(abs(curve.x[0] - 0.001) < 1e-12 && abs(curve.x[50] - 1000) < 1e-9, "ends of x's range")
            for i in curve.x.indices {
                let expected = 0.1 * log10(curve.x[i]) + 0.01 * (curve.heldValue ?? .nan)
                #expect(abs(curve.value[i] - expected) < 1e-12, "no noise in the curve")
            }
        }
    }

    /// Two noise terms add in quadrature; a factor scales its term's sigma; a sigma may depend on x.
    @Test func sigmaIsTheNoiseTermsOwnSigma() throws {
        let (_, slice) = try Self.slice(
            terms: """
                    - expr: "0.5"
                    - noise: {sigma: "0.01 * (3 + log10(x))"}
                    - noise: {sigma: "0.02"}
                      times:
                        - expr: "y / 4"
                """)
        for curve in slice.curves {
            let y = try #require(curve.heldValue)
            for i in curve.x.indices {
                let a = 0.01 * (3 + log10(curve.x[i]))
                let b = 0.02 * y / 4
                #expect(abs(curve.sigma[i] - (a * a + b * b).squareRoot()) < 1e-12)
            }
        }
    }

    @Test func bandsAreClippedAndFollowTheLoss() throws {
        let (_, slice) = try Self.slice(
            terms: """
                    - expr: "9.9"
                    - noise: {sigma: "1"}
                """)
        let curve = try #require(slice.curves.first)
        #expect(slice.band(curve, at: 0, sigmas: 2, shown: .score) == 7.9...10, "clipped at the top, 10")
        let (_, lossSlice) = try Self.slice(
            terms: """
                    - expr: "9.9"
                    - noise: {sigma: "1"}
                """, plot: "slice: {x: x, value: loss, resolution: 5}")
        let lossCurve = try #require(lossSlice.curves.first)
        #expect(abs(lossCurve.value[0] - (1 - 9.9)) < 1e-12, "the curve shows the loss")
        // Score 8.9 … 10 (clipped) is loss −9 … −7.9.
        let loss = lossSlice.band(lossCurve, at: 0, sigmas: 1, shown: .loss)
        #expect(abs(loss.lowerBound - (1 - 10)) < 1e-12 && abs(loss.upperBound - (1 - 8.9)) < 1e-12)
    }

    @Test func bestPointIsTheCurvesMaximum() throws {
        let (_, slice) = try Self.slice(
            terms: """
                    - bell: {center: {x: 0.1}, width: {x: 0.8}}
                """, plot: "slice: {x: x, resolution: 41}")
        let curve = try #require(slice.curves.first)
        #expect(slice.curves.count == 1 && curve.heldValue == nil)
        #expect(curve.value[curve.best] == curve.value.max())
        // 41 points over six decades: one every 0.15 decade, so the best lies within 0.075 decade of 0.1.
        #expect(abs(log10(curve.x[curve.best]) - log10(0.1)) <= 0.075 + 1e-9)
    }
}
