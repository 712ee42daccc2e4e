import Foundation
import PlotRender
import PlotSampling
import PlotScene
import PlotSpec
import Testing

@testable import PlotLayout

/// The optimisation history: trials where their number and value say, the best-so-far step line over
/// them, its legend above the data, and a page comparing two ways of spending a budget.
@Suite struct HistoryLayoutTests {
    static func spec(width: Double = 8, height: Double = 5, plot: String = "history: {}", extra: String = "")
        -> String
    {
        landscape + """
            figure: {title: "Optimisation history", size: [\(width), \(height)], dpi: 72, output: out.png}
            sampling: {trials: {count: 80, parameters: [learning_rate, batch_size]}}
            plot: {\(plot)}
            annotations: [{marker: star, at: argmax, legend: "Best: {score:%.3f}"}]
            \(extra)
            """
    }

    /// The layout tests' small landscape, with its own figure left out (each test sizes the page).
    static let landscape = LayoutTestSupport.landscape.replacingOccurrences(
        of: "figure: {size: [8, 6], dpi: 72, output: out.png}\n", with: "")

    static func layout(_ text: String) throws -> (FigureSpec, SampleTable, Scene) {
        try SliceLayoutTests.layout(text)
    }

    /// The frame: the clip of the group holding the grid lines, trials and line.
    static func frame(of scene: Scene) throws -> Rect {
        let clips = scene.nodes.compactMap { node -> Rect? in
            if case .group(let clip?, let children) = node, children.count >= 2 { return clip }
            return nil
        }
        return try #require(clips.first)
    }

    static func markers(of scene: Scene) -> [Point] {
        LayoutTestSupport.flatten(scene.nodes).flatMap { node -> [Point] in
            if case .markers(_, let centers, _, _) = node { return centers }
            return []
        }
    }

    /// The best-so-far line: the open path stroked in the best line's colour.
    static func bestLine(of scene: Scene, color: Color) -> [Point]? {
        LayoutTestSupport.flatten(scene.nodes).compactMap { node -> [Point]? in
            guard case .path(let path, nil, let stroke?) = node, stroke.color == color else { return nil }
            return path.elements.compactMap { element -> Point? in
                switch element {
                case .move(let point), .line(let point): point
                default: nil
                }
            }
        }.first
    }

    @Test(arguments: [(8.0, 5.0), (5.0, 4.0), (12.0, 9.0), (4.0, 3.0), (10.0, 3.5)])
    func textNeitherOverlapsNorLeavesThePage(width: Double, height: Double) throws {
        let (_, _, scene) = try Self.layout(Self.spec(width: width, height: height))
        #expect(LayoutTestSupport.overlaps(scene).isEmpty, "\(LayoutTestSupport.overlaps(scene))")
        #expect(LayoutTestSupport.outside(scene).isEmpty, "\(LayoutTestSupport.outside(scene))")
        for label in ["Trial", "Best so far", "Score"] {
            #expect(scene.textRuns.contains { $0.text == label }, "\(label) is drawn")
        }
    }

    /// Every trial's marker is inside the frame, at its trial number across (in run order, so left to
    /// right) and its value up; the legend box covers none of them.
    @Test(arguments: [(8.0, 5.0), (4.0, 3.0)])
    func trialsLandInsideTheFrameClearOfTheLegend(width: Double, height: Double) throws {
        let (_, table, scene) = try Self.layout(Self.spec(width: width, height: height))
        let frame = try Self.frame(of: scene)
        let centers = Self.markers(of: scene)
        #expect(centers.count == table.count)
        #expect(centers.allSatisfy { frame.contains($0) }, "every trial inside \(frame)")
        #expect(centers.map(\.x) == centers.map(\.x).sorted(), "trials left to right in run order")
        for (a, b) in zip(0..<table.count, 1..<table.count) where table.score[a] != table.score[b] {
            #expect((centers[a].y > centers[b].y) == (table.score[a] < table.score[b]), "higher value, higher up")
        }
        let boxes = LayoutTestSupport.flatten(scene.nodes).compactMap { node -> Rect? in
            guard case .path(_, let fill?, _) = node, fill == Color(gray: 1, alpha: 0.9) else { return nil }
            return node.extent
        }
        let legend = try #require(boxes.first)
        #expect(!centers.contains { legend.contains($0) }, "the legend \(legend) covers no trial")
    }

