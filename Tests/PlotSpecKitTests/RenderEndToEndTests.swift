import Foundation
import PlotRender
import PlotScene
import PlotSpec
import PlotSpecKit
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The bundled specs go through every phase: decode, evaluate, layout, render.
@Suite struct RenderEndToEndTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static var bundledSpecs: [String] {
        let folder = root.appendingPathComponent("specs").path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { folder + "/" + $0 }
    }

    /// Width and height from a PNG's IHDR chunk.
    static func pngSize(_ bytes: [UInt8]) -> (Int, Int)? {
        guard bytes.count > 24, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else { return nil }
        func be32(_ o: Int) -> Int { bytes[o..<(o + 4)].reduce(0) { $0 << 8 | Int($1) } }
        return (be32(16), be32(20))
    }

    @Test func firstBundledSpecRendersAPNGOfTheRequestedSize() throws {
        let pipeline = Pipeline()
        let spec = try pipeline.decode(
            path: Self.root.appendingPathComponent("specs/learning_rate_vs_batch_size_heatmap.yaml").path)
        let bytes = try pipeline.figureBytes(spec, format: .png)
        let size = try #require(Self.pngSize(bytes))
        #expect(size.0 == Int((spec.figure.widthInches * spec.figure.dpi).rounded(.up)))
        #expect(size.1 == Int((spec.figure.heightInches * spec.figure.dpi).rounded(.up)))
    }

    @Test(arguments: bundledSpecs)
    func bundledSpecRendersIdenticallyTwice(_ path: String) throws {
        let spec = try Pipeline().decode(path: path)
        let a = try Pipeline().figureBytes(spec, format: .png)
        let b = try Pipeline().figureBytes(spec, format: .png)
        #expect(Self.pngSize(a) != nil)
        #expect(a == b)
    }

    @Test(arguments: bundledSpecs)
    func bundledSpecHasNoOverlappingOrClippedText(_ path: String) throws {
        let pipeline = Pipeline()
        let spec = try pipeline.decode(path: path)
        let scene = try pipeline.layout(spec, table: pipeline.evaluate(spec))
        let runs = scene.textRuns
        let page = PlotScene.Rect(x: 0, y: 0, width: scene.width, height: scene.height)
        for run in runs {
            #expect(page.contains(run.bounds), "'\(run.text)' leaves the page")
        }
        for (i, a) in runs.enumerated() {
            for b in runs[(i + 1)...]
            where a.bounds.insetBy(dx: 0.5, dy: 0.5).intersects(b.bounds.insetBy(dx: 0.5, dy: 0.5)) {
                Issue.record("'\(a.text)' overlaps '\(b.text)'")
            }
        }
    }

    @Test func vectorFormatsDecode() throws {
        let pipeline = Pipeline()
        let spec = try pipeline.decode(
            path: Self.root.appendingPathComponent("specs/learning_rate_vs_batch_size_heatmap.yaml").path)
        let pdf = try pipeline.figureBytes(spec, format: .pdf)
        #expect(pdf.starts(with: Array("%PDF".utf8)))
        let svg = try pipeline.figureBytes(spec, format: .svg)
        let parser = XMLParser(data: Data(svg))
        #expect(parser.parse())
        #expect(try Pipeline().figureBytes(spec, format: .pdf) == pdf)
    }

    @Test func dataExportHasOneRowPerCell() throws {
        let pipeline = Pipeline()
        let spec = try pipeline.decode(
            path: Self.root.appendingPathComponent("specs/learning_rate_vs_batch_size_heatmap.yaml").path)
        let table = try pipeline.evaluate(spec)
        let csv = DataExport.render(table, spec: spec, format: .csv)
        let lines = csv.split(separator: "\n")
        #expect(lines.first == "learning_rate,batch_size,weight_decay,depth,width,score,true_score")
        #expect(lines.count == table.count + 1)
        let json = DataExport.render(table, spec: spec, format: .json)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Double]]
        #expect(parsed?.count == table.count)
        // Compared as text read by Swift: Foundation's JSON reader on Linux is not correctly rounded
        // (it reads 0.08934692794168958 as …57), while the export writes the shortest exact form.
        let firstScore = json.split(separator: "\n").dropFirst().first?.split(separator: "\"score\":").last
            .map { String($0.prefix { $0 != "," }) }
        let firstTrue = json.split(separator: "\n").dropFirst().first?.split(separator: "\"true_score\":").last
            .map { String($0.prefix { $0 != "}" }) }
        #expect(firstTrue.flatMap(Double.init) == table.trueScore.first)
        #expect(firstScore.flatMap(Double.init) == table.score.first)
        #expect(parsed.map { abs(($0.first?["score"] ?? 0) - (table.score.first ?? 1)) < 1e-15 } == true)
    }

    @Test func outputPathsAreRelativeToTheSpec() throws {
        let pipeline = Pipeline()
        let spec = try pipeline.decode(
            path: "specs/learning_rate_vs_batch_size_heatmap.yaml".prefixedWithRoot(Self.root))
        let relative = try pipeline.outputPath(for: spec, outputDirectory: nil, workingDirectory: Self.root.path)
        #expect(relative == Self.root.appendingPathComponent("figures/learning_rate_vs_batch_size_heatmap.png").path)
        #expect(
            try pipeline.outputPath(for: spec, outputDirectory: "/tmp/out")
                == "/tmp/out/learning_rate_vs_batch_size_heatmap.png")
    }
}

extension String {
    func prefixedWithRoot(_ root: URL) -> String { root.appendingPathComponent(self).path }
}
