import Foundation
import PlotScene
import Testing

@testable import PlotLayout

/// The one free-spot search and its two candidate orders.
@Suite struct FreeSpotTests {
    let bounds = Rect(x: 0, y: 0, width: 200, height: 100)
    let box = Rect(x: 80, y: 40, width: 40, height: 20)

    @Test func theFirstClearCandidateWins() {
        let candidates = [box, box.offsetBy(dy: 30), box.offsetBy(dy: -30)]
        #expect(FreeSpot.first(candidates, avoiding: []) == box)
        #expect(FreeSpot.first(candidates, avoiding: [box]) == candidates[1])
        #expect(FreeSpot.first(candidates, avoiding: [box, candidates[1]]) == candidates[2])
        #expect(FreeSpot.first(candidates, avoiding: [bounds]) == nil, "overprinting is worse than leaving out")
    }

    @Test func columnStaysAtTheSameXAndAlternatesUpThenDown() {
        let column = FreeSpot.column(box, inside: bounds)
        #expect(column.first == box)
        #expect(column.allSatisfy { $0.x == box.x && bounds.contains($0) })
        let step = box.height / 4
        #expect(column[1].y == box.y - step && column[2].y == box.y + step)
        // Around a blocker on the box, the nearest clear shift is taken.
        let blocker = Rect(x: 0, y: 38, width: 200, height: 30)
        let spot = FreeSpot.first(column, avoiding: [blocker])
        #expect(spot.map { !$0.intersects(blocker) && abs($0.maxY - blocker.minY) <= step } == true)
    }

    @Test func columnMovesABoxThatStartsOutsideInside() {
        let outside = Rect(x: 190, y: -15, width: 40, height: 20)
        let column = FreeSpot.column(outside, inside: bounds)
        #expect(column.first.map { bounds.contains($0) } == true)
        #expect(column.first?.maxX == bounds.maxX && column.first?.minY == bounds.minY)
    }

    @Test func ringsStartAtTheWishAndGrowOutwards() {
        let rings = FreeSpot.rings(near: box.center, width: box.width, height: box.height, bounds: bounds)
        #expect(rings.first == box)
        let distances = rings.map { hypot($0.midX - box.midX, $0.midY - box.midY) }
        // Clamping to the bounds can only pull a candidate back, never push it beyond its ring.
        #expect(zip(distances, rings.indices).allSatisfy { $0.0 <= 260 + 1e-9 && bounds.contains(rings[$0.1]) })
        let spot = FreeSpot.center(
            near: box.center, width: box.width, height: box.height, bounds: bounds,
            obstacles: [box.insetBy(dx: -1, dy: -1)])
        let found = spot.map { Rect(x: $0.x - 20, y: $0.y - 10, width: 40, height: 20) }
        #expect(found.map { !$0.intersects(box.insetBy(dx: -1, dy: -1)) && bounds.contains($0) } == true)
        #expect(
            spot.map { hypot($0.x - box.midX, $0.y - box.midY) <= 25 + 1e-9 } == true,
            "the nearest ring that clears: \(String(describing: spot))")
    }
}

extension Rect {
    fileprivate func offsetBy(dy: Double) -> Rect { Rect(x: x, y: y + dy, width: width, height: height) }
}
