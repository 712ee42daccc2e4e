import Testing

@testable import PlotLayout

@Suite struct MarchingSquaresTests {
    /// A cone f(x, y) = distance from the centre: the level-r contour is a closed ring of radius r.
    @Test func coneGivesOneClosedRingAtTheRightRadius() throws {
        let n = 41
        var field = [Double](repeating: 0, count: n * n)
        for j in 0..<n {
            for i in 0..<n {
                let dx = Double(i - 20)
                let dy = Double(j - 20)
                field[j * n + i] = (dx * dx + dy * dy).squareRoot()
            }
        }
        let lines = MarchingSquares.polylines(MarchingSquares.segments(field, nx: n, ny: n, level: 10))
        #expect(lines.count == 1)
        let ring = try #require(lines.first)
        #expect(ring.first == ring.last, "a closed contour ends where it starts")
        for p in ring {
            let r = ((p.x - 20) * (p.x - 20) + (p.y - 20) * (p.y - 20)).squareRoot()
            #expect(abs(r - 10) < 0.2)
        }
    }

    @Test func planeGivesAStraightLineAtTheInterpolatedPosition() {
        // f = x: the level 2.25 contour is the vertical line x = 2.25.
        let nx = 5
        let ny = 4
        let field = (0..<(nx * ny)).map { Double($0 % nx) }
        let segments = MarchingSquares.segments(field, nx: nx, ny: ny, level: 2.25)
        #expect(segments.count == ny - 1)
        for (a, b) in segments {
            #expect(abs(a.x - 2.25) < 1e-12 && abs(b.x - 2.25) < 1e-12)
        }
    }

    @Test func levelOutsideTheFieldGivesNothing() {
        let field = [Double](repeating: 0.5, count: 16)
        #expect(MarchingSquares.segments(field, nx: 4, ny: 4, level: 2).isEmpty)
    }
}
