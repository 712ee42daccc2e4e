/// A page of panels: a grid of plots on one page, each panel a complete spec of its own.
///
/// Both ways of writing panels resolve to this: `facet:` (the spec's plot repeated over held values of
/// one or two parameters) and `panels:` (named views placed on a grid, each with its own plot, and
/// optionally its own sampling, held values and annotations). Later stages see only panels.
///
/// Contract: 1…`SpecLimits.maxPanels` panels, each in its own cell of a `rows` × `columns` grid (cells
/// may be empty); every panel's spec is a complete, valid spec without panels of its own, sharing the
/// parent's figure, seed, parameters' declarations, definitions and score; all panels together stay
/// within the grid-cell and trial limits; when `sharesColorScale`, every panel that colours by value
/// has the same colour encoding and shown value.
public struct PanelGrid: Sendable {
    public let rows: Int
    public let columns: Int
    /// The panels in reading order (row by row).
    public let panels: [Panel]
    /// One colour scale and one colour bar for the whole page (`colorbar: shared`).
    public let sharesColorScale: Bool
    /// Neighbouring panels that draw the same axis show its tick labels and title once, on the outer
    /// panel (`axes: shared`).
    public let sharesAxes: Bool

    init(rows: Int, columns: Int, panels: [Panel], sharesColorScale: Bool, sharesAxes: Bool) {
        self.rows = rows
        self.columns = columns
        self.panels = panels
        self.sharesColorScale = sharesColorScale
        self.sharesAxes = sharesAxes
    }
}

/// One panel of a page: where it sits, its title and the spec it draws.
public struct Panel: Sendable {
    /// The view's name under `panels:`; nil for a facet's panels.
    public let name: String?
    public let row: Int
    public let column: Int
    /// The title above the panel, letter included (`(a) depth = 4`); nil for none.
    public let title: String?
    /// What the panel draws: the page's spec with the panel's held values, sampling, plot and
    /// annotations. Its `panels` is nil.
    public let spec: FigureSpec

    init(name: String?, row: Int, column: Int, title: String?, spec: FigureSpec) {
        self.name = name
        self.row = row
        self.column = column
        self.title = title
        self.spec = spec
    }
}

/// Whether panels share a colour scale or axes (`colorbar:`, `axes:` of `panels`), or each has its own.
public enum PanelSharing: String, Hashable, Sendable, CaseIterable {
    case shared
    case each
}
