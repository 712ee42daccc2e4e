import Foundation
import PlotSpecKit
import Testing

@testable import PlotPreview

/// The hover data beside a figure holds the rows exactly as `plotspec data` prints them, and frames in
/// the figure's pixels.
@Suite struct HoverJSONTests {
    static func object(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    /// Width and height of a PNG, from its IHDR chunk.
    static func pixelSize(_ png: [UInt8]) -> (Double, Double) {
        func word(_ at: Int) -> Double { Double(png[at..<at + 4].reduce(0) { $0 << 8 | Int($1) }) }
        return (word(16), word(20))
    }

    @Test(arguments: [PreviewFixture.heatmap, PreviewFixture.scatter])
    func rowsMatchPlotspecDataAndFramesLieOnTheImage(_ name: String) throws {
        let fixture = try PreviewFixture()
        let path = try fixture.copy(name)
        let render = PreviewRender.render(path)
        let hoverText = try #require(render.hover?.document)
        let hover = try #require(try Self.object(hoverText) as? [String: Any])
        let pipeline = Pipeline()
        let spec = try pipeline.decode(path: path)
        let exported = DataExport.render(try pipeline.evaluate(spec), spec: spec, format: .json)
        let data = try #require(try Self.object(exported) as? [[String: Any]])

        let parameters = try #require(hover["parameters"] as? [String])
        let panels = try #require(hover["panels"] as? [[String: Any]])
        let rows = try #require(panels.first?["rows"] as? [[Any]])
        #expect(rows.count == data.count)
        let keys = parameters + ["score", "true_score"]
        for (row, expected) in zip(rows, data) {
            for (key, value) in zip(keys, row) {
                #expect("\(value)" == "\(expected[key] ?? "missing")", "\(key)")
            }
        }

        let frames = try #require(hover["frames"] as? [[String: Any]])
        let frame = try #require(frames.first)
        let rect = try #require(frame["rect"] as? [Double])
        let png = try #require(render.png)
        let (width, height) = Self.pixelSize(png)
        #expect(rect[0] > 0 && rect[1] > 0 && rect[0] + rect[2] < width && rect[1] + rect[3] < height)
        if frame["kind"] as? String == "heatmap" {
            let cells = try #require(frame["cells"] as? [Int])
            #expect(cells.count == (frame["columns"] as? Int ?? 0) * (frame["rows"] as? Int ?? 0))
            #expect(cells.sorted() == Array(0..<rows.count))
        } else {
            #expect((frame["points"] as? [[Double]])?.count == rows.count)
        }
    }
}
