import PlotScene
import Testing

/// The scene dump is what the goldens compare, so it must change when anything drawn changes, and must
/// not change for float noise below its 0.01 pt rounding.
@Suite struct SceneDumpTests {
    static func scene(
        pixel: UInt8 = 10, marker: Point = Point(50, 50), vertex: Point = Point(30, 30),
        face: Double = 0.5, nudge: Double = 0
    ) -> Scene {
        let image = RasterImage(width: 4, height: 3, pixels: (0..<48).map { $0 == 21 ? pixel : UInt8($0) })
        let before: [Point] = (0..<40).map { Point(Double($0) + nudge, 2 * Double($0)) }
        let after: [Point] = (0..<40).map { Point(100 + Double($0), 3) }
        let centers = before + [marker] + after
        let rising: [Point] = (0..<20).map { Point(Double($0), Double($0 * $0) / 10) }
        let flat: [Point] = (0..<20).map { Point(Double($0), 5) }
        let polyline = Path(polyline: rising + [vertex] + flat)
        let faces = (0..<150).map { k in
            SceneNode.path(
                Path(rect: Rect(x: Double(k), y: 0, width: 1, height: 1)),
                fill: Color(red: k == 75 ? face : 0.2, green: 0.3, blue: 0.4), stroke: nil)
        }
        return Scene(
            width: 200, height: 100, background: .white,
            nodes: [
                .image(image, rect: Rect(x: 0, y: 0, width: 40, height: 30)),
                .markers(
                    marker: Path(circleAt: Point(0, 0), radius: 2), centers: centers,
                    fills: Array(repeating: .black, count: centers.count), stroke: nil),
                .path(polyline, fill: nil, stroke: Stroke(color: .black, width: 1))
            ] + faces)
    }

    @Test func oneChangedPixelChangesTheDump() {
        #expect(Self.scene().dump() != Self.scene(pixel: 11).dump())
    }

    @Test func oneMovedMarkerInTheMiddleChangesTheDump() {
        #expect(Self.scene().dump() != Self.scene(marker: Point(50, 50.02)).dump())
    }

    @Test func oneMovedVertexInTheMiddleOfALongPathChangesTheDump() {
        #expect(Self.scene().dump() != Self.scene(vertex: Point(30.02, 30)).dump())
    }

    @Test func oneRecolouredFaceInTheMiddleOfALongRunChangesTheDump() {
        #expect(Self.scene().dump() != Self.scene(face: 0.51).dump())
    }

    @Test func noiseBelowTheRoundingDoesNotChangeTheDump() {
        #expect(Self.scene().dump() == Self.scene(nudge: 1e-9).dump())
    }

    /// Long lists are summarised, so a figure's golden stays reviewable.
    @Test func longListsAreSummarised() {
        let lines = Self.scene().dump().split(separator: "\n")
        #expect(lines.count < 20, "\(lines.count) lines")
        #expect(lines.contains { $0.contains("… 142 more paths (run of 150, hash ") })
        #expect(lines.contains { $0.hasPrefix("image 4×3 nearest in 0,0 40×30 pixels ") })
    }
}
