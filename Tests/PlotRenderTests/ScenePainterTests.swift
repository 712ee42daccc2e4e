import PlotScene
import Testing

@testable import PlotRender

@Suite("Scene painter")
struct ScenePainterTests {
    @Test func recordsCallsInOrder() {
        let canvas = RecordingCanvas()
        let scene = SampleScene.make()
        ScenePainter.paint(scene, on: canvas)
        let kinds = canvas.calls.map { call -> String in
            switch call {
            case .fill: "fill"
            case .stroke: "stroke"
            case .text: "text"
            case .image: "image"
            case .markers: "markers"
            case .polylines: "polylines"
            case .pushClip: "push"
            case .popClip: "pop"
            }
        }
        #expect(
            kinds == [
                "fill", "fill", "stroke", "text", "text", "image", "markers", "polylines", "push", "fill",
                "pop"
            ])
        #expect(
            canvas.calls.contains {
                if case .polylines(let polylines) = $0 { return polylines.lines.count == 2 } else { return false }
            })
        #expect(canvas.calls.first == .fill(Path(rect: Rect(x: 0, y: 0, width: 220.5, height: 160)), .white))
        #expect(canvas.calls.contains(.pushClip(Rect(x: 100, y: 100, width: 50, height: 30))))
    }

    @Test func pathWithFillAndStrokeFillsFirst() {
        let canvas = RecordingCanvas()
        let path = Path(rect: Rect(x: 1, y: 1, width: 2, height: 2))
        let stroke = Stroke(color: .black, width: 1)
        let scene = Scene(
            width: 10, height: 10, background: .clear,
            nodes: [.path(path, fill: .white, stroke: stroke)])
        ScenePainter.paint(scene, on: canvas)
        #expect(canvas.calls == [.fill(path, .white), .stroke(path, stroke)])
    }

    @Test func deepNestingBalancesClips() {
        var node = SceneNode.path(Path(rect: Rect(x: 0, y: 0, width: 1, height: 1)), fill: .black, stroke: nil)
        for _ in 0..<10_000 { node = .group(clip: Rect(x: 0, y: 0, width: 5, height: 5), [node]) }
        let canvas = RecordingCanvas()
        ScenePainter.paint(Scene(width: 5, height: 5, background: .clear, nodes: [node]), on: canvas)
        #expect(canvas.calls.filter { $0 == .popClip }.count == 10_000)
        #expect(canvas.calls.last == .popClip)
    }

    @Test func approximateMeasurerIsDeterministic() {
        let m = RecordingCanvas().measure("abcd", font: Font(size: 10))
        #expect(m == TextExtents(width: 24, ascent: 7.6, descent: 2.4))
    }
}
