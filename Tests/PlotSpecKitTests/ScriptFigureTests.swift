import Foundation
import PlotDiagnostics
import PlotScene
import PlotSpecKit
import Testing

@testable import PlotRender

/// A figure titled in Chinese, with an Arabic subtitle, Hebrew and Japanese axis titles and emoji in a
/// label, named fonts with fallbacks, renders with real glyphs (no missing-glyph boxes) and real text in
/// PNG, SVG and PDF.
@Suite struct ScriptFigureTests {
    static let title = "学习率与验证精度"
    static let subtitle = "معدل التعلم مقابل الدقة (lr) 😀"
    static let spec = """
        figure:
          title: "\(title)"
          subtitle: "\(subtitle)"
          font: [Noto Sans, DejaVu Sans]
          output: out.png
          size: [5, 3.5]
          dpi: 150
        parameters:
          x: {range: [0, 1], label: "קצב למידה"}
          y: {range: [0, 1], label: "検証精度 📈"}
        sampling: {grid: {x: 10, y: 10}}
        score:
          terms:
            - expr: "x + y"
        plot: {heatmap: {x: x, y: y, colorbar: "精度 ⭐"}}

        """

    /// The spec's 150 dpi as pixels per point.
    static let pixelScale = 150.0 / 72

    static func scene() throws -> (Scene, FigureSpecSummary) {
        let folder = try TemporaryFolder()
        let path = try folder.write("scripts.yaml", spec)
        let pipeline = Pipeline()
        let decoded = try pipeline.decode(path: path)
        let scene = try pipeline.layout(decoded, table: pipeline.evaluate(decoded))
        return (scene, FigureSpecSummary(families: decoded.figure.fontFamilies, warnings: pipeline.warnings))
    }

    struct FigureSpecSummary {
        let families: [String]
        let warnings: [Diagnostic]
    }

    @Test func everyRunIsInTheSpecsFamiliesAndHasAGlyphForEveryCharacter() throws {
        let (scene, summary) = try Self.scene()
        #expect(summary.families == ["Noto Sans", "DejaVu Sans"])
        #expect(summary.warnings.isEmpty, "\(summary.warnings.map(\.message))")  // every family is installed
        let runs = scene.textRuns
        for text in [Self.title, Self.subtitle, "קצב למידה", "検証精度 📈", "精度 ⭐"] {
            #expect(runs.contains { $0.text == text }, "\(text) is in the scene")
        }
        let measurer = CairoTextMeasurer()
        for run in runs {
            #expect(run.font.families == ["Noto Sans", "DejaVu Sans"])
            #expect(measurer.unknownGlyphCount(run.text, font: run.font) == 0, "\(run.text)")
        }
    }

    @Test func pngAndPDFDrawEveryGlyph() throws {
        let (scene, _) = try Self.scene()
        for format in [OutputFormat.png, .pdf] {
            let (bytes, unknown) = try SceneRenderer.renderCountingUnknownGlyphs(
                scene, format: format, pixelScale: Self.pixelScale)
            #expect(!bytes.isEmpty)
            #expect(unknown == 0, "\(format)")
        }
    }

    /// The SVG holds each run's characters in logical order as UTF-8 text, with the spec's families first,
    /// and marks the right-to-left subtitle so a viewer orders it as Pango did.
    @Test func svgHasTheTextAndItsFamilies() throws {
        let (scene, _) = try Self.scene()
        let svg = String(
            decoding: try SceneRenderer.render(scene, format: .svg, pixelScale: Self.pixelScale), as: UTF8.self)
        let lines = svg.split(separator: "\n")
        let title = try #require(lines.first { $0.contains(">\(Self.title)</text>") })
        #expect(title.contains("font-family=\"Noto Sans, DejaVu Sans, Bitstream Vera Sans, Verdana, sans-serif\""))
        let subtitle = try #require(lines.first { $0.contains(">\(Self.subtitle)</text>") })
        #expect(subtitle.contains("direction=\"rtl\" text-anchor=\"end\""))
        #expect(!title.contains("direction="))
    }

