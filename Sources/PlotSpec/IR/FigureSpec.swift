import PlotDiagnostics
import PlotFormula
import PlotScales

/// Everything one spec file says, validated, with defaults filled in and names resolved to values.
///
/// Sealed: every field of every IR type is a `let` and every initialiser is internal, so only
/// `SpecDecoder` builds one and nothing changes it afterwards. (`ColorValue` and `Offset` keep public
/// initialisers: plain values with no invariant of their own, which reach a spec only through the
/// decoder.) The one sanctioned change from outside is `limitingPixels(to:)`, a copy at a lower dpi.
/// Tests build specs from YAML, or adjust one through the internal `replacing(figure:)` under
/// `@testable import PlotSpec`.
///
/// Contract, which later stages rely on without re-checking:
/// - parameter references (plot axes, grid axes, anchors, lines, regions, curves, bells, focus, template
///   fields) are indices into `parameters`; ranges are ordered and positive on log scales; held values
///   lie in their parameter's range (written points may lie outside it, with a warning) and are positive
///   on log scales;
/// - counts, sizes and lengths are inside `SpecLimits`; the page's pixel count is within budget;
/// - every formula is parsed and type-checked against the parameters and `definitions`, which stay
///   names: `definitions` holds each `define:` once, in dependency order, and whoever compiles a formula
///   passes them along;
/// - a colour encoding holds the `Colormap` it draws (reversal applied), not a name; colours are RGBA;
/// - tick formats hold a parsed `NumberPattern`; annotation text and marker legends are `LabelTemplate`s
///   whose fields name existing quantities and carry parsed patterns; text with no point to read has
///   no fields, and line, region and curve legends have no placeholders;
/// - every annotation is one the plot kind draws (lines, regions and curves on its axes);
/// - constant noise sigmas are ≥ 0 and noise terms carry their stream key;
/// - `panels`, when present, holds specs that each satisfy all of the above (see `PanelGrid`).
public struct FigureSpec: Sendable {
    /// The spec file, as named on the command line.
    public let sourcePath: String
    public let figure: FigureSettings
    public let seed: UInt64
    public let parameters: [Parameter]
    /// The `define:` bindings that formulas use by name.
    public let definitions: Definitions
    public let sampling: Sampling
    public let score: ScoreModel
    public let plot: Plot
    public let annotations: [Annotation]
    /// The page's panels (`facet:` or `panels:`), if any; each panel is a complete spec of its own. With
    /// panels, `sampling`, `plot` and `annotations` here are the first panel's, so code that reads one
    /// plot (a dump, a single-plot caller) reads a real one.
    public let panels: PanelGrid?

    init(
        sourcePath: String, figure: FigureSettings, seed: UInt64, parameters: [Parameter],
        definitions: Definitions = .none, sampling: Sampling, score: ScoreModel, plot: Plot,
        annotations: [Annotation], panels: PanelGrid? = nil
    ) {
        self.panels = panels
        self.sourcePath = sourcePath
        self.figure = figure
        self.seed = seed
        self.parameters = parameters
        self.definitions = definitions
        self.sampling = sampling
        self.score = score
        self.plot = plot
        self.annotations = annotations
    }

    public var parameterNames: [String] { parameters.map(\.name) }

    public func parameterIndex(named name: String) -> Int? {
        parameters.firstIndex { $0.name == name }
    }
}

/// The figure as a page: title, size, resolution and where it is written.
public struct FigureSettings: Hashable, Sendable {
    public let title: String?
    public let subtitle: String?
    /// Page size in inches.
    public let widthInches: Double
    public let heightInches: Double
    /// Raster resolution for PNG output.
    public let dpi: Double
    /// The output path as written in the spec (relative to the spec's folder unless absolute).
    public let output: String
    /// Where `output` was written, for errors about writing it.
    public let outputSpan: SourceSpan?
    /// Base font size in points; titles and labels scale from it.
    public let fontSize: Double
    public let background: ColorValue
    /// Font families for all text, first choice first (`figure.font`); never empty. Each is a name without
    /// commas or control characters; whether it is installed is the renderer's business (a warning).
    public let fontFamilies: [String]
    /// Where each of `fontFamilies` was written; empty when the default was used.
    public let fontFamilySpans: [SourceSpan]

    /// The families used when a spec names none: the design the bundled figures are drawn in.
    public static let defaultFontFamilies = ["DejaVu Sans"]

    init(
        title: String?, subtitle: String?, widthInches: Double, heightInches: Double, dpi: Double,
        output: String, outputSpan: SourceSpan?, fontSize: Double, background: ColorValue,
        fontFamilies: [String] = FigureSettings.defaultFontFamilies, fontFamilySpans: [SourceSpan] = []
    ) {
        self.fontFamilies = fontFamilies
        self.fontFamilySpans = fontFamilySpans
        self.title = title
        self.subtitle = subtitle
        self.widthInches = widthInches
        self.heightInches = heightInches
        self.dpi = dpi
        self.output = output
        self.outputSpan = outputSpan
        self.fontSize = fontSize
        self.background = background
    }
}

/// An sRGB colour with alpha, as the spec names it (`"#1a9850"`, `white`, `"0.3"`).
public struct ColorValue: Hashable, Sendable {
    public let red: Double
    public let green: Double
    public let blue: Double
    public let alpha: Double

    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    public static let white = ColorValue(red: 1, green: 1, blue: 1)
    public static let black = ColorValue(red: 0, green: 0, blue: 0)
}

/// A compiled formula together with the text it came from (for dumps and error messages).
public struct Formula: Hashable, Sendable {
    public let text: String
    /// Checked against the spec's parameters and definitions. Defined names stay names (bindings in
    /// `FigureSpec.definitions`), never pasted copies: compile with those definitions.
    public let expression: Expression
    public let span: SourceSpan

    init(text: String, expression: Expression, span: SourceSpan) {
        self.text = text
        self.expression = expression
        self.span = span
    }
}
