import Foundation
import PlotRender
import PlotSampling
import PlotScene
import PlotSpec
import PlotYAML
import Testing

@testable import PlotLayout

@Suite struct SliceLayoutTests {
    static func spec(width: Double = 8, height: Double = 5, plot: String = "") -> String {
        """
        figure: {title: "LR slices", size: [\(width), \(height)], dpi: 72, output: out.png}
        seed: 3
        parameters:
          learning_rate: {range: [1.0e-5, 0.3162], scale: log10, default: 1.6e-3, label: Learning rate}
          batch_size: {range: [8, 2048], scale: log2, integer: true, default: 128, label: Batch size}
        sampling: {trials: {count: 150}}
        score:
          terms:
            - ridge: {along: "log10(learning_rate) - 0.3 * log2(batch_size)", center: -4.9, width: 0.55, height: 0.96}
            - noise: {sigma: "0.01 + 0.05 * sigmoid(2 * (4.5 - log2(batch_size)))"}
          clip: [0, 1]
        plot:
          slice:
            x: learning_rate
            hold: {batch_size: [16, 128, 1024]}
            noise_band: true
            points: true
            y_axis: {label: Validation accuracy}
        \(plot)
        """
    }

    static func layout(_ text: String) throws -> (FigureSpec, SampleTable, Scene) {
        let root = try YAMLLoader.load(text: text, file: "test.yaml", sources: nil)
        let (decoded, diagnostics) = SpecDecoder.decode(root, sourcePath: "test.yaml")
        let spec = try #require(decoded, "\(diagnostics.map(\.message))")
        let table = try LandscapeEvaluator.evaluate(spec)
        let scene = try FigureLayout.layout(spec, table: table, measurer: ApproximateTextMeasurer())
        return (spec, table, scene)
    }

    /// The plot frame: the clip of the group holding the curves.
    static func frame(of scene: Scene) -> Rect? {
        scene.nodes.compactMap { node -> Rect? in
            if case .group(let clip?, let children) = node, children.count > 3 { return clip }
            return nil
        }.first
    }

    /// The value of the highest labelled tick on the left of the frame, as a number.
    static func valueAxisTop(of scene: Scene, frame: Rect) -> Double? {
        scene.textRuns.filter { $0.bounds.maxX < frame.minX && $0.rotation == 0 }
            .compactMap { Double($0.text) }.max()
    }

    @Test(arguments: [(8.0, 5.0), (5.0, 4.0), (12.0, 9.0), (4.0, 3.0), (10.0, 3.5)])
    func textNeitherOverlapsNorLeavesThePage(width: Double, height: Double) throws {
        let (_, _, scene) = try Self.layout(Self.spec(width: width, height: height))
        #expect(LayoutTestSupport.overlaps(scene).isEmpty, "\(LayoutTestSupport.overlaps(scene))")
        #expect(LayoutTestSupport.outside(scene).isEmpty, "\(LayoutTestSupport.outside(scene))")
        for label in ["Batch size = 16", "Batch size = 128", "Batch size = 1024", "± 1 σ noise", "Validation accuracy"]
        {
            #expect(scene.textRuns.contains { $0.text == label }, "\(label) is drawn")
        }
    }

    /// A marker at a sample stands at that sample's shown value, which may lie above every curve (the
    /// trials here draw every batch size, the curves hold two extreme ones): the value axis covers it,
    /// so the star is drawn whole inside the frame.
    @Test func theValueAxisCoversSamplesThatAnnotationsStandOn() throws {
        let text = Self.spec(plot: "annotations: [{marker: star, at: argmax, size: 14}]")
            .replacingOccurrences(of: "hold: {batch_size: [16, 128, 1024]}", with: "hold: {batch_size: [16, 2048]}")
            .replacingOccurrences(of: "noise_band: true", with: "noise_band: false")
            .replacingOccurrences(of: "points: true", with: "points: false")
        let (_, table, scene) = try Self.layout(text)
        let best = try #require(table.annotations.argmaxRow)
        let curves = try #require(table.slice?.curves)
        #expect(curves.allSatisfy { $0.value.max() ?? 0 < table.score[best] }, "the best sample is above every curve")
        let clips = scene.nodes.compactMap { node -> Rect? in
            if case .group(let clip?, let children) = node, children.count > 3 { return clip }
            return nil
        }
        let stars = LayoutTestSupport.flatten(scene.nodes).compactMap { node -> Rect? in
            guard case .path(let path, _?, _) = node, path.elements.count >= 10, let box = node.extent, box.width > 10
            else { return nil }
            return box
        }
        let frame = try #require(clips.first)
        let star = try #require(stars.first)
        #expect(frame.contains(star), "star \(star) inside frame \(frame)")
    }

