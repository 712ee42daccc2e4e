import CCairo
import PlotScene
import Testing

@testable import PlotRender

/// Strokes shared by several threads give the bytes of one thread stroking them in turn.
@Suite struct BandedStrokesTests {
    /// `count` lines over six shared axes, y from a fixed LCG, four translucent colours in turn: the
    /// shape of a parallel-coordinates plot.
    static func lines(count: Int, width: Double, cap: Stroke.Cap = .round, join: Stroke.Join = .round) -> Polylines {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(UInt64(1) << 53)
        }
        let palette = [
            Color(red: 0.74, green: 0.74, blue: 0.74, alpha: 0.6),
            Color(red: 0.99, green: 0.68, blue: 0.38, alpha: 0.6),
            Color(red: 0.45, green: 0.68, blue: 0.82, alpha: 0.35), Color(red: 0.1, green: 0.6, blue: 0.31, alpha: 0.8)
        ]
        let xs: [Double] = [20, 70, 120, 170, 220, 270]
        let lines = (0..<count).map { i in
            Polylines.Line(points: xs.map { Point($0, 15 + next() * 150) }, color: palette[i % palette.count])
        }
        return Polylines(lines: lines, width: width, cap: cap, join: join)
    }

    static func scene(_ polylines: Polylines, clip: Rect? = nil, background: Color = .white) -> Scene {
        let frame = SceneNode.path(
            Path(rect: Rect(x: 10, y: 10, width: 270, height: 160)), fill: Color(gray: 0.95), stroke: nil)
        return Scene(
            width: 290, height: 190, background: background,
            nodes: [frame, .group(clip: clip, [.polylines(polylines)])])
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let scene: Scene
        let scale: Double
        var testDescription: String { name }
    }

    static let cases = [
        Case(name: "300 lines at 150 dpi", scene: scene(lines(count: 300, width: 1)), scale: 150.0 / 72),
        Case(
            name: "wide lines, butt caps, miter joins",
            scene: scene(lines(count: 120, width: 4, cap: .butt, join: .miter)), scale: 2),
        Case(
            name: "clipped to a rectangle on the pixel grid",
            scene: scene(lines(count: 200, width: 0.8), clip: Rect(x: 33.5, y: 41.5, width: 180, height: 78)),
            scale: 2),
        Case(
            name: "clipped off the pixel grid (strokes on one thread)",
            scene: scene(lines(count: 200, width: 0.8), clip: Rect(x: 33.3, y: 41.7, width: 180.2, height: 77.9)),
            scale: 150.0 / 72),
        Case(
            name: "transparent page (ARGB32)",
            scene: scene(lines(count: 200, width: 1.5), background: Color(gray: 1, alpha: 0)), scale: 1)
    ]

    @Test(arguments: cases)
    func everyBandCountPaintsTheSequentialPixels(_ example: Case) throws {
        let sequential = try SceneRenderer.renderPixels(example.scene, pixelScale: example.scale, strokeBands: 1)
        for bands in [2, 3, 7] {
            let banded = try SceneRenderer.renderPixels(example.scene, pixelScale: example.scale, strokeBands: bands)
            let differing = zip(banded.pixels, sequential.pixels).enumerated().filter { $0.element.0 != $0.element.1 }
            let first = differing.first.map { "first at x \($0.offset % banded.width), y \($0.offset / banded.width)" }
            #expect(differing.isEmpty, "\(bands) bands: \(differing.count) pixels differ, \(first ?? "")")
        }
    }

    /// The bands really draw the lines (a render without them would still match itself above), with or
    /// without a clip on the pixel grid.
    @Test func theBandsDrawOnAnImageSurface() throws {
        let surface = try #require(cairo_image_surface_create(CAIRO_FORMAT_RGB24, 300, 200))
        defer { cairo_surface_destroy(surface) }
        let cr = try #require(cairo_create(surface))
        defer { cairo_destroy(cr) }
        cairo_save(cr)
        cairo_scale(cr, 2, 2)
        cairo_rectangle(cr, 33.5, 41.5, 80, 40)
        cairo_clip(cr)
        #expect(BandedStrokes.stroke(Self.lines(count: 100, width: 1), on: cr, bands: 2))
        cairo_restore(cr)
        #expect(BandedStrokes.stroke(Self.lines(count: 100, width: 1), on: cr, bands: 2))
        let data = try #require(cairo_image_surface_get_data(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        let painted = (0..<200).contains { y in (0..<300).contains { x in data[y * stride + 4 * x] != 0 } }
        #expect(painted)
    }

    /// Too few lines, one band, a clip Cairo cannot list as rectangles, a pushed group or a vector
    /// surface: the caller strokes them itself.
    @Test func declinesWhatItCannotDoExactlyOrCheaply() throws {
        let image = try #require(cairo_image_surface_create(CAIRO_FORMAT_RGB24, 300, 200))
        defer { cairo_surface_destroy(image) }
        let cr = try #require(cairo_create(image))
        defer { cairo_destroy(cr) }
        #expect(!BandedStrokes.stroke(Self.lines(count: BandedStrokes.minimumLines - 1, width: 1), on: cr, bands: 2))
        #expect(!BandedStrokes.stroke(Self.lines(count: 100, width: 1), on: cr, bands: 1))
        // A clip off the pixel grid is not a list of rectangles to Cairo.
        cairo_save(cr)
        cairo_rectangle(cr, 10.5, 20.5, 100, 100)
        cairo_clip(cr)
        #expect(!BandedStrokes.stroke(Self.lines(count: 100, width: 1), on: cr, bands: 2))
        cairo_restore(cr)
        // Inside a pushed group the target is the group's own surface, placed by a device offset.
        cairo_rectangle(cr, 10, 20, 100, 100)
        cairo_clip(cr)
        cairo_push_group(cr)
        #expect(!BandedStrokes.stroke(Self.lines(count: 100, width: 1), on: cr, bands: 2))
        cairo_pattern_destroy(cairo_pop_group(cr))
        let recording = try #require(cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, nil))
        defer { cairo_surface_destroy(recording) }
        let vector = try #require(cairo_create(recording))
        defer { cairo_destroy(vector) }
        #expect(!BandedStrokes.stroke(Self.lines(count: 100, width: 1), on: vector, bands: 2))
    }
}
