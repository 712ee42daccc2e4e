import PlotDiagnostics
import PlotScales
import PlotYAML

extension DecodeContext {
    static let plotKinds = ["heatmap", "surface3d", "parallel_coordinates", "scatter"]
    static let colorKeys = ["value", "colormap", "color_range", "colorbar"]
    static let axisKeys = ["label", "tick_format", "grid"]

    func decodePlot(_ node: YAMLNode, sampling: Sampling?) -> Plot? {
        guard let map = MappingReader(node, section: "plot", known: Self.plotKinds, context: self) else { return nil }
        let present = Self.plotKinds.filter { map.has($0) }
        guard present.count == 1, let kind = present.first, let body = map[kind] else {
            report(Messages.Spec.exactlyOne(of: Self.plotKinds, in: "plot", at: node.span))
            return nil
        }
        let plot: Plot? = switch kind {
        case "heatmap": decodeHeatmap(body, sampling: sampling).map(Plot.heatmap)
        case "surface3d": decodeSurface(body, sampling: sampling).map(Plot.surface)
        case "parallel_coordinates": decodeParallel(body, sampling: sampling).map(Plot.parallelCoordinates)
        default: decodeScatter(body, sampling: sampling).map(Plot.scatter)
        }
        if let plot { checkUnusedPlotKeys(plot, body: body) }
        return plot
    }

    // MARK: - Kinds

    private func decodeHeatmap(_ node: YAMLNode, sampling: Sampling?) -> HeatmapPlot? {
        let keys = ["x", "y", "contours", "contour_color", "x_axis", "y_axis"] + Self.colorKeys
        guard let map = MappingReader(node, section: "heatmap", known: keys, context: self) else { return nil }
        let (x, y) = gridAxes(map, kind: "heatmap", sampling: sampling)
        let shown = map["value"].flatMap { choice($0, "value", ShownValue.self) } ?? .score
        let color = colorEncoding(map, defaultColormap: .viridis, shown: shown)
        var contours: [Double] = []
        if let contourNode = map["contours"], let items = list(contourNode, "contours") {
            contours = items.compactMap { number($0, "contour level") }
            if let color {
                for (item, level) in zip(items, contours) where level < color.lower || level > color.upper {
                    report(Messages.Spec.contourOutsideRange(item.scalar?.text ?? "\(level)", at: item.span))
                }
            }
        }
        let contourColor = map["contour_color"].flatMap { self.color($0, "contour_color") } ?? .white
        let xAxis = map["x_axis"].flatMap { axisOptions($0, "x_axis") } ?? AxisOptions()
        let yAxis = map["y_axis"].flatMap { axisOptions($0, "y_axis") } ?? AxisOptions()
        guard let x, let y, let color else { return nil }
        return HeatmapPlot(x: x, y: y, shown: shown, color: color, contours: contours.sorted(),
                           contourColor: contourColor, xAxis: xAxis, yAxis: yAxis)
    }

    private func decodeSurface(_ node: YAMLNode, sampling: Sampling?) -> SurfacePlot? {
        let keys = ["x", "y", "elevation", "azimuth", "x_axis", "y_axis", "z_axis"] + Self.colorKeys
        guard let map = MappingReader(node, section: "surface3d", known: keys, context: self) else { return nil }
        let (x, y) = gridAxes(map, kind: "surface3d", sampling: sampling)
        let shown = map["value"].flatMap { choice($0, "value", ShownValue.self) } ?? .score
        let color = colorEncoding(map, defaultColormap: .viridis, shown: shown)
        let elevation = map["elevation"].flatMap {
            number($0, "elevation", in: -90...90, requirement: "between -90 and 90 degrees")
        } ?? 30
        let azimuth = map["azimuth"].flatMap { number($0, "azimuth", in: -360...360, requirement: "between -360 and 360") }
            ?? -60
        let xAxis = map["x_axis"].flatMap { axisOptions($0, "x_axis") } ?? AxisOptions()
        let yAxis = map["y_axis"].flatMap { axisOptions($0, "y_axis") } ?? AxisOptions()
        let zAxis = map["z_axis"].flatMap { axisOptions($0, "z_axis") } ?? AxisOptions()
        guard let x, let y, let color else { return nil }
        return SurfacePlot(x: x, y: y, shown: shown, color: color, elevation: elevation, azimuth: azimuth,
                           xAxis: xAxis, yAxis: yAxis, zAxis: zAxis)
    }

