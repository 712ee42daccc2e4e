import Foundation
import PlotDiagnostics
import PlotScene
import Testing

@testable import PlotRender
@testable import PlotSpecKit

/// The diagnostics `body` throws (empty for another error), or nil when it returns.
func thrownDiagnostics<T>(_ body: () throws -> T) -> [Diagnostic]? {
    do { _ = try body() } catch { return (error as? DiagnosticError)?.diagnostics ?? [] }
    return nil
}

/// `render --check` on PNG: the same figure rasterised differently passes at the default tolerance, a real
/// change to a bundled figure fails, and a failure leaves artefacts CI can upload.
@Suite struct FigureCheckToleranceTests {
    static let bundled = "learning_rate_vs_batch_size_heatmap.yaml"
    /// The bundled spec's resolution (150 dpi), which its edited copies keep; checked in `bundledRender`.
    static let pixelScale = 150.0 / 72

    /// The bundled spec's text; its `extends` target is copied into `folder` so edited copies decode there.
    static func bundledSpec(in folder: TemporaryFolder) throws -> String {
        let specs = (Repository.root as NSString).appendingPathComponent("specs")
        let shared = try String(contentsOfFile: specs + "/shared/landscape.yaml", encoding: .utf8)
        try folder.write("shared/landscape.yaml", shared)
        return try String(contentsOfFile: specs + "/" + bundled, encoding: .utf8)
    }

    /// The scene of `text` saved as `name` in `folder`.
    static func scene(_ text: String, named name: String = bundled, in folder: TemporaryFolder) throws -> Scene {
        let path = try folder.write(name, text)
        let pipeline = Pipeline()
        let spec = try pipeline.decode(path: path)
        return try pipeline.layout(spec, table: try pipeline.evaluate(spec))
    }

    /// The bundled figure's scene and normal render, made once for all tests (debug renders are slow).
    static let bundledRender: Result<(scene: Scene, bytes: [UInt8]), any Error> = Result {
        let pipeline = Pipeline()
        let spec = try pipeline.decode(path: (Repository.root as NSString).appendingPathComponent("specs/" + bundled))
        let scene = try pipeline.layout(spec, table: try pipeline.evaluate(spec))
        guard spec.figure.dpi / 72 == pixelScale else { throw RenderError("the bundled spec's dpi changed") }
        return (scene, try SceneRenderer.renderPNG(scene, pixelScale: pixelScale))
    }

    /// The bundled figure rendered normally and written as the "committed" file.
    static func committed(in folder: TemporaryFolder) throws -> (scene: Scene, path: String, bytes: [UInt8]) {
        let (scene, bytes) = try bundledRender.get()
        return (scene, try folder.write("committed.png", bytes), bytes)
    }

