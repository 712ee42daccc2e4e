import PlotRender
import PlotSampling
import PlotScene
import PlotSpec
import Testing

@testable import PlotLayout

/// `FrameMap` says where the layout put the data: the rectangle the heatmap's cells were painted in, the
/// row painted in each cell, and where each scatter marker went.
@Suite struct FrameMapTests {
    static func laidOut(_ text: String) throws -> (FigureSpec, SampleTable, Scene, [FrameMap]) {
        let (spec, table) = try LayoutFixture.spec(text)
        let laid = try FigureLayout.layoutWithFrames(spec, table: table, measurer: ApproximateTextMeasurer())
        return (spec, table, laid.scene, laid.frames)
    }

    /// Every raster image's rectangle in the scene, in painting order (the plots' cells come before
    /// the colour bars, which the page paints after every plot's content).
    static func imageRects(_ nodes: [SceneNode]) -> [Rect] {
        nodes.flatMap { node -> [Rect] in
            switch node {
            case .image(_, let rect): [rect]
            case .group(_, let children): imageRects(children)
            default: []
            }
        }
    }

    @Test func aHeatmapMapsEachCellToTheRowPaintedThere() throws {
        let (spec, table, scene, frames) = try Self.laidOut(
            """
            figure: {size: [8, 6], output: x.png}
            sampling: {grid: {learning_rate: 12, weight_decay: 9}}
            plot: {heatmap: {x: learning_rate, y: weight_decay}}
            """)
        let frame = try #require(frames.first)
        #expect(frames.count == 1)
        #expect(frame.kind == .heatmap)
        #expect(Self.imageRects(scene.nodes).first == frame.rect)
        #expect((frame.columns, frame.rows) == (12, 9))
        #expect(frame.cellRows.sorted() == Array(0..<table.count))
        let x = try #require(spec.parameterIndex(named: "learning_rate"))
        let y = try #require(spec.parameterIndex(named: "weight_decay"))
        #expect((frame.x?.parameter, frame.y?.parameter) == (x, y))
        // Across a row of cells the learning rate grows and the weight decay stays; up a column, the reverse.
        for j in 0..<frame.rows {
            let rows = (0..<frame.columns).map { frame.cellRows[j * frame.columns + $0] }
            let xs = rows.map { table.columns[x][$0] }
            #expect(xs == xs.sorted() && Set(xs).count == frame.columns)
            #expect(Set(rows.map { table.columns[y][$0] }).count == 1)
        }
        let bottom = table.columns[y][frame.cellRows[0]]
        let top = table.columns[y][frame.cellRows[(frame.rows - 1) * frame.columns]]
        #expect(bottom < top)
    }

    @Test func layingOutWithFramesDrawsTheSameScene() throws {
        let (spec, table) = try LayoutFixture.spec(
            """
            figure: {size: [8, 6], output: x.png}
            sampling: {trials: {count: 40}}
            plot: {scatter: {x: learning_rate, y: batch_size}}
            """)
        let plain = try FigureLayout.layout(spec, table: table, measurer: ApproximateTextMeasurer())
        let framed = try FigureLayout.layoutWithFrames(spec, table: table, measurer: ApproximateTextMeasurer())
        #expect(plain.dump() == framed.scene.dump())
    }

    @Test func aScatterMapsEachTrialToItsMarker() throws {
        let (spec, table, _, frames) = try Self.laidOut(
            """
            figure: {size: [8, 6], output: x.png}
            sampling: {trials: {count: 40}}
            plot: {scatter: {x: learning_rate, y: batch_size}}
            """)
        let frame = try #require(frames.first)
        #expect(frame.kind == .scatter)
        #expect(frame.points.count == table.count)
        let x = try #require(spec.parameterIndex(named: "learning_rate"))
        for point in frame.points {
            #expect(frame.rect.minX <= point.x && point.x <= frame.rect.maxX)
            #expect(frame.rect.minY <= point.y && point.y <= frame.rect.maxY)
        }
        let byValue = (0..<table.count).sorted { table.columns[x][$0] < table.columns[x][$1] }
        let pageX = byValue.map { frame.points[$0].x }
        #expect(pageX == pageX.sorted())
    }

    @Test func aPageOfPanelsHasOneFramePerPanel() throws {
        let (_, table, scene, frames) = try Self.laidOut(
            """
            figure: {size: [12, 5], output: x.png}
            sampling: {grid: {learning_rate: 10, batch_size: 8}}
            plot: {heatmap: {x: learning_rate, y: batch_size}}
            facet: {parameter: depth, values: [2, 8, 32], columns: 3}
            """)
        #expect(frames.map(\.panel) == [0, 1, 2])
        #expect(frames.map(\.cellRows.count) == table.panels.map(\.count))
        #expect(Array(Self.imageRects(scene.nodes).prefix(3)) == frames.map(\.rect))
        #expect(frames[0].rect.maxX < frames[1].rect.minX)
    }
}

extension FrameMapTests {
    @Test func parallelCoordinatesMapEachTrialToItsLine() throws {
        let (spec, table, _, frames) = try Self.laidOut(
            """
            figure: {size: [8, 6], output: x.png}
            sampling: {trials: {count: 30}}
            plot: {parallel_coordinates: {axes: [learning_rate, batch_size, depth]}}
            """)
        let frame = try #require(frames.first)
        #expect(frame.kind == .parallel)
        #expect(frame.slots.count == 4)
        #expect(frame.slots == frame.slots.sorted())
        #expect(frame.lines.count == table.count)
        // On the depth axis, deeper trials are higher on the page (smaller y).
        let depth = try #require(spec.parameterIndex(named: "depth"))
        let byDepth = (0..<table.count).sorted { table.columns[depth][$0] < table.columns[depth][$1] }
        let ys = byDepth.map { frame.lines[$0][2] }
        #expect(ys == ys.sorted(by: >))
        #expect(frame.lines.allSatisfy { $0.allSatisfy { frame.rect.minY <= $0 && $0 <= frame.rect.maxY } })
    }
}

extension FrameMapTests {
    /// A history's trials are read like a scatter's (the preview finds the nearest marker), but nothing
    /// across or up is a parameter.
    @Test func aHistoryMapsEachTrialToItsMarker() throws {
        let (_, table, _, frames) = try Self.laidOut(
            """
            figure: {size: [8, 5], output: x.png}
            sampling: {trials: {count: 30}}
            plot: {history: {}}
            """)
        let frame = try #require(frames.first)
        #expect(frame.kind == .scatter)
        #expect(frame.x == nil && frame.y == nil)
        #expect(frame.points.count == table.count)
        #expect(frame.points.allSatisfy { frame.rect.contains($0) })
        #expect(frame.points.map(\.x) == frame.points.map(\.x).sorted(), "trial order across")
    }
}