    private func decodeParallel(_ node: YAMLNode, sampling: Sampling?) -> ParallelPlot? {
        let keys = ["axes", "buckets", "line_width", "opacity"] + Self.colorKeys
        guard let map = MappingReader(node, section: "parallel_coordinates", known: keys, context: self) else {
            return nil
        }
        requireTrials(sampling, kind: "parallel coordinates plot", at: node)
        var axes: [Int] = []
        if let axesNode = map["axes"], let items = list(axesNode, "axes") {
            if items.isEmpty {
                report(Messages.Spec.missingKey("at least one parameter", in: "axes", at: axesNode.span))
            }
            for item in items {
                if let name = string(item, "axis"), let index = parameter(named: name, at: item) {
                    if axes.contains(index) {
                        report(Messages.Spec.duplicateAxis(name, at: item.span))
                    } else {
                        axes.append(index)
                    }
                }
            }
        } else {
            axes = Array(parameters.indices)
        }
        let shown = map["value"].flatMap { choice($0, "value", ShownValue.self) } ?? .score
        let color = colorEncoding(map, defaultColormap: .viridis, shown: shown,
                                  buckets: map["buckets"].map { buckets($0) ?? [] } ?? [])
        let lineWidth = map["line_width"].flatMap { number($0, "line_width", in: 0.05...10, requirement: "between 0.05 and 10") } ?? 1
        let opacity = map["opacity"].flatMap { number($0, "opacity", in: 0...1, requirement: "between 0 and 1") } ?? 0.6
        guard let color, !axes.isEmpty else { return nil }
        return ParallelPlot(axes: axes, shown: shown, color: color, lineWidth: lineWidth, opacity: opacity)
    }

    private func decodeScatter(_ node: YAMLNode, sampling: Sampling?) -> ScatterPlot? {
        let keys = ["x", "y", "marker_size", "opacity", "edge_color", "x_axis", "y_axis"] + Self.colorKeys
        guard let map = MappingReader(node, section: "scatter", known: keys, context: self) else { return nil }
        requireTrials(sampling, kind: "scatter plot", at: node)
        let x = map.required("x").flatMap { node in string(node, "x").flatMap { parameter(named: $0, at: node) } }
        let y = map.required("y").flatMap { node in string(node, "y").flatMap { parameter(named: $0, at: node) } }
        if let x, x == y, let yNode = map["y"] { report(Messages.Spec.sameAxis(parameters[x].name, at: yNode.span)) }
        let shown = map["value"].flatMap { choice($0, "value", ShownValue.self) } ?? .score
        let color = colorEncoding(map, defaultColormap: .viridis, shown: shown)
        let size = map["marker_size"].flatMap { number($0, "marker_size", in: 0.1...100, requirement: "between 0.1 and 100 points") } ?? 6
        let opacity = map["opacity"].flatMap { number($0, "opacity", in: 0...1, requirement: "between 0 and 1") } ?? 0.9
        let edge = map["edge_color"].flatMap { self.color($0, "edge_color") }
        let xAxis = map["x_axis"].flatMap { axisOptions($0, "x_axis") } ?? AxisOptions()
        let yAxis = map["y_axis"].flatMap { axisOptions($0, "y_axis") } ?? AxisOptions()
        guard let x, let y, let color else { return nil }
        return ScatterPlot(x: x, y: y, shown: shown, color: color, markerSize: size, opacity: opacity,
                           edgeColor: edge, xAxis: xAxis, yAxis: yAxis)
    }

    // MARK: - Shared pieces

