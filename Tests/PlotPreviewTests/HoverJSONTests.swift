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

    /// A JSON array of numbers as doubles (whole numbers parse as integers).
    static func doubles(_ value: Any?) -> [Double]? {
        (value as? [Any])?.compactMap { ($0 as? NSNumber)?.doubleValue }
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

    /// A slice serves its curves as evaluated (x, shown value, noise σ per point, the held batch size
    /// per curve), their points on the image, and one marker per trial when it draws them.
    @Test func sliceServesItsCurvesAndTrials() throws {
        let fixture = try PreviewFixture()
        let path = try fixture.copy("examples/lr_slices.yaml")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "    noise_band: true\n", with: "    noise_band: true\n    points: true\n")
            .replacingOccurrences(of: "  grid: {learning_rate: 90}", with: "  trials: {count: 60, method: random}")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let render = PreviewRender.render(path)
        #expect(render.errors.isEmpty, "\(render.errors)")
        let document = try #require(render.hover?.document)
        let hover = try #require(try Self.object(document) as? [String: Any])
        let frame = try #require((hover["frames"] as? [[String: Any]])?.first)
        #expect(frame["kind"] as? String == "slice" && frame["shown"] as? String == "score")
        let parameters = try #require(hover["parameters"] as? [String])
        let x = try #require(frame["x"] as? [String: Any])
        #expect(parameters[try #require(x["parameter"] as? Int)] == "learning_rate")
        #expect(parameters[try #require(frame["series"] as? Int)] == "batch_size")

        let pipeline = Pipeline()
        let table = try pipeline.evaluate(try pipeline.decode(path: path))
        let expected = try #require(table.slice?.curves)
        let curves = try #require(frame["curves"] as? [[String: Any]])
        #expect(curves.count == 3 && curves.count == expected.count)
        let rect = try #require(frame["rect"] as? [Double])
        for (served, curve) in zip(curves, expected) {
            #expect(served["held"] as? Double == curve.heldValue)
            // Printed with Swift's shortest round-trip digits; Foundation's parser may be off in the last bit.
            for (key, values) in [("xs", curve.x), ("values", curve.value), ("sigma", curve.sigma)] {
                let parsed = try #require(Self.doubles(served[key]))
                #expect(parsed.count == values.count, "\(key)")
                let worst = zip(parsed, values).map { abs($0 - $1) / max(abs($1), 1e-300) }.max() ?? 0
                #expect(worst < 1e-14, "\(key): relative difference \(worst)")
            }
            let points = try #require(served["points"] as? [Double])
            #expect(points.count == 2 * curve.x.count)
            // Every point is across the frame; the first at its left edge, the last at its right.
            #expect(abs(points[0] - rect[0]) < 0.01 && abs(points[points.count - 2] - rect[0] - rect[2]) < 0.01)
        }
        #expect((frame["points"] as? [[Double]])?.count == table.count)
    }

    /// Importance bars serve one row per bar, top to bottom, stacked without gaps or overlap inside the
    /// frame, with the shares (summing to 1) and variances the evaluation computed.
    @Test func importanceServesItsBars() throws {
        let fixture = try PreviewFixture()
        let path = fixture.folder.appendingPathComponent("importance.yaml").path
        try """
        extends: shared/landscape.yaml
        figure: {title: Importance, size: [6, 4], dpi: 100, output: importance.png}
        sampling: {trials: {count: 10}}
        plot: {importance: {parameters: [learning_rate, weight_decay, batch_size], nodes: 16}}
        """.write(toFile: path, atomically: true, encoding: .utf8)
        let render = PreviewRender.render(path)
        #expect(render.errors.isEmpty, "\(render.errors)")
        let document = try #require(render.hover?.document)
        let hover = try #require(try Self.object(document) as? [String: Any])
        let frame = try #require((hover["frames"] as? [[String: Any]])?.first)
        #expect(frame["kind"] as? String == "bars" && frame["estimatedFrom"] is NSNull)
        let bars = try #require(frame["bars"] as? [[String: Any]])
        let pipeline = Pipeline()
        let importance = try #require(try pipeline.evaluate(try pipeline.decode(path: path)).importance)
        #expect(bars.count == importance.ranked.count + 1)
        for (bar, entry) in zip(bars, importance.ranked) {
            #expect(bar["parameter"] as? Int == entry.parameter)
            #expect(abs(((bar["share"] as? NSNumber)?.doubleValue ?? -1) - entry.share) < 1e-12)
        }
        #expect(bars.last?["parameter"] is NSNull)
        let shares = bars.compactMap { ($0["share"] as? NSNumber)?.doubleValue }
        #expect(abs(shares.reduce(0, +) - 1) < 1e-9)
        let rect = try #require(Self.doubles(frame["rect"]))
        let bands = bars.compactMap { Self.doubles($0["band"]) }
        #expect(bands.count == bars.count)
        for (upper, lower) in zip(bands, bands.dropFirst()) {
            #expect(abs(upper[1] + upper[3] - lower[1]) < 0.02, "rows meet: \(upper) above \(lower)")
        }
        #expect(bands.allSatisfy { $0[0] == rect[0] && $0[2] == rect[2] })
        #expect(
            bands[0][1] >= rect[1] - 0.01
                && bands[bands.count - 1][1] + bands[bands.count - 1][3] <= rect[1] + rect[3] + 0.01)
    }
}
