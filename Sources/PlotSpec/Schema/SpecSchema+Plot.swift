import PlotScales

extension SpecSchema {
    static var axis: SchemaNode {
        .object(ObjectSchema(description: "Axis presentation.", keys: DecodeContext.axisKeys,
                             properties: ["label": .string(description: "Axis title."), "tick_format": tickFormat,
                                          "grid": .boolean(description: "Grid lines at major ticks.")]))
    }

    static func colorProperties() -> [String: SchemaNode] {
        [
            "value": .choice(ShownValue.allCases.map(\.rawValue), description: "score, or loss = 1 − score."),
            "colormap": .choice(Colormap.allNames + Colormap.allNames.map { $0 + "_r" }, description: "Colormap."),
            "color_range": .pair(.number(minimum: nil, maximum: nil, description: ""), description: "Values at the colormap's ends."),
            "colorbar": .anyOf([.string(description: "title"), .boolean(description: "false hides it"),
                                .object(ObjectSchema(description: "Colour bar.", keys: ["label"],
                                                     properties: ["label": .string(description: "title")]))],
                               description: "Colour-bar title."),
        ]
    }

    static func kind(_ name: String, keys: [String], extra: [String: SchemaNode], required: [String]) -> SchemaNode {
        var properties = colorProperties()
        properties.merge(extra) { $1 }
        return .object(ObjectSchema(description: "A \(name).", keys: keys, properties: properties, required: required))
    }

    static var plot: SchemaNode {
        let parameter = SchemaNode.string(description: "a parameter name")
        let number = SchemaNode.number(minimum: nil, maximum: nil, description: "")
        let bucket = SchemaNode.object(ObjectSchema(
            description: "A performance bucket.", keys: ["below", "label", "color"],
            properties: ["below": number, "label": .string(description: ""), "color": .color(description: "")],
            required: ["below", "label", "color"]))
        let heatmapKeys = ["x", "y", "contours", "contour_color", "x_axis", "y_axis"] + DecodeContext.colorKeys
        let surfaceKeys = ["x", "y", "elevation", "azimuth", "x_axis", "y_axis", "z_axis"] + DecodeContext.colorKeys
        let parallelKeys = ["axes", "buckets", "line_width", "opacity"] + DecodeContext.colorKeys
        let scatterKeys = ["x", "y", "marker_size", "opacity", "edge_color", "x_axis", "y_axis"] + DecodeContext.colorKeys
        return .object(ObjectSchema(
            description: "The plot kind and its encodings.", keys: DecodeContext.plotKinds,
            properties: [
                "heatmap": kind("heatmap", keys: heatmapKeys, extra: [
                    "x": parameter, "y": parameter, "x_axis": axis, "y_axis": axis,
                    "contours": .list(number, maxItems: nil, description: "Contour levels."),
                    "contour_color": .color(description: "Contour line colour."),
                ], required: ["x", "y"]),
                "surface3d": kind("3-D surface", keys: surfaceKeys, extra: [
                    "x": parameter, "y": parameter, "x_axis": axis, "y_axis": axis, "z_axis": axis,
                    "elevation": .number(minimum: -90, maximum: 90, description: "Camera elevation, degrees."),
                    "azimuth": .number(minimum: -360, maximum: 360, description: "Camera azimuth, degrees."),
                ], required: ["x", "y"]),
                "parallel_coordinates": kind("parallel coordinates plot", keys: parallelKeys, extra: [
                    "axes": .list(parameter, maxItems: nil, description: "Parameters, in axis order."),
                    "buckets": .list(bucket, maxItems: SpecLimits.maxBuckets, description: "Discrete colours."),
                    "line_width": .number(minimum: 0.05, maximum: 10, description: "Points."),
                    "opacity": .number(minimum: 0, maximum: 1, description: "Line opacity."),
                ], required: []),
                "scatter": kind("scatter plot", keys: scatterKeys, extra: [
                    "x": parameter, "y": parameter, "x_axis": axis, "y_axis": axis,
                    "marker_size": .number(minimum: 0.1, maximum: 100, description: "Diameter in points."),
                    "opacity": .number(minimum: 0, maximum: 1, description: "Marker opacity."),
                    "edge_color": .color(description: "Marker outline."),
                ], required: ["x", "y"]),
            ],
            exactlyOne: DecodeContext.plotKinds))
    }

    static var point: SchemaNode {
        .anyOf([.choice(["argmax", "argmin"], description: "A computed point."),
                .map(parameterValue(description: ""),
                     description: "Data coordinates, or {top: f}: the median of the best fraction f of the trials.")],
               description: "A point of the plot.")
    }

    static var annotation: SchemaNode {
        let number = SchemaNode.number(minimum: nil, maximum: nil, description: "")
        let shared: [String: SchemaNode] = [
            "at": point, "label_at": point, "legend": .string(description: "Legend entry."),
            "color": .color(description: ""), "width": .number(minimum: 0.1, maximum: 20, description: "Line width."),
            "dashed": .boolean(description: ""), "opacity": .number(minimum: 0, maximum: 1, description: ""),
            "outline": .color(description: ""), "size": .number(minimum: 1, maximum: 100, description: "Points."),
            "arrow": .boolean(description: "Arrow from the text to `at`."),
            "axis": .string(description: "On parallel coordinates: the parameter axis the point lies on."),
            "style": .choice(LabelStyle.allCases.map(\.rawValue), description: "Box style."),
            "font_size": .number(minimum: 4, maximum: 48, description: ""),
            "offset": .pair(number, description: "[dx, dy] in points."),
            "text": .string(description: "Label text; {parameter}, {parameter:%fmt}, {score}, {value} placeholders."),
            "marker": .choice(MarkerAnnotation.Shape.allCases.map(\.rawValue), description: "Marker shape."),
            "line": .map(parameterValue(description: ""), description: "One parameter: value (or category name)."),
            "region": .map(.pair(number, description: "[low, high]"), description: "Bounds per parameter."),
            "curve": .map(.formula(description: ""), description: "One parameter: formula of the other."),
        ]
        let kinds = DecodeContext.annotationKinds.map { kind -> SchemaNode in
            let keys = DecodeContext.annotationKeys[kind] ?? [kind]
            return .object(ObjectSchema(description: "A \(kind) annotation.", keys: keys,
                                        properties: shared.filter { keys.contains($0.key) }, required: [kind]))
        }
        return .anyOf(kinds, description: "An annotation: exactly one of text, marker, line, region, curve.")
    }

    /// Every object schema in the tree, for the drift test.
    public static func allObjects() -> [ObjectSchema] {
        var out: [ObjectSchema] = []
        var stack: [SchemaNode] = [root]
        while let node = stack.popLast() {
            switch node {
            case .object(let o):
                out.append(o)
                stack += o.properties.values
            case .map(let n, _), .pair(let n, _), .list(let n, _, _): stack.append(n)
            case .anyOf(let ns, _): stack += ns
            default: break
            }
        }
        return out
    }
}
