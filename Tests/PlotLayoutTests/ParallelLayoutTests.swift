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
        let layout = ParallelLayout(spec: spec, plot: plot, table: table, theme: Theme(fontSize: spec.figure.fontSize),
                                    text: TextPlacement(measurer: ApproximateTextMeasurer()))
        return (layout, layout.scene())
    }

    @Test(arguments: [200, 4000])
    func textNeitherOverlapsNorLeavesThePage(count: Int) throws {
        let (_, _, scene) = try LayoutTestSupport.layout(Self.spec(count: count))
        #expect(LayoutTestSupport.overlaps(scene).isEmpty, "\(LayoutTestSupport.overlaps(scene))")
        #expect(LayoutTestSupport.outside(scene).isEmpty, "\(LayoutTestSupport.outside(scene))")
    }

    @Test(arguments: [(200, false), (4000, true)])
    func vectorBelowAndRasterAboveTheThreshold(count: Int, raster: Bool) throws {
        let (_, _, scene) = try LayoutTestSupport.layout(Self.spec(count: count))
        let nodes = LayoutTestSupport.flatten(scene.nodes)
        let images = nodes.compactMap { node -> RasterImage? in
            if case .image(let image, _) = node { return image } else { return nil }
        }
        #expect(images.count == (raster ? 1 : 0))
        let widePaths = nodes.filter {
            if case .path(let path, nil, let stroke?) = $0 { return stroke.color.alpha < 1 && path.elements.count == 5 }
            return false
        }
        #expect(raster ? widePaths.isEmpty : widePaths.count == count, "one 5-vertex polyline per trial")
        if raster {
            let image = try #require(images.first)
            #expect(image.pixels.count == image.width * image.height * 4)
            #expect(image.pixels.contains { $0 != 0 }, "lines were drawn")
        }
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
        let xs = titles.map { title in scene.textRuns.first { $0.text == title || title.hasPrefix($0.text) }?.bounds.midX ?? -1 }
        #expect(xs == xs.sorted() && !xs.contains(-1), "\(titles) at \(xs)")
    }

    @Test func higherScoreSitsHigherOnTheScoreAxis() {
        let scale = ContinuousScale(kind: .linear, lower: 0, upper: 1)
        let geometry = ParallelGeometry(rect: Rect(x: 0, y: 10, width: 100, height: 200),
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
        let top = AnchorValues.bestRows(table, fraction: 0.1)
        #expect(top.count == 20)
        let cutoff = top.map { table.score[$0] }.min() ?? 0
        #expect((0..<table.count).filter { table.score[$0] > cutoff }.count < 20)
        let logs = top.map { log10(table.columns[0][$0]) }.sorted()
        let expected = pow(10, (logs[9] + logs[10]) / 2)
        let median = try #require(values.value(of: 0, at: .topMedian(fraction: 0.1)))
        #expect(abs(median - expected) / expected < 1e-9)
        #expect(values.substitute("{learning_rate:%.0e}", at: .topMedian(fraction: 0.1))
            == formatNumber(expected, format: "%.0e"))
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

    @Test func rasterCompositesLinesInOrder() {
        let raster = LineDensityRaster(width: 20, height: 10, columns: [0, 19.99], lineWidth: 1, alpha: 0.5)
        // Two horizontal lines covering pixel row 5 exactly: red, then blue over it.
        let render = {
            raster.render(count: 2, ys: [5.5, 5.5, 5.5, 5.5], colorIndex: [0, 1],
                          palette: [Color(red: 1, green: 0, blue: 0), Color(red: 0, green: 0, blue: 1)])
        }
        let image = render()
        let o = (5 * 20 + 10) * 4
        // Premultiplied: red ½ → (½, 0, 0, ½); blue ½ over it → (¼, 0, ½, ¾); straight: (⅓, 0, ⅔, ¾).
        #expect(Array(image.pixels[o..<(o + 4)]) == [85, 0, 170, 191])
        #expect(image.pixels[(4 * 20 + 10) * 4 + 3] == 0, "the row above is untouched")
        #expect(render() == image, "deterministic")
    }

    /// The rendered PNG has the page's pixel size and shows the line raster where the scene places it:
    /// most pixels of its rectangle are the raster's own pixels over the white page (axes, ticks and
    /// labels drawn on top account for the rest).
    @Test func rendersTheLineRasterWhereTheSceneSaysItIs() throws {
        let (_, _, scene) = try LayoutTestSupport.layout(Self.spec(count: 4000))
        let pixels = try RenderedPixels(scene)
        #expect(pixels.image.width == Int((scene.width * scene.pixelScale).rounded(.up)))
        #expect(pixels.image.height == Int((scene.height * scene.pixelScale).rounded(.up)))
        let (raster, rect) = try #require(LayoutTestSupport.flatten(scene.nodes).lazy.compactMap {
            node -> (RasterImage, Rect)? in
            if case .image(let image, let rect) = node { return (image, rect) } else { return nil }
        }.first)
        // At 72 dpi the raster is laid out one image pixel per device pixel.
        try #require(Double(raster.width) == rect.width && Double(raster.height) == rect.height)
        var matching = 0, inked = 0
        for y in 0..<raster.height {
            for x in 0..<raster.width {
                let o = (y * raster.width + x) * 4
                let alpha = Double(raster.pixels[o + 3]) / 255
                if alpha > 0.2 { inked += 1 }
                let expected = (0..<3).map { Double(raster.pixels[o + $0]) * alpha + 255 * (1 - alpha) }
                let center = Point(rect.x + Double(x) + 0.5, rect.y + Double(y) + 0.5)
                guard let shown = pixels.rgba(at: center) else { continue }
                if zip(shown, expected).allSatisfy({ abs(Double($0.0) - $0.1) <= 2 }) { matching += 1 }
            }
        }
        #expect(inked > raster.width * raster.height / 10, "the raster holds lines")
        let all = raster.width * raster.height
        #expect(matching >= all * 9 / 10, "\(matching) of \(all) pixels")
    }
}