    /// The step line starts at the first trial, only ever rises (maximising) and ends at the best
    /// trial's height at the last trial; shown as a loss it only falls.
    @Test(arguments: ["score", "loss"])
    func theBestLineStepsTowardsTheBest(value: String) throws {
        let (spec, table, scene) = try Self.layout(Self.spec(plot: "history: {value: \(value)}"))
        guard case .history(let plot) = spec.plot else { throw Unexpected() }
        let line = try #require(Self.bestLine(of: scene, color: plot.bestColor.sceneColor))
        let centers = Self.markers(of: scene)
        let best = try #require(table.argmax())
        #expect(abs((line.last?.y ?? 0) - centers[best].y) < 1e-6, "ends at the best trial's height")
        #expect(abs((line.last?.x ?? 0) - (centers.last?.x ?? 0)) < 1e-6, "ends at the last trial")
        #expect(line.first == centers.first)
        for (a, b) in zip(line, line.dropFirst()) {
            #expect(b.x >= a.x - 1e-9, "never goes back")
            #expect(value == "score" ? b.y <= a.y + 1e-9 : b.y >= a.y - 1e-9, "only improves")
        }
    }

    /// Two histories on a page share their axes: the same trial and value ranges (so the same ticks at
    /// the same heights), the right panel's value labels left to the left one's.
    @Test func twoPanelsShareTheirAxes() throws {
        let (_, table, scene) = try Self.layout(
            Self.spec(
                width: 12,
                extra: """
                    panels:
                      grid: [[random, lhs]]
                      views:
                        random: {title: Random}
                        lhs:
                          title: LHS
                          sampling: {trials: {count: 80, method: latin_hypercube, parameters: [learning_rate, batch_size]}}
                    """))
        #expect(table.panels.count == 2)
        #expect(table.panels.allSatisfy { $0.history != nil })
        #expect(LayoutTestSupport.overlaps(scene).isEmpty, "\(LayoutTestSupport.overlaps(scene))")
        // Each panel clips its content and its overlay (annotations, legend) to its frame.
        var frames: [Rect] = []
        for node in scene.nodes {
            if case .group(let clip?, let children) = node, children.count >= 2, !frames.contains(clip) {
                frames.append(clip)
            }
        }
        try #require(frames.count == 2)
        #expect(frames[0].minY == frames[1].minY && frames[0].height == frames[1].height)
        let left = scene.textRuns.filter { $0.rotation == 0 && $0.bounds.maxX < frames[0].minX }
        let between = scene.textRuns.filter {
            $0.rotation == 0 && $0.bounds.minX > frames[0].maxX && $0.bounds.maxX < frames[1].minX
                && $0.bounds.minY > frames[1].minY
        }
        #expect(!left.isEmpty, "the left panel labels the value axis")
        #expect(between.isEmpty, "the right panel leaves it: \(between.map(\.text))")
        // The same value lands at the same height in both panels: page y is one linear map of the score.
        let markers = Self.markers(of: scene)
        let pages = [Array(markers.prefix(table.panels[0].count)), Array(markers.suffix(table.panels[1].count))]
        let maps = try zip(table.panels, pages).map { panel, centers -> (a: Double, b: Double) in
            let low = try #require(panel.argmin())
            let high = try #require(panel.argmax())
            let b = (centers[high].y - centers[low].y) / (panel.score[high] - panel.score[low])
            return (centers[low].y - b * panel.score[low], b)
        }
        #expect(abs(maps[0].a - maps[1].a) < 1e-6 && abs(maps[0].b - maps[1].b) < 1e-6, "\(maps)")
    }
}

private struct Unexpected: Error {}
