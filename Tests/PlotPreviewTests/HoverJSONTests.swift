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

    /// A heatmap drawn from an estimate serves the estimate's cells: the binned mean of each cell is the
    /// mean score of the panel's trials that fall in it (recomputed here from the served rows and axes),
    /// missing below `min_count`; the Gaussian process adds its posterior std. The truth panel beside
    /// them still reads sample rows.
    @Test func estimateCellsReadTheEstimate() throws {
        let fixture = try PreviewFixture()
        let path = try fixture.copy("examples/estimate_from_trials.yaml")
        let render = PreviewRender.render(path)
        #expect(render.errors.isEmpty, "\(render.errors)")
        let document = try #require(render.hover?.document)
        let hover = try #require(try Self.object(document) as? [String: Any])
        let frames = try #require(hover["frames"] as? [[String: Any]])
        let panels = try #require(hover["panels"] as? [[String: Any]])
        #expect(frames.count == 3)
        #expect(frames[0]["cells"] != nil && frames[0]["estimate"] == nil, "the truth panel reads rows")

        let binned = try #require(frames[1]["estimate"] as? [String: Any])
        #expect(binned["method"] as? String == "binned" && binned["std"] is NSNull)
        let columns = try #require(frames[1]["columns"] as? Int)
        let rows = try #require(frames[1]["rows"] as? Int)
        #expect(columns == 10 && rows == 8)
        let xs = try #require(binned["xs"] as? [Double])
        let ys = try #require(binned["ys"] as? [Double])
        #expect(xs.count == columns && ys.count == rows && xs == xs.sorted() && ys == ys.sorted())
        let means = try #require(binned["mean"] as? [Any])
        let counts = try #require(binned["count"] as? [Int])
        #expect(counts.reduce(0, +) == 300)

        // Recompute each cell's mean from the binned panel's trials: log scales on both axes.
        let x = try #require(frames[1]["x"] as? [String: Any])
        let y = try #require(frames[1]["y"] as? [String: Any])
        let xDomain = try #require(x["domain"] as? [Double])
        let yDomain = try #require(y["domain"] as? [Double])
        let xIndex = try #require(x["parameter"] as? Int)
        let yIndex = try #require(y["parameter"] as? Int)
        func cell(_ value: Double, _ domain: [Double], _ count: Int) -> Int {
            let t = (log10(value) - log10(domain[0])) / (log10(domain[1]) - log10(domain[0]))
            return min(count - 1, max(0, Int((t * Double(count)).rounded(.down))))
        }
        let trials = try #require(panels[1]["rows"] as? [[Any]])
        let parameterNames = try #require(hover["parameters"] as? [String])
        let scoreIndex = parameterNames.count
        var sums = [Double](repeating: 0, count: columns * rows)
        var tally = [Int](repeating: 0, count: columns * rows)
        for trial in trials {
            let xValue = try #require(trial[xIndex] as? Double)
            let yValue = try #require(trial[yIndex] as? Double)
            let score = try #require(trial[scoreIndex] as? Double)
            let k = cell(xValue, xDomain, columns) + columns * cell(yValue, yDomain, rows)
            sums[k] += score
            tally[k] += 1
        }
        #expect(tally == counts)
        for k in 0..<(columns * rows) {
            if tally[k] < 2 {
                #expect(means[k] is NSNull, "cell \(k) has \(tally[k]) trials")
            } else {
                let mean = try #require(means[k] as? Double)
                #expect(abs(mean - sums[k] / Double(tally[k])) < 1e-9, "cell \(k)")
            }
        }

        let gp = try #require(frames[2]["estimate"] as? [String: Any])
        #expect(gp["method"] as? String == "gp")
        let std = try #require(gp["std"] as? [Double])
        #expect(std.count == 60 * 50 && std.allSatisfy { $0 > 0 })
    }

    /// A surface drawn from an estimate serves the estimate at each grid point, with the projected points
    /// and painted quads as for a sampled surface.
    @Test func estimatedSurfaceServesTheEstimateAtItsGridPoints() throws {
        let fixture = try PreviewFixture()
        let path = try fixture.copy(PreviewFixture.surface)
        let spec = try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(
                of: "  grid: {depth: 40, width: 40}",
                with: "  trials: {count: 200, method: random, parameters: [depth, width]}"
            )
            .replacingOccurrences(
                of: "    value: loss\n", with: "    value: loss\n    estimate: {method: binned, cells: [12, 10]}\n")
        try spec.write(toFile: path, atomically: true, encoding: .utf8)
        let render = PreviewRender.render(path)
        #expect(render.errors.isEmpty, "\(render.errors)")
        let document = try #require(render.hover?.document)
        let hover = try #require(try Self.object(document) as? [String: Any])
        let frame = try #require((hover["frames"] as? [[String: Any]])?.first)
        #expect(frame["kind"] as? String == "surface" && frame["cells"] == nil)
        let estimate = try #require(frame["estimate"] as? [String: Any])
        let columns = try #require(frame["columns"] as? Int)
        let rows = try #require(frame["rows"] as? Int)
        #expect(columns == 12 && rows == 10)
        #expect((estimate["count"] as? [Int])?.reduce(0, +) == 200)
        #expect((estimate["mean"] as? [Any])?.count == columns * rows)
        #expect((frame["vertices"] as? [Double])?.count == 2 * columns * rows)
        let quads = try #require(frame["quads"] as? [Int])
        #expect(!quads.isEmpty && quads.allSatisfy { (0..<((columns - 1) * (rows - 1))).contains($0) })
        // Depth and width are integers: the centres are snapped to values they can take.
        let xs = try #require(estimate["xs"] as? [Double])
        #expect(xs.allSatisfy { $0 == $0.rounded() })
    }
}
