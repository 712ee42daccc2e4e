import PlotRender
import PlotScene
import Testing

@testable import PlotLayout

/// The one fit-to-size policy: half-point steps down to a floor, then left out or kept at the floor.
@Suite struct FontFitTests {
    @Test func keepsTheFontWhenItFits() {
        var tried: [Double] = []
        let font = FontFit.largest(Font(size: 12), smallest: 8) {
            tried.append($0.size)
            return true
        }
        #expect(font?.size == 12)
        #expect(tried == [12])
    }

    @Test(arguments: [11.0, 10.5, 9.0, 8.5])
    func shrinksInHalfPointStepsToTheFirstSizeThatFits(limit: Double) {
        var tried: [Double] = []
        let font = FontFit.largest(Font(size: 12, weight: .bold), smallest: 8) {
            tried.append($0.size)
            return $0.size <= limit
        }
        #expect(font?.size == limit)
        #expect(font?.weight == .bold, "only the size changes")
        #expect(tried == Array(stride(from: 12.0, through: limit, by: -0.5)))
    }

    @Test func theFloorIsTriedEvenOffTheHalfPointGrid() {
        var tried: [Double] = []
        let font = FontFit.largest(Font(size: 10), smallest: 8.75) {
            tried.append($0.size)
            return $0.size < 9
        }
        #expect(font?.size == 8.75)
        #expect(tried == [10, 9.5, 9, 8.75])
    }

    @Test func textThatNeverFitsIsLeftOutOrKeptAtTheFloor() {
        #expect(FontFit.largest(Font(size: 10), smallest: 7) { _ in false } == nil)
        #expect(FontFit.largestOrSmallest(Font(size: 10), smallest: 7) { _ in false }.size == 7)
        #expect(FontFit.largestOrSmallest(Font(size: 10), smallest: 7) { $0.size <= 9 }.size == 9)
    }

    /// The callers keep their floors: legend and labels 70 %, axis titles 75 %.
    @Test func axisTitlesShrinkTo75PercentThenGiveWay() {
        let text = TextPlacement(measurer: ApproximateTextMeasurer())
        let wrapper = TextWrapper(text: text)
        let font = Font(size: 10)
        let width = text.size("Learning rate", font: font).width
        #expect(wrapper.shrunk("Learning rate", font: font, maxWidth: width)?.size == 10)
        let shrunk = wrapper.shrunk("Learning rate", font: font, maxWidth: width * 0.85)
        #expect(shrunk.map { text.size("Learning rate", font: $0).width <= width * 0.85 } == true)
        #expect((shrunk?.size ?? 0) >= 7.5)
        #expect(wrapper.shrunk("Learning rate", font: font, maxWidth: width * 0.7) == nil)
    }
}
