import Foundation
import PlotRender
import PlotSampling
import PlotScales
import PlotScene
import PlotSpec
import Testing

@testable import PlotLayout

@Suite struct ParallelLayoutTests {
    static func spec(count: Int, axes: String = "[learning_rate, batch_size, weight_decay, depth]") -> String {
        """
        sampling: {trials: {count: \(count)}}
        plot:
          parallel_coordinates:
            axes: \(axes)
            colorbar: Validation accuracy
            buckets:
              - {below: 0.3, label: failed, color: "#bdbdbd"}
              - {below: 0.8, label: good, color: "#74add1"}
              - {below: 1.01, label: top, color: "#1a9850"}
        annotations:
          - text: "Top trials: LR ≈ {learning_rate:%.0e}"
            at: {top: 0.1}
            axis: learning_rate
            offset: [50, 40]
            style: light
        """
    }

    /// Lays out the spec and returns the geometry the layout used, rebuilt through the same code.
    static func geometry(_ text: String) throws -> (ParallelLayout, Scene) {
        let spec = try LayoutTestSupport.decode(text)
        let table = try LandscapeEvaluator.evaluate(spec)
        guard case .parallelCoordinates(let plot) = spec.plot else { throw CancellationError() }
        let theme = Theme(fontSize: spec.figure.fontSize)
        let text = TextPlacement(measurer: ApproximateTextMeasurer())
        let layout = ParallelLayout(spec: spec, plot: plot, table: table, theme: theme, text: text)
        return (layout, PageComposer(figure: spec.figure, theme: theme, text: text).scene(layout))
    }

    @Test(arguments: [200, 4000])
    func textNeitherOverlapsNorLeavesThePage(count: Int) throws {
        let (_, _, scene) = try LayoutTestSupport.layout(Self.spec(count: count))
        #expect(LayoutTestSupport.overlaps(scene).isEmpty, "\(LayoutTestSupport.overlaps(scene))")
        #expect(LayoutTestSupport.outside(scene).isEmpty, "\(LayoutTestSupport.outside(scene))")
    }

    /// However many trials, the lines are one `polylines` node in points, worst trial first; whether they
    /// become strokes or a raster is the renderer's choice, so layout emits no image.
    @Test(arguments: [200, 4000])
    func linesAreOnePolylinesNodeWhateverTheCount(count: Int) throws {
        let (_, table, scene) = try LayoutTestSupport.layout(Self.spec(count: count))
        let nodes = LayoutTestSupport.flatten(scene.nodes)
        #expect(!nodes.contains { if case .image = $0 { return true } else { return false } })
        let all = nodes.compactMap { node -> Polylines? in
            if case .polylines(let polylines) = node { return polylines } else { return nil }
        }
        #expect(all.count == 1)
        let polylines = try #require(all.first)
        #expect(polylines.lines.count == count)
        #expect(polylines.lines.allSatisfy { $0.points.count == 5 }, "four parameter axes and the score")
        #expect(polylines.width == 1 && polylines.cap == .round && polylines.join == .round)
        // Drawn worst first: the last line is the best trial, highest on the score axis.
        let scoreYs = polylines.lines.map { $0.points[4].y }
        #expect(scoreYs == scoreYs.sorted(by: >))
        // Each line keeps its own bucket colour at the plot's opacity (0.6 by default).
        #expect(polylines.lines.allSatisfy { $0.color.alpha == 0.6 })
        let best = try #require(table.score.max())
        let expected: Color =
            best < 0.3
            ? Color(red: 0xbd / 255.0, green: 0xbd / 255.0, blue: 0xbd / 255.0, alpha: 0.6)
            : best < 0.8
                ? Color(red: 0x74 / 255.0, green: 0xad / 255.0, blue: 0xd1 / 255.0, alpha: 0.6)
                : Color(red: 0x1a / 255.0, green: 0x98 / 255.0, blue: 0x50 / 255.0, alpha: 0.6)
        #expect(polylines.lines.last?.color == expected)
        #expect(Set(polylines.lines.map(\.color)).count > 1, "lines are coloured by bucket")
    }

    @Test(arguments: ["[learning_rate, batch_size, weight_decay, depth]", "[depth, learning_rate]"])
    func axesInRequestedOrderPlusTheScore(axes: String) throws {
        let (layout, scene) = try Self.geometry(Self.spec(count: 100, axes: axes))
        let names = axes.dropFirst().dropLast().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let models = layout.axisModels(length: 300)
        #expect(models.count == names.count + 1)
        #expect(models.dropLast().map { layout.spec.parameters[$0.parameter ?? -1].name } == names)
        #expect(models.last?.parameter == nil)
        // Titles appear left to right in the same order.
        let titles = models.map(\.title)
        let xs = titles.map { title in
            scene.textRuns.first { $0.text == title || title.hasPrefix($0.text) }?.bounds.midX ?? -1
        }
        #expect(xs == xs.sorted() && !xs.contains(-1), "\(titles) at \(xs)")
    }

