import Foundation
import PlotSpec
import Testing

@testable import PlotSampling

/// `true_argmax`/`true_argmin` pick the best (worst) noise-free value; `argmax`/`argmin` the best sample.
@Suite struct TrueArgmaxTests {
    static func spec(noise: String?, value: String = "score") -> String {
        let noiseTerm = noise.map { ", {noise: \($0)}" } ?? ""
        return """
            figure: {output: out.png}
            seed: 5
            parameters:
              x: {range: [0.01, 1.0], scale: log10, default: 0.1}
              y: {range: [0, 1], default: 0.5}
            sampling: {grid: {x: 31, y: 23}}
            score: {terms: [{bell: {center: {x: 0.1, y: 0.4}, width: 0.6, height: 0.6}}\(noiseTerm)], clip: false}
            plot: {heatmap: {x: x, y: y, value: \(value)}}
            annotations: [{marker: star, at: true_argmax}, {marker: circle, at: true_argmin}]
            """
    }

    @Test func theAnchorsDecode() throws {
        let spec = try decodeSpec(Self.spec(noise: nil))
        let anchors = spec.annotations.compactMap { annotation -> AnchorPoint? in
            if case .marker(let marker) = annotation.kind { return marker.at }
            return nil
        }
        #expect(anchors == [.trueArgmax, .trueArgmin])
    }

    @Test func withoutNoiseTheTrueOptimumIsTheBestSample() throws {
        for noise in [nil, "0"] {
            let geometry = try LandscapeEvaluator.evaluate(decodeSpec(Self.spec(noise: noise))).annotations
            #expect(geometry.trueArgmaxRow == geometry.argmaxRow)
            #expect(geometry.trueArgminRow == geometry.argminRow)
        }
    }

    @Test(arguments: ["score", "loss"])
    func withLargeNoiseTheBestSampleIsNotTheTrueOptimum(value: String) throws {
        let noisy = try LandscapeEvaluator.evaluate(decodeSpec(Self.spec(noise: "0.3", value: value)))
        let clean = try LandscapeEvaluator.evaluate(decodeSpec(Self.spec(noise: nil, value: value)))
        #expect(noisy.annotations.trueArgmaxRow == clean.annotations.argmaxRow)
        #expect(noisy.annotations.trueArgminRow == clean.annotations.argminRow)
        #expect(noisy.annotations.argmaxRow != noisy.annotations.trueArgmaxRow, "the noise decides the best sample")
    }
}
