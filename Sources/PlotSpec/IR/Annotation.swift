import PlotDiagnostics

/// Something drawn on top of the data to tell the figure's takeaway.
public struct Annotation: Hashable, Sendable {
    public var kind: AnnotationKind
    public var span: SourceSpan

    public init(kind: AnnotationKind, span: SourceSpan) {
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
/// The text may hold placeholders: `{score}` and `{parameter}` take the value at `target`, formatted
/// like the axis ticks; `{parameter:%.0e}` gives a printf-style format.
public struct LabelAnnotation: Hashable, Sendable {
    public var text: String
    /// The point described (arrow head); nil for free text placed at `position`.
    public var target: AnchorPoint?
    /// Where the text box goes, in data coordinates; nil puts it next to the target.
    public var position: AnchorPoint?
    /// Offset of the text from its position, in points (x right, y up).
    public var offset: Offset?
    public var arrow: Bool
    public var style: LabelStyle
    public var fontSize: Double?
    /// On a parallel-coordinates plot, the parameter axis the points lie on (see `ParallelLayout`);
    /// ignored by 2-D plots.
    public var axis: Int?

    public init(
        text: String, target: AnchorPoint?, position: AnchorPoint?, offset: Offset?, arrow: Bool,
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
    public var dx: Double
    public var dy: Double

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

    public var at: AnchorPoint
    public var shape: Shape
    /// Diameter in points.
    public var size: Double
    public var color: ColorValue
    /// Shown in the legend when present.
    public var legend: String?
    /// On a parallel-coordinates plot, the parameter axis the marker sits on; ignored by 2-D plots.
    public var axis: Int?

    public init(at: AnchorPoint, shape: Shape, size: Double, color: ColorValue, legend: String?, axis: Int? = nil) {
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
    public var color: ColorValue
    public var width: Double
    public var dashed: Bool

    public init(color: ColorValue, width: Double, dashed: Bool) {
        self.color = color
        self.width = width
        self.dashed = dashed
    }
}

/// A vertical or horizontal line at a parameter value.
public struct ReferenceLine: Hashable, Sendable {
    public var parameter: Int
    public var value: Double
    public var style: LineStyle
    public var legend: String?

    public init(parameter: Int, value: Double, style: LineStyle, legend: String?) {
        self.parameter = parameter
        self.value = value
        self.style = style
        self.legend = legend
    }
}

/// A shaded rectangle or band; parameters not listed span the whole axis.
public struct RegionAnnotation: Hashable, Sendable {
    public var bounds: [Int: ClosedRange<Double>]
    public var fill: ColorValue
    public var outline: ColorValue?
    public var legend: String?

    public init(bounds: [Int: ClosedRange<Double>], fill: ColorValue, outline: ColorValue?, legend: String?) {
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
    public var parameter: Int
    /// A formula over the other plotted parameter.
    public var formula: Formula
    public var style: LineStyle
    public var legend: String?

    public init(parameter: Int, formula: Formula, style: LineStyle, legend: String?) {
        self.parameter = parameter
        self.formula = formula
        self.style = style
        self.legend = legend
    }
}