    @Test func higherScoreSitsHigherOnTheScoreAxis() {
        let scale = ContinuousScale(kind: .linear, lower: 0, upper: 1)
        let geometry = ParallelGeometry(
            rect: Rect(x: 0, y: 10, width: 100, height: 200),
            slots: [.init(parameter: 0, scale: scale, x: 0), .init(parameter: nil, scale: scale, x: 100)])
        #expect(geometry.y(geometry.valueSlot, 0.9) < geometry.y(geometry.valueSlot, 0.2))
        #expect(geometry.y(geometry.valueSlot, 1) == 10 && geometry.y(geometry.valueSlot, 0) == 210)
        #expect(geometry.slot(for: .topMedian(fraction: 0.1), axis: nil) == geometry.valueSlot)
        #expect(geometry.slot(for: .topMedian(fraction: 0.1), axis: 0) == 0)
        #expect(geometry.slot(for: .data([0: 0.5]), axis: nil) == 0)
    }

    @Test func topAnchorIsTheMedianOfTheBestTrialsInLogScale() throws {
        let spec = try LayoutTestSupport.decode(Self.spec(count: 200))
        let table = try LandscapeEvaluator.evaluate(spec)
        let values = AnchorValues(spec: spec, table: table, shown: { table.score[$0] })
        let top = try #require(table.annotations.topRows[0.1])
        #expect(top.count == 20)
        let cutoff = top.map { table.score[$0] }.min() ?? 0
        #expect((0..<table.count).filter { table.score[$0] > cutoff }.count < 20)
        let logs = top.map { log10(table.columns[0][$0]) }.sorted()
        let expected = pow(10, (logs[9] + logs[10]) / 2)
        let median = try #require(values.value(of: 0, at: .topMedian(fraction: 0.1)))
        #expect(abs(median - expected) / expected < 1e-9)
        let label = try #require(
            spec.annotations.compactMap { annotation -> LabelAnnotation? in
                if case .label(let label) = annotation.kind { label } else { nil }
            }.first)
        #expect(
            values.substitute(label.text, at: .topMedian(fraction: 0.1))
                == "Top trials: LR ≈ " + formatNumber(expected, format: "%.0e"))
    }

    @Test(arguments: ["0", "1.5", "-0.2", "lots", "{a: 1}"])
    func badTopFractionIsALocatedError(value: String) throws {
        let text = Self.spec(count: 10).replacingOccurrences(of: "{top: 0.1}", with: "{top: \(value)}")
        let errors = try LayoutTestSupport.errors(text)
        #expect(errors.count == 1, "\(errors.map(\.message))")
        #expect(errors.first?.location?.line ?? 0 > 1)
    }

    @Test func topMustStandAlone() throws {
        let text = Self.spec(count: 10).replacingOccurrences(of: "{top: 0.1}", with: "{top: 0.1, depth: 3}")
        #expect(try LayoutTestSupport.errors(text).count == 1)
    }

    /// The rendered PNG has the page's pixel size and shows the 4000 lines (rasterised by PlotRender)
    /// where the scene's polylines lie: most pixels inside their box are inked, the page corner is not.
    @Test func rendersTheLinesWhereTheSceneSaysTheyAre() throws {
        let (_, _, scene) = try LayoutTestSupport.layout(Self.spec(count: 4000))
        let pixels = try RenderedPixels(scene, pixelScale: 1)
        #expect(pixels.image.width == Int(scene.width.rounded(.up)))
        #expect(pixels.image.height == Int(scene.height.rounded(.up)))
        let polylines = try #require(
            LayoutTestSupport.flatten(scene.nodes).lazy.compactMap { node -> Polylines? in
                if case .polylines(let polylines) = node { return polylines } else { return nil }
            }.first)
        let box = try #require(polylines.bounds)
        var inked = 0
        var all = 0
        for y in stride(from: box.minY + 0.5, to: box.maxY, by: 1) {
            for x in stride(from: box.minX + 0.5, to: box.maxX, by: 1) {
                guard let rgba = pixels.rgba(at: Point(x, y)) else { continue }
                all += 1
                if rgba.prefix(3).contains(where: { $0 < 230 }) { inked += 1 }
            }
        }
        #expect(all > 0 && inked >= all / 2, "\(inked) of \(all) pixels inside the lines' box are inked")
        #expect(pixels.rgba(at: Point(1, 1)) == [255, 255, 255, 255], "the page corner stays background")
    }
}
