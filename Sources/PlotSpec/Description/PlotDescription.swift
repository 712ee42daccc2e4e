/// The `plot` section: exactly one plot kind.
public struct PlotDescription: Sendable {
    public var heatmap = KeyDescription("heatmap", .section(.heatmap))
    public var surface = KeyDescription("surface3d", .section(.surface))
    public var parallel = KeyDescription("parallel_coordinates", .section(.parallel))
    public var scatter = KeyDescription("scatter", .section(.scatter))
    public var slice = KeyDescription("slice", .section(.slice))
    public var history = KeyDescription("history", .section(.history))
    public var importance = KeyDescription("importance", .section(.importance))

    public var kinds: [KeyDescription] { [heatmap, surface, parallel, scatter, slice, history, importance] }

    public var section: SectionDescription {
        SectionDescription("plot", doc: "The plot kind and its encodings.", keys: kinds, exactlyOne: kinds.map(\.name))
    }
}

/// `plot.heatmap`.
public struct HeatmapDescription: Sendable {
    public var x = KeyDescription("x", .parameterName, .required)
    public var y = KeyDescription("y", .parameterName, .required)
    public var contours = KeyDescription(
        "contours", .list(.anyNumber, maxItems: nil, description: ""),
        doc: "Contour levels.")
    public var contourColor = DefaultedKey(
        "contour_color", .anyColor, default: NamedColor(name: "white", value: .white), doc: "Contour line colour.")
    public var xAxis = KeyDescription("x_axis", .section(.axis))
    public var yAxis = KeyDescription("y_axis", .section(.axis))
    public var landscape = DefaultedKey<Landscape>.landscape
    public var color = ColorKeys()
    public var estimate = KeyDescription.estimate
    public var trials = DefaultedKey(
        "trials", .flag, default: false, doc: "Draw the trials an estimate comes from on top, coloured by score.")

    public var section: SectionDescription {
        SectionDescription(
            "heatmap", doc: "A heatmap.",
            keys: [x, y, landscape.described, contours, contourColor.described, xAxis, yAxis] + color.keys
                + [estimate, trials.described])
    }
}

/// `plot.surface3d`.
public struct SurfaceDescription: Sendable {
    public var x = KeyDescription("x", .parameterName, .required)
    public var y = KeyDescription("y", .parameterName, .required)
    public var elevation = DefaultedKey(
        "elevation", .bounded(-90, 90), default: 30.0,
        doc: "Camera elevation, degrees.", unit: "degrees")
    public var azimuth = DefaultedKey(
        "azimuth", .bounded(-360, 360), default: -60.0,
        doc: "Camera azimuth, degrees.", unit: "degrees")
    public var xAxis = KeyDescription("x_axis", .section(.axis))
    public var yAxis = KeyDescription("y_axis", .section(.axis))
    public var zAxis = KeyDescription("z_axis", .section(.axis))
    public var landscape = DefaultedKey<Landscape>.landscape
    public var color = ColorKeys()
    public var estimate = KeyDescription.estimate

    public var section: SectionDescription {
        SectionDescription(
            "surface3d", doc: "A 3-D surface.",
            keys: [x, y, landscape.described, elevation.described, azimuth.described, xAxis, yAxis, zAxis]
                + color.keys + [estimate])
    }
}

/// `plot.parallel_coordinates`.
public struct ParallelDescription: Sendable {
    public var axes = KeyDescription(
        "axes", .list(.parameterName, maxItems: nil, description: ""),
        .rule("every parameter"), doc: "Parameters, in axis order.")
    public var buckets = KeyDescription(
        "buckets",
        .list(
            .section(.bucket), maxItems: SpecLimits.maxBuckets,
            description: ""), doc: "Discrete colours.")
    public var lineWidth = DefaultedKey(
        "line_width", .bounded(0.05, 10), default: 1.0, doc: "Points.",
        unit: "points")
    public var opacity = DefaultedKey("opacity", .bounded(0, 1), default: 0.6, doc: "Line opacity.")
    public var color = ColorKeys()

    public var section: SectionDescription {
        SectionDescription(
            "parallel_coordinates", doc: "A parallel coordinates plot.",
            keys: [axes, buckets, lineWidth.described, opacity.described] + color.keys)
    }
}

/// One item of `parallel_coordinates.buckets`.
public struct BucketDescription: Sendable {
    public var below = KeyDescription("below", .anyNumber, .required, doc: "Upper bound of the bucket's values.")
    public var label = KeyDescription("label", .plainText, .required, doc: "Legend entry.")
    public var color = KeyDescription("color", .anyColor, .required, doc: "Line colour.")

