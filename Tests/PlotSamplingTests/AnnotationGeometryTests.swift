import Foundation
import PlotSpec
import Testing

@testable import PlotSampling

/// Anchors and curves resolved with the sample table, so layout only places them.
@Suite struct AnnotationGeometryTests {
    static func spec(plot: String, annotations: String = "[]", score: String = "x * (1 - y)") -> String {
        """
        figure: {output: out.png}
        seed: 3
        parameters:
          x: {range: [0.01, 1.0], scale: log10, default: 0.1}
          y: {range: [0, 1], default: 0.5}
          z: {range: [0, 4], default: 2}
        sampling: {grid: {x: 21, y: 11}}
        score: {terms: [{expr: "\(score)"}], clip: [0, 1]}
        plot: \(plot)
        annotations: \(annotations)
        """
    }

    @Test(arguments: [ShownValue.score, .loss])
    func argmaxAndArgminFollowTheShownValue(shown: ShownValue) throws {
        let value = shown == .loss ? ", value: loss" : ""
        let table = try LandscapeEvaluator.evaluate(decodeSpec(Self.spec(plot: "{heatmap: {x: x, y: y\(value)}}")))
        let shownValues = table.score.map(shown.apply)
        let best = try #require(table.annotations.argmaxRow)
        let worst = try #require(table.annotations.argminRow)
        #expect(shownValues[best] == shownValues.max() && shownValues.firstIndex(of: shownValues[best]) == best)
        #expect(shownValues[worst] == shownValues.min() && shownValues.firstIndex(of: shownValues[worst]) == worst)
        // The loss is lowest where the score is highest.
        #expect(shown == .loss ? best == table.argmin() : best == table.argmax())
    }

    @Test func curvesAreTracedAlongTheOtherPlottedParameter() throws {
        let spec = try decodeSpec(
            Self.spec(
                plot: "{heatmap: {x: x, y: y}}",
                annotations: """
                    [{curve: {y: "x + z / 10"}}, {marker: star, at: argmax}, {curve: {x: "y - 0.5"}}]
                    """))
        let table = try LandscapeEvaluator.evaluate(spec)
        #expect(Set(table.annotations.curves.keys) == [0, 2], "one trace per curve, keyed by annotation index")
        let yOfX = try #require(table.annotations.curves[0])
        #expect(yOfX.sweep == 0 && yOfX.pieces.count == 1 && yOfX.pieces[0].count == 241)
        for point in yOfX.pieces[0] {
            #expect(abs(point.value - (point.sweep + 0.2)) < 1e-12, "z held at its default 2")
        }
        #expect(yOfX.pieces[0].first?.sweep == 0.01 && abs((yOfX.pieces[0].last?.sweep ?? 0) - 1) < 1e-12)
        // x = y − 0.5 on a log axis: only y > 0.5 gives a drawable x, so the trace starts half way up.
        let xOfY = try #require(table.annotations.curves[2])
        #expect(xOfY.sweep == 1 && xOfY.pieces.count == 1)
        #expect(xOfY.pieces[0].allSatisfy { $0.value > 0 && $0.sweep > 0.5 })
        #expect(xOfY.pieces[0].count == 120)
    }

    @Test func curvesBreakWhereTheFormulaIsUndefined() throws {
        let spec = try decodeSpec(
            Self.spec(
                plot: "{heatmap: {x: x, y: y}}",
                annotations: """
                    [{curve: {y: "1 / (log10(x) + 1)"}}]
                    """))
        let trace = try #require(LandscapeEvaluator.evaluate(spec).annotations.curves[0])
        #expect(trace.pieces.count == 2, "split at x = 0.1, where the formula divides by zero")
        #expect(trace.pieces.allSatisfy { piece in piece.allSatisfy(\.value.isFinite) })
    }

    @Test func topRowsAreChosenOncePerFractionBestFirst() throws {
        let spec = try decodeSpec(
            Self.spec(
                plot: "{heatmap: {x: x, y: y}}",
                annotations: """
                    [{marker: circle, at: {top: 0.1}}, {text: "t", at: {top: 0.1}}, {text: "u", at: argmax, label_at: {top: 0.02}}]
                    """))
        let table = try LandscapeEvaluator.evaluate(spec)
        #expect(Set(table.annotations.topRows.keys) == [0.1, 0.02])
        let top = try #require(table.annotations.topRows[0.1])
        #expect(top.count == 23, "round(0.1 × 231)")
        #expect(
            zip(top, top.dropFirst()).allSatisfy {
                table.score[$0] > table.score[$1] || (table.score[$0] == table.score[$1] && $0 < $1)
            })
        let cutoff = table.score[top[top.count - 1]]
        #expect((0..<table.count).filter { table.score[$0] > cutoff }.allSatisfy(top.contains))
        #expect(table.annotations.topRows[0.02]?.count == 5)
    }
}
