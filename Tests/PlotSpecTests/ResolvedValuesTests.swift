import PlotDiagnostics
import PlotScales
import PlotYAML
import Testing

@testable import PlotSpec

/// The decoder stores resolved values, so no later stage looks a name up or parses text again: the
/// colormap as the map drawn, label text as a template of literal and field pieces with parsed patterns.
@Suite struct ResolvedValuesTests {
    static func decode(plot: String = "heatmap: {x: x, y: y}", annotations: String = "") throws -> FigureSpec {
        let text = """
            figure: {output: out.png, size: [4, 3], dpi: 100}
            parameters:
              x: {range: [1, 100], scale: log10}
              y: {range: [0, 1]}
              optimizer: {values: [adam, sgd]}
            sampling: {grid: {x: 10, y: 10}}
            score: {terms: [{expr: "0"}]}
            plot: {\(plot)}
            \(annotations)
            """
        let root = try YAMLLoader.load(text: text, file: "test.yaml", sources: nil)
        let (spec, diagnostics) = SpecDecoder.decode(root, sourcePath: "test.yaml")
        #expect(diagnostics.filter(\.isError).isEmpty, "\(diagnostics.map(\.message))")
        return try #require(spec)
    }

    static func heatmapColors(_ spec: FigureSpec) throws -> ColorEncoding {
        guard case .heatmap(let heatmap) = spec.plot else { throw Failure() }
        return heatmap.color
    }

    struct Failure: Error {}

    // MARK: - Colormap

    @Test(arguments: [
        ("magma", "magma", false), ("Magma_r", "magma", true), ("grays", "greys", false),
        ("GREY_R", "greys", true)
    ])
    func colormapIsResolvedToTheMapDrawn(_ written: String, _ name: String, _ reversed: Bool) throws {
        let colors = try Self.heatmapColors(Self.decode(plot: "heatmap: {x: x, y: y, colormap: \(written)}"))
        #expect(colors.colormap.name == name)
        #expect(colors.colormap.isReversed == reversed)
        let base = try #require(Colormap.named(name))
        #expect(colors.colormap.color(at: 0.2) == (reversed ? base.color(at: 0.8) : base.color(at: 0.2)))
    }

    @Test func colormapDefaultsToViridis() throws {
        let colors = try Self.heatmapColors(Self.decode())
        #expect(colors.colormap == .viridis)
        #expect(colors.colormap == Colormap.named("viridis"))
    }

    // MARK: - Label templates

    static func label(_ text: String, at point: String = "argmax") throws -> LabelAnnotation {
        let spec = try decode(annotations: "annotations: [{text: \"\(text)\", at: \(point)}]")
        guard case .label(let label) = try #require(spec.annotations.first).kind else { throw Failure() }
        return label
    }

    @Test func placeholdersBecomeFieldsWithResolvedQuantitiesAndPatterns() throws {
        let label = try Self.label("best {score:%.2f} at x={x:%.0e}, {value} ({optimizer})")
        let twoDecimals = try #require(try? NumberPattern("%.2f"))
        let exponent = try #require(try? NumberPattern("%.0e"))
        #expect(label.text.written == "best {score:%.2f} at x={x:%.0e}, {value} ({optimizer})")
        #expect(
            label.text.pieces == [
                .literal("best "), .field(.init(quantity: .score, pattern: twoDecimals, categories: nil)),
                .literal(" at x="), .field(.init(quantity: .parameter(0), pattern: exponent, categories: nil)),
                .literal(", "), .field(.init(quantity: .value, pattern: .threeSignificantDigits, categories: nil)),
                .literal(" ("),
                .field(.init(quantity: .parameter(2), pattern: .threeSignificantDigits, categories: ["adam", "sgd"])),
                .literal(")")
            ])
    }

    @Test func aCategoricalParameterWithAPatternPrintsTheNumber() throws {
        let label = try Self.label("{optimizer:%d}")
        #expect(label.text.fields.map(\.categories) == [nil])
        #expect(label.text.filled { _ in 1 } == "1")
    }

    @Test func fillingFormatsEachFieldByItsOwnPattern() throws {
        let label = try Self.label("s={score:%.2f} x={x:%.0e} v={value} t={true_score:%.1f} o={optimizer}")
        let filled = label.text.filled { quantity in
            switch quantity {
            case .score: 0.876
            case .trueScore: 0.71
            case .value: 0.123456
            case .parameter(let index): index == 0 ? 0.00042 : 1
            }
        }
        #expect(filled == "s=0.88 x=4e-4 v=0.123 t=0.7 o=sgd")
    }

    @Test func textWithoutPlaceholdersIsOneLiteral() throws {
        let label = try Self.label("plain text", at: "{x: 10, y: 0.5}")
        #expect(label.text.pieces == [.literal("plain text")])
        #expect(label.text.filled { _ in .nan } == "plain text")
    }

    @Test func markerLegendIsATemplate() throws {
        let spec = try Self.decode(
            annotations: "annotations: [{marker: star, at: argmax, legend: \"best {score:%.3f}\"}]")
        guard case .marker(let marker) = try #require(spec.annotations.first).kind else { throw Failure() }
        let legend = try #require(marker.legend)
        #expect(legend.fields.map(\.quantity) == [.score])
        #expect(legend.filled { _ in 0.5 } == "best 0.500")
    }

    // MARK: - The sanctioned copy

    @Test func limitingPixelsLowersTheResolutionOnly() throws {
        let spec = try Self.decode()  // 4 × 3 in at 100 dpi: 120 000 pixels
        let small = spec.limitingPixels(to: 12_000)
        #expect(abs(small.figure.dpi - 31.6227766) < 1e-6)
        #expect(small.figure.widthInches == 4 && small.figure.heightInches == 3)
        #expect(small.figure.output == spec.figure.output && small.figure.fontSize == spec.figure.fontSize)
        #expect(spec.limitingPixels(to: 1e9).figure.dpi == 100, "never raised")
        #expect(spec.limitingPixels(to: 1).figure.dpi == FigureSpec.minimumDPI, "never below the decoder's minimum")
    }
}
