import Foundation
import PlotDiagnostics
import PlotSpec
import Testing

@testable import PlotSampling

/// A labelled best sample on a clip bound is flagged, at the annotation, suggesting `true_argmax`.
@Suite struct ClipBoundCheckTests {
    static func spec(noise: Double, at anchor: String) -> String {
        """
        figure: {output: out.png}
        seed: 5
        parameters:
          x: {range: [0.01, 1.0], scale: log10, default: 0.1}
          y: {range: [0, 1], default: 0.5}
        sampling: {grid: {x: 40, y: 40}}
        score: {terms: [{bell: {center: {x: 0.1, y: 0.4}, width: 0.6, height: 0.9}}, {noise: \(noise)}], clip: [0, 1]}
        plot: {heatmap: {x: x, y: y}}
        annotations: [{text: "Best", at: \(anchor)}, {marker: star, at: \(anchor)}]
        """
    }

    static func warnings(noise: Double, at anchor: String) throws -> [Diagnostic] {
        let spec = try decodeSpec(Self.spec(noise: noise, at: anchor))
        return ClipBoundCheck.warnings(spec, table: try LandscapeEvaluator.evaluate(spec))
    }

    @Test func aClippedBestSampleIsFlaggedAtEachAnnotation() throws {
        let spec = try decodeSpec(Self.spec(noise: 0.3, at: "argmax"))
        let table = try LandscapeEvaluator.evaluate(spec)
        #expect(table.argmax().map { table.score[$0] } == 1, "the noise reaches the clip bound")
        let warnings = ClipBoundCheck.warnings(spec, table: table)
        #expect(warnings.count == 2)
        #expect(warnings.map(\.span) == spec.annotations.map(\.span))
        #expect(warnings.allSatisfy { !$0.isError && $0.message.contains("clip bound") })
    }

    @Test func theTrueOptimumAndAnUnclippedBestAreNotFlagged() throws {
        #expect(try Self.warnings(noise: 0.3, at: "true_argmax").isEmpty)
        #expect(try Self.warnings(noise: 0.01, at: "argmax").isEmpty)
    }
}
