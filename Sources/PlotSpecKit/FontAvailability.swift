import PlotDiagnostics
import PlotRender
import PlotSpec

/// Warns about `figure.font` families this machine does not have. Not an error: the spec is valid, and
/// another machine (a CI runner, a colleague's laptop) may have the font; here text falls back to the next
/// family or to what fontconfig chooses, so the figure is drawn but not in the font that was asked for.
enum FontAvailability {
    /// One warning per named family that is not installed, at the name, with the closest installed
    /// family as a suggestion. The default families (no `font` key) are not checked.
    static func warnings(for figure: FigureSettings) -> [Diagnostic] {
        zip(figure.fontFamilies, figure.fontFamilySpans).compactMap { name, span in
            guard !InstalledFonts.has(name) else { return nil }
            let suggestion = Suggestions.closest(to: name, among: InstalledFonts.families)
            return Messages.Spec.fontFamilyNotInstalled(name, at: span, suggestion: suggestion)
        }
    }
}
