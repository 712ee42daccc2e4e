import Foundation
import PlotRender
import PlotScene
import Testing

@testable import PlotLayout
@testable import PlotSpec

@Suite struct SurfaceLayoutTests {
    // MARK: - Projection

    /// Seen from the side (elevation 0) at azimuth −90 the viewer stands on the −y side: +x is right,
    /// +z is up, +y is away (negative depth).
    @Test func sideViewProjectsAxesAsDocumented() {
        let camera = Projection3D(elevation: 0, azimuth: -90)
        let right = camera.project(Point3(1, 0.5, 0.5))
        #expect(abs(right.x - 0.5) < 1e-12 && abs(right.y) < 1e-12)
        let top = camera.project(Point3(0.5, 0.5, 1))
        #expect(abs(top.x) < 1e-12 && abs(top.y - 0.375) < 1e-12, "z is scaled by the 0.75 box aspect")
        #expect(camera.depth(Point3(0.5, 0, 0.5)) > camera.depth(Point3(0.5, 1, 0.5)), "−y side is nearer")
    }

    /// Raising the azimuth walks the viewer counter-clockwise: at azimuth 0 the viewer is on +x, so
    /// the +x face that was on the right now faces the viewer and +y points right.
    @Test func azimuthRotatesTheViewerCounterClockwise() {
        let camera = Projection3D(elevation: 0, azimuth: 0)
        let plusX = camera.project(Point3(1, 0.5, 0.5))
        #expect(abs(plusX.x) < 1e-12)
        #expect(abs(camera.depth(Point3(1, 0.5, 0.5)) - 0.5) < 1e-12)
        #expect(abs(camera.project(Point3(0.5, 1, 0.5)).x - 0.5) < 1e-12)
    }

    @Test func elevationLooksDownOnTheFloor() {
        let camera = Projection3D(elevation: 90, azimuth: -90)
        #expect(camera.depth(Point3(0.5, 0.5, 1)) > camera.depth(Point3(0.5, 0.5, 0)))
        // From straight above, +y points up the page.
        #expect(camera.project(Point3(0.5, 1, 0)).y > 0)
    }

    @Test func fitKeepsTheBoxInsideTheRect() {
        let rect = Rect(x: 10, y: 20, width: 300, height: 200)
        let fit = ScreenFit.fitting(Projection3D(elevation: 32, azimuth: 135), into: rect)
        #expect(rect.insetBy(dx: -1e-6, dy: -1e-6).contains(fit.boxBounds))
    }

    // MARK: - Painter's order

    /// A ridge along x: for every pair of faces where one is clearly nearer, it is painted later.
    @Test(arguments: [(32.0, -60.0), (20.0, 135.0), (60.0, 10.0)])
    func nearerFacesComeLater(elevation: Double, azimuth: Double) throws {
        let n = 12
        let values = (0..<(n * n)).map { k -> Double in
            let y = Double(k / n) / Double(n - 1)
            return 1 - 4 * (y - 0.5) * (y - 0.5)
        }
        let mesh = SurfaceMesh(
            field: GridField(values: values, nx: n, ny: n),
            colors: ColorScale(.init(colormap: .viridis, lower: 0, upper: 1, label: nil)),
            projection: Projection3D(elevation: elevation, azimuth: azimuth))
        let faces = mesh.facesInPaintOrder()
        #expect(faces.count == (n - 1) * (n - 1))
        #expect(zip(faces, faces.dropFirst()).allSatisfy { $0.depth <= $1.depth })
        // The face at the viewer's corner of the floor is painted after the one opposite it.
        let order = Dictionary(uniqueKeysWithValues: faces.enumerated().map { ("\($1.i),\($1.j)", $0) })
        let camera = Projection3D(elevation: elevation, azimuth: azimuth)
        let corners = [(0, 0), (n - 2, 0), (0, n - 2), (n - 2, n - 2)]
        let depth = { (c: (Int, Int)) in camera.depth(mesh.vertex(c.0, c.1)) }
        let sorted = corners.sorted { depth($0) < depth($1) }
        let far = try #require(sorted.first)
        let near = try #require(sorted.last)
        let f = try #require(order["\(far.0),\(far.1)"])
        let b = try #require(order["\(near.0),\(near.1)"])
        #expect(f < b)
    }

    // MARK: - Whole layout

    static let figure = """
        figure: {title: "Architecture search surface", subtitle: "Depth × width", size: [8, 6], dpi: 100, output: x.png}
        sampling:
          grid: {depth: 24, width: 24}
        plot:
          surface3d:
            x: depth
            y: width
            value: loss
            colormap: coolwarm
            colorbar: Validation loss
            elevation: 32
            azimuth: 135
            z_axis: {label: "Validation loss (1 − accuracy)"}
        annotations:
          - text: "Valley: depth ≈ {depth:%.0f}, width ≈ {width:%.0f}"
            at: argmin
            offset: [150, -40]
            style: light
          - text: "Over-parameterised wall"
            at: {depth: 47, width: 4096}
            offset: [40, 60]
          - text: "Under-parameterised"
            at: {depth: 2, width: 64}
            label_at: {depth: 2, width: 64}
        """

    @Test(arguments: [(32.0, 135.0), (32.0, -128.0), (15.0, -60.0), (-20.0, 30.0)])
    func textNeitherOverlapsNorLeavesThePage(elevation: Double, azimuth: Double) throws {
        let text = Self.figure.replacingOccurrences(of: "elevation: 32", with: "elevation: \(elevation)")
            .replacingOccurrences(of: "azimuth: 135", with: "azimuth: \(azimuth)")
        let scene = try LayoutFixture.scene(text)
        let runs = scene.textRuns
        #expect(runs.count > 20)
        let page = Rect(x: 0, y: 0, width: scene.width, height: scene.height)
        for run in runs { #expect(page.contains(run.bounds), "\(run.text) leaves the page") }
        #expect(LayoutFixture.overlaps(runs).isEmpty, "\(LayoutFixture.overlaps(runs))")
    }

    /// Width is log2: its ticks are the powers of two from 64 to 4096, written out.
    @Test func widthTicksArePowersOfTwo() throws {
        let scene = try LayoutFixture.scene(Self.figure)
        let labels = Set(scene.textRuns.map(\.text))
        for power in ["64", "128", "256", "512", "1024", "2048", "4096"] {
            #expect(labels.contains(power), "missing \(power) in \(labels.sorted())")
        }
    }

    /// `at: argmin` of the shown loss (1 − score) is the cell of the highest score.
    @Test func placeholdersTakeTheArgminCell() throws {
        let (spec, table) = try LayoutFixture.spec(Self.figure)
        let scene = try FigureLayout.layout(spec, table: table, measurer: ApproximateTextMeasurer())
        let valley = try #require(scene.textRuns.first { $0.text.hasPrefix("Valley:") })
        let row = try #require(table.argmax())
        let depth = try #require(spec.parameters.firstIndex { $0.name == "depth" })
        let width = try #require(spec.parameters.firstIndex { $0.name == "width" })
        let expected =
            "Valley: depth ≈ \(String(format: "%.0f", table.columns[depth][row])), "
            + "width ≈ \(String(format: "%.0f", table.columns[width][row]))"
        #expect(valley.text == expected)
    }
}
