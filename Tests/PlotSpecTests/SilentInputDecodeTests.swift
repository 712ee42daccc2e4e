import PlotDiagnostics
import PlotScales
import PlotYAML
import Testing

@testable import PlotSpec

/// Decode-time behaviour behind "nothing legal-looking is silently ignored" that the corpus cannot show:
/// what accepted values decode to.
@Suite struct SilentInputDecodeTests {
    static func decode(plot: String, extra: String = "") throws -> (FigureSpec?, [Diagnostic]) {
        let text = """
            figure: {output: out.png}
            parameters:
              x: {range: [1, 100], scale: log10}
              y: {range: [0, 1]}
            sampling: {grid: {x: 10, y: 10}}
            score: {terms: [{expr: "0"}]}
            plot: {\(plot)}
            \(extra)
            """
        let root = try YAMLLoader.load(text: text, file: "test.yaml", sources: nil)
        return SpecDecoder.decode(root, sourcePath: "test.yaml")
    }

    @Test(arguments: [
        ("colorbar: true", "Score"), ("colorbar: {}", "Score"), ("colorbar: {label: Acc}", "Acc"),
        ("colorbar: Acc", "Acc"), ("value: loss, colorbar: true", "Loss")
    ])
    func colorbarTitle(_ keys: String, _ title: String) throws {
        let spec = try #require(try Self.decode(plot: "heatmap: {x: x, y: y, \(keys)}").0)
        guard case .heatmap(let heatmap) = spec.plot else {
            Issue.record("not a heatmap")
            return
        }
        #expect(heatmap.color.label == title)
    }

    @Test func colorbarFalseRemovesTheBar() throws {
        let spec = try #require(try Self.decode(plot: "heatmap: {x: x, y: y, colorbar: false}").0)
        guard case .heatmap(let heatmap) = spec.plot else {
            Issue.record("not a heatmap")
            return
        }
        #expect(heatmap.color.label == nil)
    }

    /// The decoder keeps the parsed pattern, so layout formats with exactly what was checked.
    @Test func tickFormatStoresTheParsedPattern() throws {
        let spec = try #require(try Self.decode(plot: "heatmap: {x: x, y: y, x_axis: {tick_format: \"%.1e\"}}").0)
        guard case .heatmap(let heatmap) = spec.plot, case .pattern(let pattern)? = heatmap.xAxis.tickFormat else {
            Issue.record("expected a pattern tick format")
            return
        }
        #expect(pattern.text == "%.1e")
        #expect(pattern.format(12345) == "1.2e4")
    }

    @Test(arguments: ["{:.2f}", ">8.3e", "<6d"])
    func pythonFormatSpecsSuggestPrintf(_ spec: String) throws {
        let suggestion = try #require(DecodeContext.pythonStyleSuggestion(spec))
        _ = try NumberPattern(suggestion)  // the suggestion itself is valid
        #expect(suggestion.hasPrefix("%"))
    }
}
