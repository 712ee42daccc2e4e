import PlotDiagnostics
import PlotFormula
import PlotScales

/// Everything one spec file says, validated, with defaults filled in and formulas compiled to checked ASTs.
///
/// Contract: once a `FigureSpec` exists it is valid. Parameter references are indices into `parameters`,
/// ranges are ordered and positive on log scales, counts are within limits, every formula type-checks
/// against the parameters and `definitions`. Later stages never re-check any of this.
public struct FigureSpec: Sendable {
    /// The spec file, as named on the command line.
    public var sourcePath: String
    public var figure: FigureSettings
    public var seed: UInt64
    public var parameters: [Parameter]
    /// The `define:` bindings that formulas use by name.
    public var definitions: Definitions
    public var sampling: Sampling
    public var score: ScoreModel
    public var plot: Plot
    public var annotations: [Annotation]

    public init(
        sourcePath: String, figure: FigureSettings, seed: UInt64, parameters: [Parameter],
        definitions: Definitions = .none, sampling: Sampling, score: ScoreModel, plot: Plot,
        annotations: [Annotation]
    ) {
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
    public var title: String?
    public var subtitle: String?
    /// Page size in inches.
    public var widthInches: Double
    public var heightInches: Double
    /// Raster resolution for PNG output.
    public var dpi: Double
    /// The output path as written in the spec (relative to the spec's folder unless absolute).
    public var output: String
    /// Where `output` was written, for errors about writing it.
    public var outputSpan: SourceSpan?
    /// Base font size in points; titles and labels scale from it.
    public var fontSize: Double
    public var background: ColorValue
    /// Font families for all text, first choice first (`figure.font`); never empty. Each is a name without
    /// commas or control characters; whether it is installed is the renderer's business (a warning).
    public var fontFamilies: [String]
    /// Where each of `fontFamilies` was written; empty when the default was used.
    public var fontFamilySpans: [SourceSpan]

    /// The families used when a spec names none: the design the bundled figures are drawn in.
    public static let defaultFontFamilies = ["DejaVu Sans"]

    public init(
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
    public var red: Double
    public var green: Double
    public var blue: Double
    public var alpha: Double

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
    public var text: String
    /// Checked against the spec's parameters and definitions. Defined names stay names (bindings in
    /// `FigureSpec.definitions`), never pasted copies: compile with those definitions.
    public var expression: Expression
    public var span: SourceSpan

    public init(text: String, expression: Expression, span: SourceSpan) {
        self.text = text
        self.expression = expression
        self.span = span
    }
}
