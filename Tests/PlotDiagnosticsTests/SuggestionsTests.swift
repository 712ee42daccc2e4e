import Testing

@testable import PlotDiagnostics

@Suite struct SuggestionsTests {
    @Test(arguments: [
        ("colormapp", "colormap"),
        ("lerning_rate", "learning_rate"),
        ("heatmpa", "heatmap")
    ])
    func suggestsNearMiss(typo: String, expected: String) {
        let candidates = ["colormap", "learning_rate", "heatmap", "colorbar", "scatter"]
        #expect(Suggestions.closest(to: typo, among: candidates) == expected)
    }

    @Test func noSuggestionForUnrelatedWord() {
        #expect(Suggestions.closest(to: "zebra", among: ["colormap", "heatmap"]) == nil)
    }

    @Test func transpositionCostsOne() {
        #expect(Suggestions.editDistance("ab", "ba") == 1)
        #expect(Suggestions.editDistance("kitten", "sitting") == 3)
    }
}
