import Foundation
import PlotRender
import PlotScene
import Testing

@testable import PlotLayout

@Suite struct HeatmapLayoutTests {
    static func figure(grid: Int, contours: Bool) -> String {
        """
        figure: {title: "LR vs WD", size: [8, 6], dpi: 100, output: x.png}
        sampling:
          grid: {learning_rate: \(grid), weight_decay: \(grid)}
        plot:
          heatmap:
            x: learning_rate
            y: weight_decay
            colormap: magma
            colorbar: Validation accuracy
            \(contours ? "contours: [0.5, 0.8, 0.9]" : "")
        annotations:
          - marker: star
            at: argmax
            color: cyan
            legend: Best
          - text: "Sweet spot"
            at: argmax
            label_at: {learning_rate: 1.0e-4, weight_decay: 3.0e-6}
        """
    }

    @Test func bigGridIsOneImageOfTheGridSize() throws {
        let scene = try LayoutFixture.scene(Self.figure(grid: 300, contours: false))
        let images = LayoutFixture.images(scene.nodes)
        let cells = images.filter { $0.0.width == 300 && $0.0.height == 300 }
        #expect(cells.count == 1)
        #expect(cells.first?.0.pixels.count == 300 * 300 * 4)
        #expect(images.count == 2, "the cells and the colour bar")
    }

    @Test func contourLabelsAreClearOfAllOtherText() throws {
        let scene = try LayoutFixture.scene(Self.figure(grid: 80, contours: true))
        let runs = scene.textRuns
        let labels = runs.filter { ["0.5", "0.8", "0.9"].contains($0.text) && $0.font.size < 10 * 0.85 }
        #expect(labels.count >= 3)
        let others = runs.filter { run in !labels.contains(run) }
        #expect(LayoutFixture.overlaps(labels).isEmpty)
        for label in labels {
            #expect(!others.contains { $0.bounds.intersects(label.bounds) }, "\(label.text) overlaps text")
        }
    }

    /// Concentric rings: every level gets a label, none overlaps another, and the rings are cut open
    /// under them (more pieces than rings).
    @Test func labelerOnRings() {
        let frame = Rect(x: 0, y: 0, width: 400, height: 400)
        let levels = [60.0, 90, 120, 150].map { r in
            ContourLabeler.Level(
                value: r / 100,
                lines: [
                    (0...120).map { k in
                        let a = Double(k) / 120 * 2 * Double.pi
                        return Point(200 + r * cos(a), 200 + r * sin(a))
                    }
                ])
        }
        let out = ContourLabeler(
            text: TextPlacement(measurer: ApproximateTextMeasurer()), font: Font(size: 8),
            color: .white, frame: frame
        ).label(levels, avoiding: [])
        #expect(out.runs.count >= levels.count)
        #expect(LayoutFixture.overlaps(out.runs).isEmpty)
        #expect(out.pieces.map { $0.count }.reduce(0, +) > levels.count)
        for run in out.runs { #expect(abs(run.rotation) <= Double.pi / 2 + 0.1, "upright text") }
    }

    /// Lines drawn over the data (arrow shafts, curves) are kept out of contour labels.
    @Test func labelsStayOffCrossingLines() {
        let frame = Rect(x: 0, y: 0, width: 400, height: 400)
        let ring = (0...120).map { k -> Point in
            let a = Double(k) / 120 * 2 * Double.pi
            return Point(200 + 120 * cos(a), 200 + 120 * sin(a))
        }
        // Spokes through the centre cross the ring every 30°.
        let spokes = (0..<6).map { k -> (Point, Point) in
            let a = Double(k) * Double.pi / 6
            return (Point(200 - 190 * cos(a), 200 - 190 * sin(a)), Point(200 + 190 * cos(a), 200 + 190 * sin(a)))
        }
        let labeler = ContourLabeler(
            text: TextPlacement(measurer: ApproximateTextMeasurer()), font: Font(size: 8),
            color: .white, frame: frame)
        let out = labeler.label([.init(value: 0.5, lines: [ring])], avoiding: [], crossing: spokes)
        #expect(!out.runs.isEmpty)
        for run in out.runs {
            #expect(!spokes.contains { ContourLabeler.segment($0.0, $0.1, meets: run.bounds) })
        }
    }

    @Test func segmentRectangleIntersection() {
        let r = Rect(x: 10, y: 10, width: 10, height: 10)
        #expect(ContourLabeler.segment(Point(0, 0), Point(30, 30), meets: r))
        #expect(ContourLabeler.segment(Point(15, 15), Point(16, 16), meets: r), "inside")
        #expect(!ContourLabeler.segment(Point(0, 25), Point(25, 40), meets: r))
        #expect(!ContourLabeler.segment(Point(0, 0), Point(9, 30), meets: r))
    }
}
