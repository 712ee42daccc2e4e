import PlotScene
import Testing

@testable import PlotRender

@Suite struct PolylineRasterTests {
    static let palette = [
        Color(red: 0.9, green: 0.2, blue: 0.1), Color(red: 0.1, green: 0.4, blue: 0.8),
        Color(red: 0.2, green: 0.7, blue: 0.3)
    ]

    /// 3600 lines over four shared columns (10 to 100 pt), y uniform in 10…60 pt from a fixed LCG, three
    /// colours in turn at alpha 0.4: more than a PNG strokes one by one.
    static func lines(width: Double) -> Polylines {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(UInt64(1) << 53)
        }
        let xs: [Double] = [10, 40, 70, 100]
        let lines = (0..<3600).map { i in
            Polylines.Line(points: xs.map { Point($0, 10 + next() * 50) }, color: palette[i % 3].withAlpha(0.4))
        }
        return Polylines(lines: lines, width: width)
    }

    static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        bytes.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01b3 }
    }

    /// One recorded raster: line width (pt) and pixel scale in; image size, page origin and pixel hash out.
    struct Recorded: Sendable, CustomTestStringConvertible {
        let width: Double, scale: Double, pixelsWide: Int, pixelsHigh: Int, x: Double, y: Double, hash: UInt64
        var testDescription: String { "width \(width) pt at \(scale) px/pt" }
    }

    /// The raster is the one parallel-coordinates layout used to put in the scene. The hashes were recorded
    /// by running the pre-move `LineDensityRaster` (PlotLayout, commit 0c22d0c) on these lines, placed the
    /// way its layout placed them (whole pixels around the axes' span plus a line width).
    @Test(arguments: [
        Recorded(width: 0.6, scale: 2, pixelsWide: 181, pixelsHigh: 104, x: 10, y: 9, hash: 0x4ef7_5313_e8a0_143e),
        Recorded(width: 0.3, scale: 2, pixelsWide: 181, pixelsHigh: 102, x: 10, y: 9.5, hash: 0xc793_9e06_2b9d_c4b5),
        Recorded(
            width: 1.5, scale: 150.0 / 72, pixelsWide: 190, pixelsHigh: 112, x: 9.6, y: 8.16,
            hash: 0x424f_8fe5_ea98_467d)
    ])
    func matchesTheRasterLayoutUsedToMake(_ recorded: Recorded) throws {
        let raster = try #require(PolylineRaster.image(Self.lines(width: recorded.width), pixelScale: recorded.scale))
        #expect(raster.image.width == recorded.pixelsWide && raster.image.height == recorded.pixelsHigh)
        #expect(abs(raster.rect.x - recorded.x) < 1e-9 && abs(raster.rect.y - recorded.y) < 1e-9)
        #expect(abs(raster.rect.width - Double(recorded.pixelsWide) / recorded.scale) < 1e-9)
        #expect(Self.fnv1a(raster.image.pixels) == recorded.hash)
    }

    /// A PNG draws the node exactly as it drew the image node layout used to emit.
    @Test func aPNGPaintsTheRasterWhereTheImageNodeWas() throws {
        let polylines = Self.lines(width: 0.6)
        let raster = try #require(PolylineRaster.image(polylines, pixelScale: 2))
        let lines = Scene(width: 120, height: 80, background: .white, nodes: [.polylines(polylines)])
        let image = Scene(width: 120, height: 80, background: .white, nodes: [.image(raster.image, rect: raster.rect)])
        #expect(
            try SceneRenderer.renderPixels(lines, pixelScale: 2).pixels
                == SceneRenderer.renderPixels(image, pixelScale: 2).pixels)
    }

    /// The raster looks like the strokes it replaces. Cairo stroking the same 3600 lines one by one differs
    /// in edge coverage and round caps: RMS 8.2 over RGB at 2 px/pt. The bound notices a real change: the
    /// strokes 50 % wider measure 12.6, shifted by one pixel 26.7, drawn in reverse order 30.3.
    @Test func looksLikeTheSameLinesStrokedByCairo() throws {
        let polylines = Self.lines(width: 0.6)
        let scene = Scene(width: 120, height: 80, background: .white, nodes: [.polylines(polylines)])
        let raster = try SceneRenderer.renderPixels(scene, pixelScale: 2)
        let strokes = Scene(
            width: 120, height: 80, background: .white,
            nodes: polylines.lines.map {
                .path(Path(polyline: $0.points), fill: nil, stroke: polylines.stroke($0))
            })
        let vector = try SceneRenderer.renderPixels(strokes, pixelScale: 2)
        var sum = 0.0
        for (a, b) in zip(raster.pixels, vector.pixels) {
            for shift: UInt32 in [0, 8, 16] {
                let d = Double((a >> shift) & 0xFF) - Double((b >> shift) & 0xFF)
                sum += d * d
            }
        }
        let rms = (sum / Double(3 * raster.pixels.count)).squareRoot()
        #expect(rms < 10, "RMS \(rms)")
        #expect(raster.pixels != vector.pixels, "the PNG really took the raster path")
    }

    @Test func compositesLinesInOrder() {
        let raster = PolylineRaster(width: 20, height: 10, columns: [0, 19.99], lineWidth: 1)
        // Two horizontal lines covering pixel row 5 exactly: red, then blue over it.
        let render = {
            raster.render(
                ys: [5.5, 5.5, 5.5, 5.5],
                colors: [
                    Color(red: 1, green: 0, blue: 0, alpha: 0.5),
                    Color(red: 0, green: 0, blue: 1, alpha: 0.5)
                ])
        }
        let image = render()
        let o = (5 * 20 + 10) * 4
        // Premultiplied: red ½ → (½, 0, 0, ½); blue ½ over it → (¼, 0, ½, ¾); straight: (⅓, 0, ⅔, ¾).
        #expect(Array(image.pixels[o..<(o + 4)]) == [85, 0, 170, 191])
        #expect(image.pixels[(4 * 20 + 10) * 4 + 3] == 0, "the row above is untouched")
        #expect(render() == image, "deterministic")
    }

    /// Lines the column raster cannot draw are left to strokes, however many there are.
    @Test func linesNotOnSharedIncreasingColumnsAreNotRasterised() {
        var polylines = Self.lines(width: 1)
        #expect(PolylineRaster.sharedColumns(polylines) == [10, 40, 70, 100])
        polylines.lines[7].points[2].x += 0.5
        #expect(PolylineRaster.sharedColumns(polylines) == nil)
        #expect(PolylineTechnique.output(pixelScale: 1).raster(polylines) == nil)
        let backwards = Polylines(lines: [.init(points: [Point(5, 1), Point(1, 2)], color: .black)], width: 1)
        #expect(PolylineRaster.sharedColumns(backwards) == nil)
        #expect(PolylineRaster.image(Polylines(lines: [], width: 1), pixelScale: 1) == nil)
    }

    /// Up to `vectorLimit` lines are strokes (exactly what layout's path nodes used to draw in a PNG); more
    /// are rasterised.
    @Test func linesAreRasterisedOnlyAboveTheVectorLimit() {
        let many = Self.lines(width: 1)
        var few = many
        few.lines = Array(many.lines.prefix(PolylineTechnique.vectorLimit))
        var justOver = many
        justOver.lines = Array(many.lines.prefix(PolylineTechnique.vectorLimit + 1))
        let technique = PolylineTechnique.output(pixelScale: 2)
        #expect(technique.raster(few) == nil)
        #expect(technique.raster(justOver) != nil)
    }

    /// Every format draws a few lines as vectors and thousands as the raster at the output's resolution.
    @Test func everyFormatRasterisesThousandsOfLinesAtItsOwnResolution() throws {
        let many = Self.lines(width: 0.6)
        let few = Polylines(lines: Array(many.lines.prefix(10)), width: 0.6)
        func render(_ polylines: Polylines, _ format: OutputFormat) throws -> String {
            let scene = Scene(width: 120, height: 80, background: .white, nodes: [.polylines(polylines)])
            return String(decoding: try SceneRenderer.render(scene, format: format, pixelScale: 2), as: UTF8.self)
        }
        // Cairo writes an image as an XObject; SVG as an embedded PNG.
        #expect(try render(many, .pdf).contains("/Subtype /Image"))
        #expect(try !render(few, .pdf).contains("/Subtype /Image"))
        let svg = try SVGElements(Array(try render(many, .svg).utf8)).elements
        let image = try #require(svg.first { $0.name == "image" })
        #expect(image.attributes["width"] == "90.5" && image.attributes["height"] == "52", "181 × 104 px at 2 px/pt")
        #expect(!svg.contains { $0.name == "path" })
        #expect(try SVGElements(Array(try render(few, .svg).utf8)).elements.filter { $0.name == "path" }.count == 10)
    }
}
