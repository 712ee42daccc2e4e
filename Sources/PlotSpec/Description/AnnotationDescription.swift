/// Keys several annotation kinds share.
extension KeyDescription {
    static let legend = KeyDescription("legend", .plainText, doc: "Legend entry.")
    static let annotationAxis = KeyDescription(
        "axis", .plainText, doc: "On parallel coordinates: the parameter axis the point lies on.")
}

/// The line keys of `line` and `curve` annotations.
public struct LineStyleKeys: Sendable {
    public var color = DefaultedKey(
        "color", .anyColor, default: NamedColor(name: "white", value: .white),
        doc: "Line colour.")
    public var width = DefaultedKey("width", .bounded(0.1, 20), default: 1.2, doc: "Line width.", unit: "points")
    public var dashed = DefaultedKey("dashed", .flag, default: true, doc: "Dashed rather than solid.")

    public var keys: [KeyDescription] { [color.described, width.described, dashed.described] }
}

/// A `text` annotation: a label, optionally with an arrow.
public struct TextAnnotationDescription: Sendable {
    public var text = KeyDescription(
        "text", .plainText, .required,
        doc: "Label text; {parameter}, {parameter:%fmt}, {score}, {value} placeholders.")
    public var at = KeyDescription("at", .point, doc: "The point the text describes.")
    public var labelAt = KeyDescription("label_at", .point, doc: "Centre of the text box.")
    public var offset = KeyDescription("offset", .pair(.anyNumber, description: ""), doc: "[dx, dy] in points.")
    public var arrow = KeyDescription(
        "arrow", .flag, .rule("true when the box is away from `at`"),
        doc: "Arrow from the text to `at`.")
    public var style = DefaultedKey(
        "style", .choice(LabelStyle.allCases.map(\.rawValue), description: ""),
        default: LabelStyle.dark, doc: "Box style.")
    public var fontSize = KeyDescription(
        "font_size", .bounded(4, 48), .rule("the plot's label size"),
        doc: "Font size in points.", unit: "points")
    public var axis = KeyDescription.annotationAxis

    public var section: SectionDescription {
        SectionDescription(
            "a text annotation", doc: "A text annotation.",
            keys: [text, at, labelAt, offset, arrow, style.described, fontSize, axis])
    }
}

/// A `marker` annotation.
public struct MarkerAnnotationDescription: Sendable {
    public var marker = KeyDescription(
        "marker", .choice(MarkerAnnotation.Shape.allCases.map(\.rawValue), description: ""), .required,
        doc: "Marker shape.")
    public var at = KeyDescription("at", .point, .required, doc: "Where the marker stands.")
    public var size = DefaultedKey("size", .bounded(1, 100), default: 14.0, doc: "Points.", unit: "points")
    public var color = DefaultedKey(
        "color", .anyColor,
        default: NamedColor(name: "gold", value: ColorValue(red: 1, green: 0.84, blue: 0)),
        doc: "Marker colour.")
    public var legend = KeyDescription.legend
    public var axis = KeyDescription.annotationAxis

    public var section: SectionDescription {
        SectionDescription(
            "a marker annotation", doc: "A marker annotation.",
            keys: [marker, at, size.described, color.described, legend, axis])
    }
}

/// A `line` annotation: a reference line at one parameter's value.
public struct LineAnnotationDescription: Sendable {
    public var line = KeyDescription(
        "line", .map(.parameterValue(description: ""), description: "One parameter: value (or category name)."),
        .required)
    public var style = LineStyleKeys()
    public var legend = KeyDescription.legend

    public var section: SectionDescription {
        SectionDescription("a line annotation", doc: "A line annotation.", keys: [line] + style.keys + [legend])
    }
}

/// A `region` annotation: a shaded rectangle or band.
public struct RegionAnnotationDescription: Sendable {
    public var region = KeyDescription(
        "region", .map(.pair(.anyNumber, description: "[low, high]"), description: "Bounds per parameter."), .required)
    public var color = DefaultedKey(
        "color", .anyColor, default: NamedColor(name: "white", value: .white),
        doc: "Fill colour.")
    public var opacity = DefaultedKey("opacity", .bounded(0, 1), default: 0.25, doc: "Fill opacity.")
    public var outline = KeyDescription("outline", .anyColor, doc: "Outline colour (none: no outline).")
    public var legend = KeyDescription.legend

    public var section: SectionDescription {
        SectionDescription(
            "a region annotation", doc: "A region annotation.",
            keys: [region, color.described, opacity.described, outline, legend])
    }
}

/// A `curve` annotation: one plotted parameter as a formula of the other.
public struct CurveAnnotationDescription: Sendable {
    public var curve = KeyDescription(
        "curve", .map(.formula(description: ""), description: "One parameter: formula of the other."), .required)
    public var style = LineStyleKeys()
    public var legend = KeyDescription.legend

    public var section: SectionDescription {
        SectionDescription("a curve annotation", doc: "A curve annotation.", keys: [curve] + style.keys + [legend])
    }
}
