import PlotScene
import Testing

/// The scene dump shows a `polylines` node in one line that still changes when any line does.
@Suite struct PolylinesDumpTests {
    static func dump(_ polylines: Polylines) -> String {
        Scene(width: 10, height: 10, background: .white, nodes: [.polylines(polylines)]).dump()
    }

    @Test func oneLineWithCountStyleColoursAndBox() throws {
        let line = try #require(Self.dump(PolylineRasterTests.lines(width: 0.6)).split(separator: "\n").last)
        #expect(
            line.hasPrefix(
                "polylines 3600 (14400 vertices) width 0.6 round/round colours #e6331a66 … #33b34d66,"
                    + " 3 distinct, hash "))
        #expect(line.contains(" in 10,"))
        #expect(line.contains(" 90×") && line.contains(" hash "))
    }

    @Test func movingOneVertexOrRecolouringOneLineChangesTheHash() {
        let original = PolylineRasterTests.lines(width: 0.6)
        var moved = original
        moved.lines[1234].points[2].y += 0.02
        var recoloured = original
        recoloured.lines[99].color = .black
        let dumps = [original, moved, recoloured].map(Self.dump)
        #expect(Set(dumps).count == 3)
    }
}
