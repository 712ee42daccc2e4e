import PlotDiagnostics
import PlotFormula

/// A panel as the decoder reads it, before the page's spec exists to copy into it: where it sits, its
/// title, and what it draws (its parameters with its held values, sampling, plot and every annotation it
/// draws, the spec's included).
struct PanelDraft {
    var name: String?
    var row: Int
    var column: Int
    var title: String?
    var parameters: [Parameter]
    var sampling: Sampling
    var plot: Plot
    var annotations: [Annotation]
}

/// A page of panels as decoded: the grid, its panels in reading order and what they share.
struct PanelGridDraft {
    var rows: Int
    var columns: Int
    var panels: [PanelDraft]
    var sharesColorScale: Bool
    var sharesAxes: Bool

    /// The panel grid of the IR, each panel's spec built from `page` (figure, seed, definitions, score).
    func resolved(
        sourcePath: String, figure: FigureSettings, seed: UInt64, definitions: Definitions, score: ScoreModel
    ) -> PanelGrid {
        let resolvedPanels = panels.map { draft in
            Panel(
                name: draft.name, row: draft.row, column: draft.column, title: draft.title,
                spec: FigureSpec(
                    sourcePath: sourcePath, figure: figure, seed: seed, parameters: draft.parameters,
                    definitions: definitions, sampling: draft.sampling, score: score, plot: draft.plot,
                    annotations: draft.annotations))
        }
        return PanelGrid(
            rows: rows, columns: columns, panels: resolvedPanels, sharesColorScale: sharesColorScale,
            sharesAxes: sharesAxes)
    }
}

extension DecodeContext {
    /// Titles with their panel letters, (a), (b)… in reading order, when `letters` asks for them.
    static func lettered(_ titles: [String?], letters: Bool) -> [String?] {
        guard letters else { return titles }
        return titles.enumerated().map { index, title in
            let letter = "(\(panelLetter(index)))"
            return title.map { "\(letter) \($0)" } ?? letter
        }
    }

    /// a, b, … l: a page has at most `SpecLimits.maxPanels` panels, so one letter each.
    static func panelLetter(_ index: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        return index < letters.count ? String(letters[index]) : "\(index + 1)"
    }

    /// Whether the panels together stay within the limits one spec has: grid cells, trials and slice
    /// points are summed over panels (each panel is evaluated and drawn in full), so a page costs what one
    /// spec may cost. Reports at `span` otherwise.
    func panelsWithinBudget(_ panels: [PanelDraft], at span: SourceSpan) -> Bool {
        var cells = 0
        var trials = 0
        var slicePoints = 0
        for panel in panels {
            switch panel.sampling {
            case .grid(let grid): cells += grid.cellCount
            case .trials(let t): trials += t.count
            case .data(let data): trials += data.count
            }
            if case .slice(let slice) = panel.plot {
                slicePoints += (slice.series?.values.count ?? 1) * slice.resolution
            }
        }
        let sampling = panels.map(\.sampling)
        let slicePointLimit = SpecLimits.maxSliceCurves * SpecLimits.maxSliceResolution
        if slicePoints > slicePointLimit {
            report(
                Messages.Spec.tooLarge(
                    "\(panels.count) slice panels of \(slicePoints) curve points in all",
                    limit:
                        "\(slicePointLimit) points (\(SpecLimits.maxSliceCurves) curves of "
                        + "\(SpecLimits.maxSliceResolution))",
                    at: span))
            return false
        }
        if cells > SpecLimits.maxGridCells {
            report(
                Messages.Spec.tooLarge(
                    "\(sampling.count) panels of \(cells) grid cells in all",
                    limit: "\(SpecLimits.maxGridCells) cells",
                    at: span))
            return false
        }
        if trials > SpecLimits.maxTrials {
            report(
                Messages.Spec.tooLarge(
                    "\(sampling.count) panels of \(trials) trials in all", limit: "\(SpecLimits.maxTrials) trials",
                    at: span))
            return false
        }
        return true
    }
}