    public var section: SectionDescription {
        SectionDescription("a bucket", doc: "A performance bucket.", keys: [below, label, color])
    }
}

/// `plot.scatter`.
public struct ScatterDescription: Sendable {
    public var x = KeyDescription("x", .parameterName, .required)
    public var y = KeyDescription("y", .parameterName, .required)
    public var markerSize = DefaultedKey(
        "marker_size", .bounded(0.1, 100), default: 6.0,
        doc: "Diameter in points.", unit: "points")
    public var opacity = DefaultedKey("opacity", .bounded(0, 1), default: 0.9, doc: "Marker opacity.")
    public var edgeColor = KeyDescription("edge_color", .anyColor, doc: "Marker outline.")
    public var xAxis = KeyDescription("x_axis", .section(.axis))
    public var yAxis = KeyDescription("y_axis", .section(.axis))
    public var color = ColorKeys()

    public var section: SectionDescription {
        SectionDescription(
            "scatter", doc: "A scatter plot.",
            keys: [x, y, markerSize.described, opacity.described, edgeColor, xAxis, yAxis] + color.keys)
    }
}

/// `plot.slice`.
public struct SliceDescription: Sendable {
    public var x = KeyDescription("x", .parameterName, .required, doc: "The parameter across; the others are held.")
    public var hold = KeyDescription(
        "hold",
        .map(
            .list(.parameterValue(description: "held value"), maxItems: SpecLimits.maxSliceCurves, description: ""),
            description: "One other parameter and the values it is held at: one curve each."))
    public var resolution = DefaultedKey(
        "resolution", .integer(minimum: 2, maximum: SpecLimits.maxSliceResolution, description: ""), default: 200,
        doc: "Points each curve is evaluated at.")
    public var noiseBand = DefaultedKey(
        "noise_band", .flag, default: false, doc: "Shade ± 1 σ and ± 2 σ of the noise terms around each curve.")
    public var points = DefaultedKey(
        "points", .flag, default: false, doc: "Overlay the sampled trials (needs trial sampling).")
    public var optimum = DefaultedKey("optimum", .flag, default: true, doc: "Mark each curve's best point.")
    public var value = ColorKeys().value
    public var xAxis = KeyDescription("x_axis", .section(.axis))
    public var yAxis = KeyDescription("y_axis", .section(.axis))

    public var section: SectionDescription {
        SectionDescription(
            "slice", doc: "The score against one parameter, the others held.",
            keys: [
                x, hold, resolution.described, noiseBand.described, points.described, optimum.described,
                value.described, xAxis, yAxis
            ])
    }
}

extension DefaultedKey where Value == Landscape {
    /// `landscape`, the same key on every kind that draws a grid field (heatmap, surface3d).
    static var landscape: DefaultedKey<Landscape> {
        DefaultedKey(
            "landscape", .choice(Landscape.allCases.map(\.rawValue), description: ""), default: .sampled,
            doc: "sampled scores (noise included), or true: the noise-free score.")
    }
}

/// `plot.importance`.
public struct ImportanceDescription: Sendable {
    public var parameters = KeyDescription(
        "parameters", .list(.parameterName, maxItems: nil, description: ""),
        .rule("the parameters the sampling varies"),
        doc: "Parameters whose importance is measured; the others are held.")
    public var nodes = DefaultedKey(
        "nodes", .integer(minimum: 2, maximum: SpecLimits.maxImportanceNodes, description: ""), default: 48,
        doc: "Gauss–Legendre nodes per continuous parameter (12 by default over `sampling.data`).")
    public var color = DefaultedKey(
        "color", .anyColor, default: NamedColor(name: "#4477aa", value: ImportanceDescription.defaultColor),
        doc: "Colour of the parameters' bars.")
    public var clipped = DefaultedKey(
        "clipped", .flag, default: false,
        doc: "Decompose the score after `score.clip` (a kink: converges slowly) instead of the smooth model.")

    /// Paul Tol's blue: a calm bar colour that the grey interactions bar stays distinct from.
    static let defaultColor = ColorValue(red: 0x44 / 255, green: 0x77 / 255, blue: 0xAA / 255)

    public var section: SectionDescription {
        SectionDescription(
            "importance",
            doc: "Each parameter's share of the noise-free score's variance (exact functional ANOVA).",
            keys: [parameters, nodes.described, color.described, clipped.described])
    }
}