    @Test(arguments: [Rasterization.fastShapes, .coarseCurves])
    func anotherRasterisationPassesAtTheDefaultTolerance(rasterization: Rasterization) throws {
        let folder = try TemporaryFolder()
        let original = try Self.committed(in: folder)
        let other = try SceneRenderer.renderPNG(
            original.scene, pixelScale: Self.pixelScale,
            rasterization: rasterization)
        #expect(other != original.bytes, "the variant must really rasterise differently")
        let result = try FigureCheck.verify(other, against: original.path, spec: Self.bundled)
        guard case .withinTolerance(let rms, _) = result else {
            Issue.record("expected different pixels within tolerance, got \(result)")
            return
        }
        #expect(rms > 0)
        // The same render still fails an exact comparison: the tolerance is what lets it through.
        #expect(throws: DiagnosticError.self) {
            try FigureCheck.verify(
                other, against: original.path, spec: Self.bundled, options: CheckOptions(exact: true))
        }
    }

    /// Real edits of the bundled spec, each as (what to replace, replacement).
    static let changes: [(String, String)] = [
        ("title: \"Learning rate vs batch size", "title: \"Learning rate versus batch size"),
        ("colormap: viridis", "colormap: magma"),
        ("(linear scaling rule)", "(linear scaling rule;"),  // one glyph of an annotation
        // an annotation removed
        (
            """
              - text: "LR too low:\\ntraining stalls"
                at: {learning_rate: 2.5e-5, batch_size: 200}
                label_at: {learning_rate: 5.0e-5, batch_size: 40}

            """, ""
        )
    ]

    @Test(arguments: changes)
    func realChangeFailsAtTheDefaultTolerance(change: (old: String, new: String)) throws {
        let folder = try TemporaryFolder()
        let original = try Self.committed(in: folder)
        let text = try Self.bundledSpec(in: folder)
        try #require(text.contains(change.old), "the bundled spec no longer contains '\(change.old)'")
        let changed = try SceneRenderer.renderPNG(
            try Self.scene(
                text.replacingOccurrences(of: change.old, with: change.new),
                named: "changed.yaml", in: folder),
            pixelScale: Self.pixelScale)
        #expect {
            try FigureCheck.verify(changed, against: original.path, spec: "changed.yaml")
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.map(\.code) == ["output.stale"]
        }
    }

    /// One changed glyph in a 1200 × 900 figure moves the whole-image RMS by about 1, under the default
    /// tolerance: only the block limit catches it, and the message says which block.
    @Test func oneGlyphIsCaughtByTheBlockLimitNotTheRMS() throws {
        let folder = try TemporaryFolder()
        let original = try Self.committed(in: folder)
        let text = try Self.bundledSpec(in: folder).replacingOccurrences(
            of: "(linear scaling rule)", with: "(linear scaling rule;")
        let changed = try SceneRenderer.renderPNG(
            try Self.scene(text, named: "changed.yaml", in: folder),
            pixelScale: Self.pixelScale)
        let difference = try #require(
            ImageComparison.difference(
                expected: try PNGDecoder.decode(original.bytes),
                actual: try PNGDecoder.decode(changed)))
        #expect(difference.rms <= CheckOptions.defaultTolerance, "this edit is meant to be one RMS alone misses")
        let expected = Messages.Output.figurePixelsDiffer(
            original.path, spec: "changed.yaml", rms: difference.rms, tolerance: 2,
            worstBlock: (difference.worstBlockX, difference.worstBlockY, 8, difference.worstBlockRMS),
            blockLimit: 48, artifacts: [])
        #expect(
            thrownDiagnostics {
                try FigureCheck.verify(changed, against: original.path, spec: "changed.yaml")
            } == [expected])
    }

    @Test func failureWritesActualExpectedAndDiffIntoTheArtifactsFolder() throws {
        let folder = try TemporaryFolder()
        let original = try Self.committed(in: folder)
        let text = try Self.bundledSpec(in: folder).replacingOccurrences(
            of: "colormap: viridis", with: "colormap: magma")
        let changed = try SceneRenderer.renderPNG(
            try Self.scene(text, named: "changed.yaml", in: folder),
            pixelScale: Self.pixelScale)
        let artifacts = folder.path + "/artifacts/nested"
        let options = CheckOptions(artifactsDirectory: artifacts)
        var thrown: DiagnosticError?
        do { try FigureCheck.verify(changed, against: original.path, spec: "changed.yaml", options: options) } catch {
            thrown = error
        }
        let diagnostic = try #require(thrown?.diagnostics.first)
        let names = ["committed.actual.png", "committed.expected.png", "committed.diff.png"]
        let paths = names.map { artifacts + "/" + $0 }
        #expect(diagnostic.notes.map(\.message) == ["wrote " + paths.map { "'\($0)'" }.joined(separator: ", ")])
        #expect(diagnostic.message.contains("RMS difference"), "\(diagnostic.message)")
        let written = try paths.map { try #require(FileManager.default.contents(atPath: $0), "\($0) missing") }
        #expect([UInt8](written[0]) == changed)
        #expect([UInt8](written[1]) == original.bytes)
        let diff = try PNGDecoder.decode([UInt8](written[2]))
        let expected = try PNGDecoder.decode(original.bytes)
        #expect((diff.width, diff.height) == (expected.width, expected.height))
        #expect(diff != expected)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: artifacts).filter { !names.contains($0) }
        #expect(leftovers.isEmpty, "no temporary files left behind: \(leftovers)")
    }
}

/// The edges of `render --check` on small figures: exactness, sizes, unreadable and missing files, PDF.
@Suite struct FigureCheckEdgeTests {
    /// A small heatmap's PNG, saved as `out.png` in a fresh folder.
    static func render(_ folder: TemporaryFolder, title: String = "T", format: OutputFormat = .png) throws -> [UInt8] {
        let text =
            "figure: {title: \"\(title)\", size: [3, 2], dpi: 50, output: out.png}\n"
            + SpecText.minimal().split(separator: "\n").dropFirst().joined(separator: "\n")
        let path = try folder.write("spec.yaml", text)
        let pipeline = Pipeline()
        return try pipeline.figureBytes(try pipeline.decode(path: path), format: format)
    }

