import Foundation
import PlotRender
import PlotSampling
import PlotScene
import PlotSpec
import Testing

@testable import PlotLayout

/// The one annotation engine, driven through each coordinate system's label placement.
@Suite struct AnnotationEngineTests {
    static let theme = Theme(fontSize: 10)
    static var text: TextPlacement { TextPlacement(measurer: ApproximateTextMeasurer()) }

    static func spec(_ annotations: String) throws -> (FigureSpec, SampleTable) {
        try LayoutFixture.spec(
            """
            figure: {size: [8, 6], dpi: 72, output: x.png}
            sampling: {grid: {learning_rate: 16, weight_decay: 16}}
            plot: {heatmap: {x: learning_rate, y: weight_decay}}
            annotations:
            \(annotations)
            """)
    }

    static func engine(
        _ spec: FigureSpec, _ table: SampleTable, space: any CoordinateSystem,
        obstacles: [Rect] = []
    ) -> AnnotationDrawing {
        AnnotationDrawing(
            spec: spec, table: table, theme: theme, text: text, space: space,
            shown: { table.score[$0] }, obstacles: obstacles)
    }

    static func cartesian(_ spec: FigureSpec) -> CartesianCoordinates {
        let rect = Rect(x: 50, y: 40, width: 300, height: 200)
        let lr = spec.parameterIndex(named: "learning_rate") ?? 0
        let wd = spec.parameterIndex(named: "weight_decay") ?? 0
        let frame = PlotFrame(
            rect: rect, x: spec.parameters[lr].continuousScale, y: spec.parameters[wd].continuousScale)
        return CartesianCoordinates(spec: spec, frame: frame, x: lr, y: wd, theme: theme)
    }

    /// A coordinate system whose every point is the same, with the surface's placement (rings, dots).
    struct Fixed: CoordinateSystem {
        let at: Point
        let labelBounds: Rect
        var labelPlacement: LabelPlacement {
            LabelPlacement(
                search: .rings(clearance: 4), marksTargets: true, lightArrowInk: Color(gray: 0.1),
                arrowsUnderMarks: true)
        }
        func point(_ anchor: AnchorPoint, axis: Int?, values: AnchorValues) -> Point { at }
        func regionRects(_ region: RegionAnnotation) -> [Rect]? { nil }
        func linePath(_ line: ReferenceLine) -> Path? { nil }
        func curvePieces(_ curve: CurveAnnotation, trace: CurveTrace?) -> [[Point]]? { nil }
    }

    static func boxes(_ nodes: [SceneNode]) -> [Rect] {
        nodes.compactMap { node in
            if case .path(let path, let fill?, _) = node, fill.alpha < 1 { return path.bounds }
            return nil
        }
    }

    /// The target dots (white-edged circles) centred on `point`.
    static func dots(_ nodes: [SceneNode], at point: Point) -> [SceneNode] {
        nodes.filter { node in
            guard case .path(let path, _, let stroke?) = node, stroke.color == .white, let bounds = path.bounds else {
                return false
            }
            return hypot(bounds.midX - point.x, bounds.midY - point.y) < 1e-9
        }
    }

    @Test func labelsMoveOffObstaclesInBothPlacements() throws {
        let (spec, table) = try Self.spec(
            """
              - text: "Best region"
                at: argmax
                offset: [0, 0]
            """)
        let cartesian = Self.cartesian(spec)
        let free = Self.engine(spec, table, space: cartesian).draw()
        let wished = try #require(Self.boxes(free.overlay).first)
        let blocked = Self.engine(spec, table, space: cartesian, obstacles: [wished]).draw()
        let moved = try #require(Self.boxes(blocked.overlay).first)
        #expect(!moved.intersects(wished))
        #expect(abs(moved.midX - wished.midX) < 1e-9, "the column search keeps the label over its point")

        let fixed = Fixed(at: Point(200, 150), labelBounds: Rect(x: 0, y: 0, width: 400, height: 300))
        let around = Self.engine(spec, table, space: fixed, obstacles: [wished]).draw()
        let ringBox = try #require(Self.boxes(around.overlay).first)
        #expect(!ringBox.intersects(wished))
    }

    @Test func markedTargetsGetADotThatNoBoxCovers() throws {
        let (spec, table) = try Self.spec(
            """
              - text: "Here"
                at: argmax
                offset: [0, 0]
              - marker: star
                at: argmax
            """)
        let fixed = Fixed(at: Point(200, 150), labelBounds: Rect(x: 0, y: 0, width: 400, height: 300))
        let out = Self.engine(spec, table, space: fixed).draw()
        let dots = Self.dots(out.overlay, at: Point(200, 150))
        #expect(dots.count == 1)
        let box = try #require(Self.boxes(out.overlay).first)
        #expect(!box.intersects(Rect(x: 195, y: 145, width: 10, height: 10)))
        // Layering: the star marker before the dot, the box last.
        let star = out.overlay.firstIndex {
            if case .path(_, let fill?, _) = $0 { return fill.alpha == 1 && $0 != dots[0] }
            return false
        }
        let boxIndex = out.overlay.lastIndex {
            if case .path(_, let fill?, _) = $0 { return fill.alpha < 1 }
            return false
        }
        #expect(star.map { s in boxIndex.map { s < $0 } ?? false } == true)

        let cartesian = Self.cartesian(spec)
        let cartesianOut = Self.engine(spec, table, space: cartesian).draw()
        let target = cartesian.point(
            .argmax, axis: nil, values: AnchorValues(spec: spec, table: table, shown: { table.score[$0] }))
        #expect(Self.dots(cartesianOut.overlay, at: target).isEmpty, "no target dot on a 2-D frame")
        #expect(Self.boxes(cartesianOut.overlay).count == 1)
    }

    @Test func labelsThatCannotFitAreLeftOut() throws {
        let (spec, table) = try Self.spec(
            """
              - text: "A label far too wide for the tiny plot it annotates"
                at: argmax
            """)
        let tiny = Rect(x: 0, y: 0, width: 60, height: 40)
        let fixed = Fixed(at: Point(30, 20), labelBounds: tiny)
        #expect(Self.boxes(Self.engine(spec, table, space: fixed).draw().overlay).isEmpty)
        let roomy = Fixed(at: Point(300, 200), labelBounds: Rect(x: 0, y: 0, width: 600, height: 400))
        #expect(Self.boxes(Self.engine(spec, table, space: roomy).draw().overlay).count == 1)
    }

    @Test func kindsASpaceCannotDrawMakeNoLegendEntry() throws {
        let (spec, table) = try Self.spec(
            """
              - line: {learning_rate: 1.0e-3}
                legend: Threshold
              - region: {learning_rate: [1.0e-4, 1.0e-3]}
                legend: Band
            """)
        #expect(
            Self.engine(spec, table, space: Self.cartesian(spec)).draw().legend.map(\.label) == ["Threshold", "Band"])
        let fixed = Fixed(at: Point(30, 20), labelBounds: Rect(x: 0, y: 0, width: 400, height: 300))
        let out = Self.engine(spec, table, space: fixed).draw()
        #expect(out.legend.isEmpty && out.underlay.isEmpty)
    }
}