    /// The x and y parameters of a grid-based plot, which must be the grid's two axes.
    private func gridAxes(_ map: MappingReader, kind: String, sampling: Sampling?) -> (Int?, Int?) {
        let xNode = map.required("x"), yNode = map.required("y")
        let x = xNode.flatMap { node in string(node, "x").flatMap { parameter(named: $0, at: node) } }
        let y = yNode.flatMap { node in string(node, "y").flatMap { parameter(named: $0, at: node) } }
        if let x, let y, x == y, let yNode {
            report(Messages.Spec.sameAxis(parameters[x].name, at: yNode.span))
            return (nil, nil)
        }
        switch sampling {
        case .grid(let grid)?:
            let gridParameters = Set(grid.axes.map(\.parameter))
            for (index, node) in [(x, xNode), (y, yNode)] {
                if let index, let node, !gridParameters.contains(index) {
                    report(Messages.Spec.axisNotOnGrid(parameters[index].name, at: node.span))
                }
            }
            if grid.axes.count != 2 {
                report(Messages.Spec.plotNeedsGrid(kind, at: grid.span))
            }
        case .trials?:
            report(Messages.Spec.plotNeedsGrid(kind, at: map.node.span))
        case nil:
            break
        }
        return (x, y)
    }

    private func requireTrials(_ sampling: Sampling?, kind: String, at node: YAMLNode) {
        if case .grid? = sampling { report(Messages.Spec.plotNeedsTrials(kind, at: node.span)) }
    }

    private func colorEncoding(_ map: MappingReader, defaultColormap: Colormap, shown: ShownValue,
                               buckets: [ColorEncoding.Bucket] = []) -> ColorEncoding? {
        var colormap = defaultColormap
        if let node = map["colormap"], let text = string(node, "colormap") {
            if let named = Colormap.named(text) {
                colormap = named
            } else {
                report(Messages.Spec.unknownChoice(text, for: "colormap", choices: Colormap.allNames, at: node.span,
                                                   suggestion: Suggestions.closest(to: text, among: Colormap.allNames)))
                return nil
            }
        }
        var range = (0.0, 1.0)
        if let node = map["color_range"] {
            guard let pair = numberPair(node, "color_range") else { return nil }
            range = pair
        }
        var label: String? = shown == .loss ? "Loss" : "Score"
        if let node = map["colorbar"] {
            if node.mapping != nil {
                // `colorbar: {}` keeps the default title; only `false` removes the bar.
                if let bar = MappingReader(node, section: "colorbar", known: ["label"], context: self),
                   let labelNode = bar["label"]
                {
                    label = string(labelNode, "colorbar label")
                }
            } else if case .bool(let shown)? = node.scalar?.value {
                // `true` keeps the default title rather than printing the word "true".
                if !shown { label = nil }
            } else {
                label = string(node, "colorbar")
            }
        }
        return ColorEncoding(colormap: colormap, lower: range.0, upper: range.1, label: label, buckets: buckets)
    }

    private func buckets(_ node: YAMLNode) -> [ColorEncoding.Bucket]? {
        guard let items = list(node, "buckets") else { return nil }
        if items.count > SpecLimits.maxBuckets {
            report(Messages.Spec.tooLarge("\(items.count) buckets", limit: "\(SpecLimits.maxBuckets)", at: node.span))
            return nil
        }
        var result: [ColorEncoding.Bucket] = []
        for item in items {
            guard let map = MappingReader(item, section: "a bucket", known: ["below", "label", "color"], context: self)
            else { continue }
            let below = map.required("below").flatMap { number($0, "bucket bound") }
            let label = map.required("label").flatMap { string($0, "bucket label") }
            let color = map.required("color").flatMap { self.color($0, "bucket color") }
            if let below, let previous = result.last, below <= previous.upper, let node = map["below"] {
                report(Messages.Spec.outOfRange("bucket bounds", "increasing", at: node.span))
            }
            if let below, let label, let color { result.append(.init(upper: below, label: label, color: color)) }
        }
        return result
    }

    func axisOptions(_ node: YAMLNode, _ section: String) -> AxisOptions? {
        guard let map = MappingReader(node, section: section, known: Self.axisKeys, context: self) else { return nil }
        return AxisOptions(
            label: map["label"].flatMap { string($0, "axis label") },
            tickFormat: map["tick_format"].flatMap { tickFormat($0) },
            grid: map["grid"].flatMap { bool($0, "grid") } ?? false)
    }
}
