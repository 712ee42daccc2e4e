import PlotDiagnostics

/// Something drawn on top of the data to tell the figure's takeaway.
public struct Annotation: Hashable, Sendable {
    public let kind: AnnotationKind
    public let span: SourceSpan

    init(kind: AnnotationKind, span: SourceSpan) {
        self.kind = kind
        self.span = span
    }
}

public enum AnnotationKind: Hashable, Sendable {
    case label(LabelAnnotation)
    case marker(MarkerAnnotation)
    case line(ReferenceLine)
    case region(RegionAnnotation)
    case curve(CurveAnnotation)
}

/// A point in the plot: data coordinates (parameter index → value) or a computed point of the samples.
public enum AnchorPoint: Hashable, Sendable {
    case data([Int: Double])
    /// The sample with the highest (lowest) shown value.
    case argmax
    case argmin
    /// The sample with the highest (lowest) noise-free value: where the model's optimum lies among the
    /// samples, whatever the noise drew (`argmax` is the best sample, noise included).
    case trueArgmax
    case trueArgmin
    /// The median, in each parameter's own scale, of the best `fraction` of the samples by score
    /// (highest score first, whatever the plot shows); `fraction` is in (0, 1]. Spec form: `{top: 0.1}`.
    case topMedian(fraction: Double)
}

/// Colours of annotation text boxes.
public enum LabelStyle: String, Hashable, Sendable, CaseIterable {
    /// White text on a translucent dark box: for dark or busy backgrounds (heatmaps).
    case dark
    /// Dark text on a translucent white box: for light backgrounds.
    case light
}

/// Text, optionally with an arrow from the text to the point it describes.
///
/// The text may hold placeholders, parsed by the decoder: `{score}`, `{value}` and `{parameter}` take the
/// value at `target` (three significant digits, or a category's name); `{parameter:%.0e}` gives a
/// printf-style format. Without a `target` the text has no placeholders.
public struct LabelAnnotation: Hashable, Sendable {
    public let text: LabelTemplate
    /// The point described (arrow head); nil for free text placed at `position`.
    public let target: AnchorPoint?
    /// Where the text box goes, in data coordinates; nil puts it next to the target.
    public let position: AnchorPoint?
    /// Offset of the text from its position, in points (x right, y up).
    public let offset: Offset?
    public let arrow: Bool
    public let style: LabelStyle
    public let fontSize: Double?
    /// On a parallel-coordinates plot, the parameter axis the points lie on (see `ParallelLayout`);
    /// ignored by 2-D plots.
    public let axis: Int?

    init(
        text: LabelTemplate, target: AnchorPoint?, position: AnchorPoint?, offset: Offset?, arrow: Bool,
        style: LabelStyle, fontSize: Double?, axis: Int? = nil
    ) {
        self.axis = axis
        self.text = text
        self.target = target
        self.position = position
        self.offset = offset
        self.arrow = arrow
        self.style = style
        self.fontSize = fontSize
    }
}

/// A displacement in points, x to the right and y up.
public struct Offset: Hashable, Sendable {
    public let dx: Double
    public let dy: Double

    public init(dx: Double, dy: Double) {
        self.dx = dx
        self.dy = dy
    }
}

/// A marker symbol at a point, with an optional legend entry.
public struct MarkerAnnotation: Hashable, Sendable {
    public enum Shape: String, Hashable, Sendable, CaseIterable {
        case star, circle, cross, diamond, square
    }

    public let at: AnchorPoint
    public let shape: Shape
    /// Diameter in points.
    public let size: Double
    public let color: ColorValue
    /// Shown in the legend when present; its placeholders read the marker's point.
    public let legend: LabelTemplate?
    /// On a parallel-coordinates plot, the parameter axis the marker sits on; ignored by 2-D plots.
    public let axis: Int?

    init(at: AnchorPoint, shape: Shape, size: Double, color: ColorValue, legend: LabelTemplate?, axis: Int? = nil) {
        self.axis = axis
        self.at = at
        self.shape = shape
        self.size = size
        self.color = color
        self.legend = legend
    }
}

/// Dash patterns and colours shared by line-like annotations.
public struct LineStyle: Hashable, Sendable {
    public let color: ColorValue
    public let width: Double
    public let dashed: Bool

    init(color: ColorValue, width: Double, dashed: Bool) {
        self.color = color
        self.width = width
        self.dashed = dashed
    }
}

/// A vertical or horizontal line at a parameter value.
public struct ReferenceLine: Hashable, Sendable {
    public let parameter: Int
    public let value: Double
    public let style: LineStyle
    public let legend: String?

    init(parameter: Int, value: Double, style: LineStyle, legend: String?) {
        self.parameter = parameter
        self.value = value
        self.style = style
        self.legend = legend
    }
}

/// A shaded rectangle or band; parameters not listed span the whole axis.
public struct RegionAnnotation: Hashable, Sendable {
    public let bounds: [Int: ClosedRange<Double>]
    public let fill: ColorValue
    public let outline: ColorValue?
    public let legend: String?

    init(bounds: [Int: ClosedRange<Double>], fill: ColorValue, outline: ColorValue?, legend: String?) {
        self.bounds = bounds
        self.fill = fill
        self.outline = outline
        self.legend = legend
    }
}

/// A curve where one plotted parameter is a formula of the other, e.g. the linear-scaling ridge
/// `learning_rate = 10^(-4 + 0.3 * (log2(batch_size) - 3))`.
public struct CurveAnnotation: Hashable, Sendable {
    /// The parameter the formula computes.
    public let parameter: Int
    /// A formula over the other plotted parameter.
    public let formula: Formula
    public let style: LineStyle
    public let legend: String?

    init(parameter: Int, formula: Formula, style: LineStyle, legend: String?) {
        self.parameter = parameter
        self.formula = formula
        self.style = style
        self.legend = legend
    }
}
