import Foundation
import PlotRender
import PlotSampling
import PlotScene
import PlotSpec
import Testing

@testable import PlotLayout

/// The three coordinate systems annotations are drawn through, each checked against the geometry it wraps.
@Suite struct CoordinateSystemTests {
    static let theme = Theme(fontSize: 10)

    static func heatmap() throws -> (FigureSpec, SampleTable) {
        try LayoutFixture.spec(
            """
            figure: {size: [8, 6], dpi: 72, output: x.png}
            sampling: {grid: {learning_rate: 20, weight_decay: 20}}
            plot: {heatmap: {x: learning_rate, y: weight_decay}}
            annotations:
              - line: {learning_rate: 1.0e-3}
              - line: {weight_decay: 1.0e-4}
              - region: {learning_rate: [1.0e-4, 1.0e-2]}
              - curve: {weight_decay: "learning_rate / 10"}
            """)
    }

    static func values(_ spec: FigureSpec, _ table: SampleTable) -> AnchorValues {
        AnchorValues(spec: spec, table: table, shown: { table.score[$0] })
    }

    static func cartesian(_ spec: FigureSpec) throws -> CartesianCoordinates {
        guard case .heatmap(let plot) = spec.plot else { throw CancellationError() }
        let rect = Rect(x: 50, y: 40, width: 300, height: 200)
        let frame = PlotFrame(
            rect: rect, x: spec.parameters[plot.x].continuousScale, y: spec.parameters[plot.y].continuousScale)
        return CartesianCoordinates(spec: spec, frame: frame, x: plot.x, y: plot.y, theme: theme)
    }

    @Test func cartesianPutsDataWhereTheFrameDoes() throws {
        let (spec, table) = try Self.heatmap()
        let space = try Self.cartesian(spec)
        let lr = try #require(spec.parameterIndex(named: "learning_rate"))
        let wd = try #require(spec.parameterIndex(named: "weight_decay"))
        let p = space.point(.data([lr: 1e-3, wd: 1e-4]), axis: nil, values: Self.values(spec, table))
        #expect(p == space.frame.point(1e-3, 1e-4))
        #expect(space.labelPoint(.data([lr: 1e-3, wd: 1e-4]), axis: nil, values: Self.values(spec, table)) == p)
        let best = space.point(.argmax, axis: nil, values: Self.values(spec, table))
        #expect(space.frame.rect.contains(best))
    }

    @Test func cartesianLinesRegionsAndCurvesSpanTheFrame() throws {
        let (spec, table) = try Self.heatmap()
        let space = try Self.cartesian(spec)
        let r = space.frame.rect
        var lines: [Path] = []
        var regions: [Rect] = []
        var curves: [[Point]] = []
        for annotation in spec.annotations {
            switch annotation.kind {
            case .line(let line): lines += space.linePath(line).map { [$0] } ?? []
            case .region(let region): regions += space.regionRects(region) ?? []
            case .curve(let curve): curves += space.curvePieces(curve, trace: table.annotations.curves[3]) ?? []
            default: break
            }
        }
        #expect(lines.count == 2)
        #expect(
            lines.compactMap(\.bounds) == [
                Rect(x: space.frame.pageX(1e-3), y: r.minY, width: 0, height: r.height),
                Rect(x: r.minX, y: space.frame.pageY(1e-4), width: r.width, height: 0)
            ])
        // A region that omits a parameter is a band over its whole range.
        #expect(
            regions.count == 1 && abs(regions[0].height - r.height) < 1e-9
                && abs(regions[0].minX - space.frame.pageX(1e-4)) < 1e-9)
        // weight_decay = learning_rate / 10, traced along learning_rate.
        let points = curves.flatMap { $0 }
        #expect(points.count > 100)
        for point in points.prefix(20) {
            let x = space.frame.x.value(atNormalized: (point.x - r.minX) / r.width)
            #expect(abs(point.y - space.frame.pageY(x / 10)) < 1e-6)
        }
    }

    @Test func parallelPointsLieOnTheirAxis() throws {
        let (spec, table) = try LayoutFixture.spec(
            """
            figure: {size: [8, 6], dpi: 72, output: x.png}
            sampling: {trials: {count: 50}}
            plot: {parallel_coordinates: {axes: [learning_rate, batch_size, depth]}}
            annotations:
              - line: {depth: 20}
              - region: {batch_size: [16, 64]}
            """)
        guard case .parallelCoordinates(let plot) = spec.plot else { throw CancellationError() }
        let layout = ParallelLayout(
            spec: spec, plot: plot, table: table, theme: Self.theme,
            text: TextPlacement(measurer: ApproximateTextMeasurer()))
        let geometry = ParallelGeometry(
            rect: Rect(x: 40, y: 30, width: 300, height: 200),
            slots: layout.axisModels(length: 200)
                .enumerated().map { .init(parameter: $1.parameter, scale: $1.scale, x: 40 + 100 * Double($0)) })
        let space = ParallelCoordinates(geometry: geometry, theme: Self.theme)
        let depth = try #require(spec.parameterIndex(named: "depth"))
        let values = Self.values(spec, table)
        let onDepth = space.point(.data([depth: 20]), axis: nil, values: values)
        #expect(onDepth == Point(240, geometry.y(2, 20)))
        #expect(space.point(.argmax, axis: nil, values: values).x == 340, "argmax sits on the score axis")
        for annotation in spec.annotations {
            switch annotation.kind {
            case .line(let line):
                #expect(space.linePath(line)?.bounds.map { $0.midX == 240 && $0.minY == onDepth.y } == true)
            case .region(let region):
                let rects = try #require(space.regionRects(region))
                #expect(rects.count == 1 && rects[0].midX == 140)
            default: break
            }
        }
    }

    @Test(arguments: [90.0, 30.0])
    func projectedLabelPointsLieOnTheFloorUnderTheirTarget(elevation: Double) throws {
        let (spec, table) = try LayoutFixture.spec(
            """
            figure: {size: [8, 6], dpi: 72, output: x.png}
            sampling: {grid: {depth: 12, width: 12}}
            plot: {surface3d: {x: depth, y: width, elevation: \(elevation), azimuth: -60}}
            """)
        guard case .surface(let plot) = spec.plot else { throw CancellationError() }
        let field = GridField(table: table, x: plot.x, y: plot.y, shown: plot.shown)
        let projection = Projection3D(elevation: elevation, azimuth: -60)
        let mesh = SurfaceMesh(field: field, colors: ColorScale(plot.color), projection: projection)
        let fit = ScreenFit.fitting(projection, into: Rect(x: 0, y: 0, width: 400, height: 300))
        let space = ProjectedCoordinates(
            spec: spec, x: plot.x, y: plot.y, field: field, mesh: mesh, fit: fit,
            labelBounds: Rect(x: 0, y: 0, width: 400, height: 300))
        let values = Self.values(spec, table)
        let target = space.target(.argmax, values: values)
        #expect(target.z > 0.5, "the best cell is high on the surface")
        let onSurface = space.point(.argmax, axis: nil, values: values)
        let onFloor = space.labelPoint(.argmax, axis: nil, values: values)
        if elevation == 90 {
            // Seen from straight above, height does not show.
            #expect(hypot(onSurface.x - onFloor.x, onSurface.y - onFloor.y) < 1e-6)
        } else {
            #expect(abs(onSurface.x - onFloor.x) < 1e-6, "a vertical edge stays vertical in the view")
            #expect(onFloor.y - onSurface.y > 20, "the floor point is below the surface point")
        }
        for annotation in spec.annotations {
            if case .line(let line) = annotation.kind { #expect(space.linePath(line) == nil) }
        }
    }
}
