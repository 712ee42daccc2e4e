import Foundation

/// A facet: the spec's plot repeated once per value of one parameter, each panel holding it there.
///
/// Contract: `parameter` is not sampled (grid sampling, not one of its axes); `values` are 1…
/// `SpecLimits.maxFacetPanels` distinct values inside the parameter's range, snapped as held values are
/// (integers rounded, categories by index); `columns` is 1…`values.count`.
public struct Facet: Hashable, Sendable {
    public let parameter: Int
    public let values: [Double]
    /// Panels per row, filled row by row.
    public let columns: Int
    /// Whether panel titles start with (a), (b), (c)…
    public let letters: Bool

    init(parameter: Int, values: [Double], columns: Int, letters: Bool) {
        self.parameter = parameter
        self.values = values
        self.columns = columns
        self.letters = letters
    }

    /// Rows of panels.
    public var rows: Int { (values.count + columns - 1) / columns }
}

/// One panel of a facet: its title and the spec it draws (the facet's parameter held at its value).
public struct FacetPanel: Sendable {
    public let title: String
    public let spec: FigureSpec
}

extension FigureSpec {
    /// The facet's panels in order, each a copy of this spec (without the facet) whose facet parameter is
    /// held at the panel's value; empty when the spec has no facet.
    public var facetPanels: [FacetPanel] {
        guard let facet else { return [] }
        let parameter = parameters[facet.parameter]
        return facet.values.enumerated().map { index, value in
            var held = parameters
            held[facet.parameter] = parameter.holding(value)
            let letter = facet.letters ? "(\(Self.panelLetter(index))) " : ""
            let title = "\(letter)\(parameter.name) = \(Self.panelValueText(value, of: parameter))"
            let spec = FigureSpec(
                sourcePath: sourcePath, figure: figure, seed: seed, parameters: held, definitions: definitions,
                sampling: sampling, score: score, plot: plot, annotations: annotations)
            return FacetPanel(title: title, spec: spec)
        }
    }

    /// a, b, … z, then aa, ab… (a facet has at most `SpecLimits.maxFacetPanels` panels, so one letter).
    static func panelLetter(_ index: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        return index < letters.count ? String(letters[index]) : "\(index + 1)"
    }

    /// A held value as a panel title shows it: a category's name, a whole number, or up to four
    /// significant digits.
    static func panelValueText(_ value: Double, of parameter: Parameter) -> String {
        if let name = parameter.categoryName(of: value) { return name }
        if parameter.integer || value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(format: "%.4g", value)
    }
}