    /// librsvg (which lays text out with Pango too) draws our SVG's title and subtitle where our PNG has
    /// them. Measured here (rsvg-convert 2.54.7, 150 dpi): RMS 13.6 over the title block as written (glyph
    /// edges rasterised by two engines), 32.1 with the subtitle written left-to-right (which moves "(lr) 😀"
    /// to the other end) and 67.6 with the two runs left out.
    @Test(.enabled(if: SVGRasteriser.executable != nil, "needs rsvg-convert on PATH (apt: librsvg2-bin)"))
    func rasterisedSVGMatchesThePNGInTheTitleBlock() throws {
        let (scene, _) = try Self.scene()
        let bounds = scene.textRuns.filter { $0.text == Self.title || $0.text == Self.subtitle }.map(\.bounds)
        var region = try #require(bounds.first)
        for box in bounds.dropFirst() { region = union(region, box) }
        let svg = String(
            decoding: try SceneRenderer.render(scene, format: .svg, pixelScale: Self.pixelScale), as: UTF8.self)
        let rms = try SVGRasteriser.rmsAgainstPNG(
            Array(svg.utf8), scene: scene, pixelScale: Self.pixelScale, in: region)
        let leftToRight = svg.replacingOccurrences(of: " direction=\"rtl\" text-anchor=\"end\"", with: "")
        let wrong = try SVGRasteriser.rmsAgainstPNG(
            Array(leftToRight.utf8), scene: scene, pixelScale: Self.pixelScale, in: region)
        let withoutText = svg.split(separator: "\n").filter {
            !$0.contains(">\(Self.title)<") && !$0.contains(">\(Self.subtitle)<")
        }
        let none = try SVGRasteriser.rmsAgainstPNG(
            Array(withoutText.joined(separator: "\n").utf8), scene: scene, pixelScale: Self.pixelScale, in: region)
        #expect(rms < 16, "RMS \(rms) in the title block")
        #expect(wrong > rms * 1.5, "RMS \(wrong) with the subtitle left-to-right, \(rms) as written")
        #expect(none > rms * 1.5, "RMS \(none) without the title and subtitle, \(rms) with them")
    }

    private func union(_ a: Rect, _ b: Rect) -> Rect {
        let minX = min(a.x, b.x)
        let minY = min(a.y, b.y)
        return Rect(x: minX, y: minY, width: max(a.maxX, b.maxX) - minX, height: max(a.maxY, b.maxY) - minY)
    }

    /// The PDF holds real text: poppler extracts the Chinese title and the Arabic words.
    @Test(.enabled(if: ScriptFigureTests.pdftotext != nil, "needs pdftotext (apt: poppler-utils)"))
    func pdfTextCanBeExtracted() throws {
        let (scene, _) = try Self.scene()
        let folder = try TemporaryFolder()
        let pdf = try folder.write(
            "figure.pdf", try SceneRenderer.render(scene, format: .pdf, pixelScale: Self.pixelScale))
        let run = try CLI.run(try #require(Self.pdftotext), [pdf, "-"], in: folder.path)
        #expect(run.status == 0)
        #expect(run.stdout.contains(Self.title))
        let arabicWords = Self.subtitle.split(separator: " ").filter {
            $0.unicodeScalars.contains { (0x600...0x6FF).contains($0.value) }
        }
        #expect(arabicWords.count == 4)
        for word in arabicWords { #expect(run.stdout.contains(word), "\(word)") }
    }

    static let pdftotext: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { $0 + "/pdftotext" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }()

    /// A family this machine lacks is a warning at the name, with the closest installed family.
    @Test func aMisspeltFamilyIsAWarningWithASuggestion() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "typo.yaml",
            SpecText.minimal().replacingOccurrences(
                of: "figure: {output: out.png,", with: "figure: {font: [DejaVu Sans Mnoo, sans-serif], output: out.png,"
            ))
        let pipeline = Pipeline()
        _ = try pipeline.decode(path: path)
        let fontWarnings = pipeline.warnings.filter { $0.code == "spec.font-not-installed" }
        let warning = try #require(fontWarnings.first)
        #expect(fontWarnings.count == 1)  // sans-serif is a generic family, always there
        #expect(warning.suggestion == "DejaVu Sans Mono")
        #expect(warning.span?.start.line == 1 && warning.span?.start.column == 17)
    }
}
