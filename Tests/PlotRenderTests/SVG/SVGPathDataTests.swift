import PlotScene
import Testing

@testable import PlotRender

@Suite struct SVGPathDataTests {
    @Test func rectangleUsesHorizontalAndVerticalLines() {
        let d = SVGPathData.make(Path(rect: Rect(x: 1, y: 2, width: 3, height: 4)))
        #expect(d == "M1 2H4V6H1Z")
    }

    @Test func curvesAndOffsetsAreAbsolute() {
        var path = Path()
        path.move(to: Point(0, 0))
        path.curve(Point(1, 2), Point(3, 4), Point(5.555, 6))
        path.line(to: Point(7, 8))
        #expect(SVGPathData.make(path, offset: Point(10, -1)) == "M10 -1C11 1 13 3 15.56 5L17 7")
    }

    @Test func horizontalAndVerticalCompareThePrintedNumbers() {
        // 2.001 prints as 2, so the line is horizontal as far as the reader of the file can tell.
        let d = SVGPathData.make(Path(polyline: [Point(0, 2), Point(5, 2.001), Point(5.001, 9)]))
        #expect(d == "M0 2H5V9")
    }

    @Test func afterClosingThePenIsBackAtTheStart() {
        var path = Path(polyline: [Point(0, 0), Point(4, 4), Point(0, 4)], closed: true)
        path.line(to: Point(0, 9))
        #expect(SVGPathData.make(path) == "M0 0L4 4H0ZV9")
    }

    @Test func segmentsWithoutACurrentPointStartAsCairoDoes() {
        var line = Path()
        line.line(to: Point(1, 1))
        line.line(to: Point(2, 1))
        #expect(SVGPathData.make(line) == "M1 1H2")
        var curve = Path()
        curve.curve(Point(1, 1), Point(2, 2), Point(3, 1))
        #expect(SVGPathData.make(curve) == "M1 1C1 1 2 2 3 1")
    }
}