    /// The dot on each curve's optimum lands where the log scale puts the optimum the spec's ridge
    /// implies (log10 lr = −4.9 + 0.3 · log2 b), within one step of the curve's resolution, and moves right
    /// with the batch size.
    @Test func optimaLandWhereTheScaleSays() throws {
        let (spec, _, scene) = try Self.layout(Self.spec())
        let nodes = LayoutTestSupport.flatten(scene.nodes)
        let clips = scene.nodes.compactMap { node -> Rect? in
            if case .group(let clip?, let children) = node, children.count > 3 { return clip }
            return nil
        }
        let frame = try #require(clips.first)
        let dots = nodes.compactMap { node -> Point? in
            guard case .path(_, let fill?, let stroke?) = node, stroke.color == .white, fill != .white,
                let box = node.extent
            else { return nil }
            return Point(box.minX + box.width / 2, box.minY + box.height / 2)
        }
        try #require(dots.count == 3, "one optimum dot per curve")
        let lr = spec.parameters[0]
        let decades = log10(lr.upper) - log10(lr.lower)
        let step = frame.width / 199
        for (dot, batch) in zip(dots.sorted { $0.x < $1.x }, [16.0, 128, 1024]) {
            let optimum = -4.9 + 0.3 * log2(batch)
            let expected = frame.minX + (optimum - log10(lr.lower)) / decades * frame.width
            #expect(abs(dot.x - expected) < step + 0.5, "batch \(batch): \(dot.x) vs \(expected)")
        }
    }

    @Test func oneCurveNeedsNoLegend() throws {
        let text = Self.spec().replacingOccurrences(of: "    hold: {batch_size: [16, 128, 1024]}\n", with: "")
            .replacingOccurrences(of: "    noise_band: true\n", with: "")
        let (_, _, scene) = try Self.layout(text)
        #expect(!scene.textRuns.contains { $0.text.contains("=") || $0.text.contains("σ") })
    }

    /// A line across x lands where the log scale puts its value, and a label written at an x sits on the
    /// first curve there (the vertical axis is the shown value, not a parameter).
    @Test func annotationsLandOnTheFrameAndTheCurve() throws {
        let text = Self.spec(
            plot: """
                annotations:
                  - line: {learning_rate: 1.0e-3}
                    legend: Reference
                  - marker: circle
                    at: {learning_rate: 1.0e-4}
                """)
        let (spec, table, scene) = try Self.layout(text)
        #expect(scene.textRuns.contains { $0.text == "Reference" })
        let clips = scene.nodes.compactMap { node -> Rect? in
            if case .group(let clip?, let children) = node, children.count > 3 { return clip }
            return nil
        }
        let frame = try #require(clips.first)
        let lr = spec.parameters[0]
        let expectedX =
            frame.minX + (log10(1.0e-3) - log10(lr.lower)) / (log10(lr.upper) - log10(lr.lower)) * frame.width
        let verticals = LayoutTestSupport.flatten(scene.nodes).compactMap { node -> Rect? in
            guard case .path(_, nil, _?) = node, let box = node.extent, box.width < 3,
                abs(box.height - frame.height) < 1
            else { return nil }
            return box
        }
        #expect(verticals.contains { abs($0.minX + $0.width / 2 - expectedX) < 0.5 }, "\(verticals) vs \(expectedX)")
        // The marker at lr = 1e-4 sits on the first curve (batch 16): its height is that curve's value there.
        let curve = try #require(table.slice?.curves.first)
        let space = SliceCoordinates(
            spec: spec, frame: PlotFrame(rect: frame, x: lr.continuousScale, y: lr.continuousScale), x: 0,
            curve: curve, theme: Theme(fontSize: 10))
        let onCurve = try #require(space.curveValue(at: 1.0e-4))
        let nearest = try #require(curve.x.indices.min { abs(log10(curve.x[$0]) + 4) < abs(log10(curve.x[$1]) + 4) })
        #expect(onCurve == curve.value[nearest])
    }
}

/// Where a slice's legend goes: a free corner when there is one, room above the data when the value's
/// bound allows it, outside the frame otherwise; never over the curves when it can be helped.
@Suite struct SliceLegendPlacementTests {
    /// Curves peaking near the clip bound of 1 leave no corner free and no headroom below the bound: the
    /// legend stands outside the frame, right of its top, and the frame leaves it room on the page.
    @Test func aFullFrameSendsTheLegendOutside() throws {
        let (_, _, scene) = try SliceLayoutTests.layout(
            SliceLayoutTests.spec().replacingOccurrences(of: "points: true", with: "points: false"))
        let frame = try #require(SliceLayoutTests.frame(of: scene))
        let legend = try #require(scene.textRuns.first { $0.text == "Batch size = 16" }?.bounds)
        #expect(legend.minX > frame.maxX, "legend \(legend) right of the frame \(frame)")
        #expect(legend.maxX <= scene.width)
        #expect(LayoutTestSupport.overlaps(scene).isEmpty, "\(LayoutTestSupport.overlaps(scene))")
    }

    /// Low curves under an unreached bound: the axis makes room above them, and the legend stays inside
    /// the frame, above every curve.
    @Test func lowCurvesMakeRoomAboveThem() throws {
        let text = SliceLayoutTests.spec()
            .replacingOccurrences(of: "height: 0.96}", with: "height: 0.3}")
            .replacingOccurrences(of: "points: true", with: "points: false")
        let (_, table, scene) = try SliceLayoutTests.layout(text)
        let frame = try #require(SliceLayoutTests.frame(of: scene))
        let legend = try #require(scene.textRuns.first { $0.text == "Batch size = 16" }?.bounds)
        #expect(frame.contains(legend))
        let curves = try #require(table.slice?.curves)
        let top = curves.flatMap(\.value).max() ?? 0
        // The highest point of any curve (bands included, at most ~0.1 above it) sits below the legend.
        let scaleTop = try #require(SliceLayoutTests.valueAxisTop(of: scene, frame: frame))
        #expect(scaleTop > top * 1.3, "the axis (to \(scaleTop)) leaves room above the curves (to \(top))")
        #expect(scaleTop <= 1, "but not past the score's bound")
    }
}