    /// `png` decoded, one channel of one pixel moved by one level, and re-encoded (other PNG bytes too).
    /// `png` with a `tEXt` chunk inserted after IHDR (8-byte signature + 25-byte IHDR chunk).
    static func withTextChunk(_ png: [UInt8], _ keyword: String, _ text: String) -> [UInt8] {
        let body = Array("tEXt".utf8) + Array(keyword.utf8) + [0] + Array(text.utf8)
        func bigEndian(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> (24 - 8 * $0)) } }
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in body {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        let chunk = bigEndian(UInt32(body.count - 4)) + body + bigEndian(~crc)
        return Array(png[..<33]) + chunk + Array(png[33...])
    }

    static func nudged(_ png: [UInt8]) throws -> [UInt8] {
        var image = try PNGDecoder.decode(png)
        image.pixels[4 * 7] = image.pixels[4 * 7] == 255 ? 254 : image.pixels[4 * 7] + 1
        return try PNGEncoder.encode(image)
    }

    /// An optimiser or editor may rewrite a committed PNG (here: a text chunk added after the header):
    /// same pixels pass.
    @Test func reencodedFigureWithTheSamePixelsPasses() throws {
        let folder = try TemporaryFolder()
        let bytes = try Self.render(folder)
        let reencoded = Self.withTextChunk(bytes, "Software", "an optimiser")
        #expect(reencoded != bytes)
        let committed = try folder.write("out.png", reencoded)
        #expect(
            try FigureCheck.verify(
                bytes, against: committed, spec: "spec.yaml",
                options: CheckOptions(tolerance: 0)) == .samePixels)
    }

    @Test func oneLevelPassesByDefaultButNotExactlyOrAtToleranceZero() throws {
        let folder = try TemporaryFolder()
        let bytes = try Self.render(folder)
        let committed = try folder.write("out.png", try Self.nudged(bytes))
        let result = try FigureCheck.verify(bytes, against: committed, spec: "spec.yaml")
        guard case .withinTolerance(let rms, _) = result else {
            Issue.record("expected pixels within tolerance, got \(result)")
            return
        }
        #expect(rms > 0)
        #expect {
            try FigureCheck.verify(bytes, against: committed, spec: "spec.yaml", options: CheckOptions(exact: true))
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics
                == [
                    Messages.Output.figureBytesDiffer(committed, spec: "spec.yaml", how: "byte for byte", artifacts: [])
                ]
        }
        #expect(throws: DiagnosticError.self) {
            try FigureCheck.verify(bytes, against: committed, spec: "spec.yaml", options: CheckOptions(tolerance: 0))
        }
    }

    /// A one-byte change inside the image data: `--exact` says the bytes differ; the default cannot read it.
    @Test func oneByteChangeIsCaught() throws {
        let folder = try TemporaryFolder()
        let bytes = try Self.render(folder)
        var corrupted = bytes
        corrupted[corrupted.count / 2] ^= 0x01
        let committed = try folder.write("out.png", corrupted)
        #expect(
            thrownDiagnostics {
                try FigureCheck.verify(bytes, against: committed, spec: "spec.yaml", options: CheckOptions(exact: true))
            } == [Messages.Output.figureBytesDiffer(committed, spec: "spec.yaml", how: "byte for byte", artifacts: [])])
        #expect {
            try FigureCheck.verify(bytes, against: committed, spec: "spec.yaml")
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.first?.message.contains("cannot be read as a PNG") == true
        }
    }

    @Test func sizeMismatchNamesBothSizes() throws {
        let folder = try TemporaryFolder()
        let bytes = try Self.render(folder)
        let rendered = try PNGDecoder.decode(bytes)
        let other = RasterImage(
            width: rendered.width + 1, height: rendered.height,
            pixels: [UInt8](repeating: 255, count: (rendered.width + 1) * rendered.height * 4))
        let committed = try folder.write("out.png", try PNGEncoder.encode(other))
        let artifacts = folder.path + "/art"
        let expected = Messages.Output.figureSizeDiffers(
            committed, spec: "spec.yaml", committed: (other.width, other.height),
            rendered: (rendered.width, rendered.height),
            artifacts: [artifacts + "/out.actual.png", artifacts + "/out.expected.png"])
        #expect(
            thrownDiagnostics {
                try FigureCheck.verify(
                    bytes, against: committed, spec: "spec.yaml",
                    options: CheckOptions(tolerance: 255, artifactsDirectory: artifacts))
            } == [expected])
    }

    @Test func missingFigureWritesTheNewRenderAsAnArtifact() throws {
        let folder = try TemporaryFolder()
        let bytes = try Self.render(folder)
        let artifacts = folder.path + "/art"
        #expect {
            try FigureCheck.verify(
                bytes, against: folder.path + "/out.png", spec: "spec.yaml",
                options: CheckOptions(artifactsDirectory: artifacts))
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.first?.code == "output.missing"
        }
        #expect(FileManager.default.contents(atPath: artifacts + "/out.actual.png").map { [UInt8]($0) } == bytes)
    }

    /// PDF cannot be rasterised in-process, so any byte change fails whatever the tolerance.
    @Test func pdfIsComparedByteForByte() throws {
        let folder = try TemporaryFolder()
        let bytes = try Self.render(folder, format: .pdf)
        let committed = try folder.write("out.pdf", bytes)
        #expect(try FigureCheck.verify(bytes, against: committed, spec: "spec.yaml") == .identical)
        var changed = bytes
        changed[changed.count / 2] ^= 0x01
        try folder.write("out.pdf", changed)
        #expect(
            thrownDiagnostics {
                try FigureCheck.verify(
                    bytes, against: committed, spec: "spec.yaml", options: CheckOptions(tolerance: 255))
            } == [Messages.Output.figureBytesDiffer(committed, spec: "spec.yaml", how: "byte for byte", artifacts: [])])
    }
}
