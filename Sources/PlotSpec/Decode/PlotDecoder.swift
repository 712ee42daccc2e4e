import PlotData
import PlotDiagnostics
import PlotScales
import PlotYAML

extension DecodeContext {
    func decodePlot(_ node: YAMLNode, sampling: Sampling?) -> Plot? {
        let d = language.plot
        guard let map = MappingReader(node, .plot, context: self) else { return nil }
        let kinds = d.kinds.map(\.name)
        let present = kinds.filter { map.has($0) }
        guard present.count == 1, let kind = present.first, let body = map[kind] else {
            report(Messages.Spec.exactlyOne(of: kinds, in: "plot", at: node.span))
            return nil
        }
        let plot: Plot? =
            switch kind {
            case d.heatmap.name: decodeHeatmap(body, sampling: sampling).map(Plot.heatmap)
            case d.surface.name: decodeSurface(body, sampling: sampling).map(Plot.surface)
            case d.parallel.name: decodeParallel(body, sampling: sampling).map(Plot.parallelCoordinates)
            case d.slice.name: decodeSlice(body, sampling: sampling).map(Plot.slice)
            case d.history.name: decodeHistory(body, sampling: sampling).map(Plot.history)
            case d.importance.name: decodeImportance(body, sampling: sampling).map(Plot.importance)
            default: decodeScatter(body, sampling: sampling).map(Plot.scatter)
            }
        if let plot { checkUnusedPlotKeys(plot, body: body) }
        return plot
    }

    // MARK: - Kinds

    private func decodeHeatmap(_ node: YAMLNode, sampling: Sampling?) -> HeatmapPlot? {
        let d = language.heatmap
        guard let map = MappingReader(node, .heatmap, context: self) else { return nil }
        let estimate = decodeEstimate(map, d.estimate, sampling: sampling, kind: "heatmap")
        let (x, y) = gridAxes(map, x: d.x, y: d.y, kind: "heatmap", sampling: sampling, estimate: estimate)
        let drawsTrials = bool(map, d.trials)
        if estimate.value != nil {
            checkEstimateKeys(map, landscape: d.landscape.key, kind: "heatmap")
        } else if case .absent = estimate, drawsTrials, let written = map.keyNode(d.trials.key) {
            report(Messages.Estimate.trialsWithoutEstimate(at: written.span))
        }
        let shown = choice(map, d.color.value)
        let color = colorEncoding(map, d.color, shown: shown)
        var contours: [Double] = []
        if let contourNode = map[d.contours], let items = list(contourNode, "contours") {
            contours = items.compactMap { number($0, "contour level") }
            if let color {
                for (item, level) in zip(items, contours) where level < color.lower || level > color.upper {
                    report(Messages.Spec.contourOutsideRange(item.scalar?.text ?? "\(level)", at: item.span))
                }
            }
        }
        let contourColor = self.color(map, d.contourColor)
        let xAxis = axisOptions(map, d.xAxis)
        let yAxis = axisOptions(map, d.yAxis)
        guard let x, let y, let color else { return nil }
        if case .invalid = estimate { return nil }
        return HeatmapPlot(
            x: x, y: y, shown: shown, landscape: choice(map, d.landscape), color: color, contours: contours.sorted(),
            contourColor: contourColor, xAxis: xAxis, yAxis: yAxis, estimate: estimate.value,
            drawsTrials: drawsTrials)
    }

    private func decodeSurface(_ node: YAMLNode, sampling: Sampling?) -> SurfacePlot? {
        let d = language.surface
        guard let map = MappingReader(node, .surface, context: self) else { return nil }
        let estimate = decodeEstimate(map, d.estimate, sampling: sampling, kind: "surface3d")
        let (x, y) = gridAxes(map, x: d.x, y: d.y, kind: "surface3d", sampling: sampling, estimate: estimate)
        if estimate.value != nil { checkEstimateKeys(map, landscape: d.landscape.key, kind: "surface3d") }
        let shown = choice(map, d.color.value)
        let color = colorEncoding(map, d.color, shown: shown)
        let elevation = number(map, d.elevation)
        let azimuth = number(map, d.azimuth)
        let xAxis = axisOptions(map, d.xAxis)
        let yAxis = axisOptions(map, d.yAxis)
        let zAxis = axisOptions(map, d.zAxis)
        guard let x, let y, let color else { return nil }
        if case .invalid = estimate { return nil }
        return SurfacePlot(
            x: x, y: y, shown: shown, landscape: choice(map, d.landscape), color: color, elevation: elevation,
            azimuth: azimuth,
            xAxis: xAxis, yAxis: yAxis, zAxis: zAxis, estimate: estimate.value)
    }

    private func decodeParallel(_ node: YAMLNode, sampling: Sampling?) -> ParallelPlot? {
        let d = language.parallel
        guard let map = MappingReader(node, .parallel, context: self) else { return nil }
        requireTrials(sampling, kind: "parallel coordinates plot", at: node)
        var axes: [Int] = []
        if let axesNode = map[d.axes], let items = list(axesNode, "axes") {
            if items.isEmpty {
                report(Messages.Spec.missingKey("at least one parameter", in: "axes", at: axesNode.span))
            }
            for item in items {
                if let name = string(item, "axis"), let index = parameter(named: name, at: item) {
                    if axes.contains(index) {
                        report(Messages.Spec.duplicateAxis(name, at: item.span))
                    } else {
                        checkDrawn(index, by: sampling, on: "a parallel coordinates axis", at: item)
                        axes.append(index)
                    }
                }
            }
        } else if let varied = sampling?.varied {
            axes = varied
        } else {
            axes = Array(parameters.indices)
        }
        let shown = choice(map, d.color.value)
        let color = colorEncoding(
            map, d.color, shown: shown, buckets: map[d.buckets].map { buckets($0) ?? [] } ?? [], sampling: sampling)
        let lineWidth = number(map, d.lineWidth)
        let opacity = number(map, d.opacity)
        guard let color, !axes.isEmpty else { return nil }
        return ParallelPlot(axes: axes, shown: shown, color: color, lineWidth: lineWidth, opacity: opacity)
    }

    private func decodeScatter(_ node: YAMLNode, sampling: Sampling?) -> ScatterPlot? {
        let d = language.scatter
        guard let map = MappingReader(node, .scatter, context: self) else { return nil }
        requireTrials(sampling, kind: "scatter plot", at: node)
        let x = map.required(d.x).flatMap { node in string(node, "x").flatMap { parameter(named: $0, at: node) } }
        let y = map.required(d.y).flatMap { node in string(node, "y").flatMap { parameter(named: $0, at: node) } }
        if let x, x == y, let yNode = map[d.y] { report(Messages.Spec.sameAxis(parameters[x].name, at: yNode.span)) }
        for (index, key) in [(x, d.x), (y, d.y)] {
            if let index, let node = map[key] { checkDrawn(index, by: sampling, on: "a scatter axis", at: node) }
        }
        let shown = choice(map, d.color.value)
        let color = colorEncoding(map, d.color, shown: shown, sampling: sampling)
        let size = number(map, d.markerSize)
        let opacity = number(map, d.opacity)
        let edge = map[d.edgeColor].flatMap { self.color($0, "edge_color") }
        let xAxis = axisOptions(map, d.xAxis)
        let yAxis = axisOptions(map, d.yAxis)
        guard let x, let y, let color else { return nil }
        return ScatterPlot(
            x: x, y: y, shown: shown, color: color, markerSize: size, opacity: opacity,
            edgeColor: edge, xAxis: xAxis, yAxis: yAxis)
    }

    // MARK: - Shared pieces

    /// The x and y parameters of a grid-based plot, which must be the grid's two axes, or, for an
    /// estimate from trials, two parameters the trials vary.
    private func gridAxes(
        _ map: MappingReader, x xKey: KeyDescription, y yKey: KeyDescription, kind: String,
        sampling: Sampling?, estimate: EstimateRead
    ) -> (Int?, Int?) {
        let xNode = map.required(xKey)
        let yNode = map.required(yKey)
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
        case .trials?, .data?:
            switch estimate {
            case .absent: report(Messages.Estimate.trialsNeedEstimate(kind, at: map.node.span))
            case .invalid: break
            case .estimate:
                for (index, node) in [(x, xNode), (y, yNode)] {
                    if let index, let node { checkDrawn(index, by: sampling, on: "an estimate's axis", at: node) }
                }
            }
        case nil:
            break
        }
        return (x, y)
    }

    /// A plot axis of trials must be a parameter they draw: a held one would stack every trial on one line.
    func checkDrawn(_ index: Int, by sampling: Sampling?, on what: String, at node: YAMLNode) {
        guard let sampling, sampling.trialsVary(index) == false, let varied = sampling.varied else { return }
        let name = parameters[index].name
        let names = varied.map { parameters[$0].name }
        if case .data = sampling {
            report(Messages.DataMapping.axisNotInData(name, on: what, mapped: names, at: node.span))
        } else {
            report(Messages.Spec.axisNotDrawn(name, on: what, drawn: names, at: node.span))
        }
    }

    func requireTrials(_ sampling: Sampling?, kind: String, at node: YAMLNode) {
        if case .grid? = sampling { report(Messages.Spec.plotNeedsTrials(kind, at: node.span)) }
    }

    /// `sampling` gives the default range of a plot of real trials: the data's shown scores, whose units
    /// (a loss of 0 to 6, an accuracy in percent) `[0, 1]` would not fit.
    func colorEncoding(
        _ map: MappingReader, _ keys: ColorKeys, shown: ShownValue,
        buckets: [ColorEncoding.Bucket] = [], sampling: Sampling? = nil
    ) -> ColorEncoding? {
        // The description's default names a colormap we ship (ColorKeysTests checks it resolves).
        var colormap = Colormap.named(keys.colormap.defaultValue) ?? .viridis
        if let node = map[keys.colormap.key], let text = string(node, "colormap") {
            if let named = Colormap.named(text) {
                colormap = named
            } else {
                report(
                    Messages.Spec.unknownChoice(
                        text, for: "colormap", choices: Colormap.allNames, at: node.span,
                        suggestion: Suggestions.closest(to: text, among: Colormap.allNames)))
                return nil
            }
        }
        var range = (keys.colorRange.defaultValue.first, keys.colorRange.defaultValue.second)
        if let node = map[keys.colorRange.key] {
            guard let pair = numberPair(node, "color_range") else { return nil }
            range = pair
            if case .data(let data)? = sampling { warnOutside(pair, data: data, shown: shown, at: node.span) }
        } else if case .data(let data)? = sampling, let lower = data.score.map(shown.apply).min(),
            let upper = data.score.map(shown.apply).max()
        {
            range = lower < upper ? (lower, upper) : (lower - 0.5, upper + 0.5)
        }
        var label: String? = shown == .loss ? "Loss" : "Score"
        if let node = map[keys.colorbar] {
            if node.mapping != nil {
                // `colorbar: {}` keeps the default title; only `false` removes the bar.
                if let bar = MappingReader(node, .colorbar, context: self),
                    let labelNode = bar[language.colorbar.label]
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

    /// Real trials outside a declared colour range would take its end colours without a word.
    private func warnOutside(_ range: (Double, Double), data: DataSampling, shown: ShownValue, at span: SourceSpan) {
        let values = data.score.map(shown.apply)
        let lower = min(range.0, range.1)
        let upper = max(range.0, range.1)
        let outside = values.count { $0 < lower || $0 > upper }
        guard outside > 0, let lowest = values.min(), let highest = values.max() else { return }
        let spell = NumberSpelling.spelling(of:)
        report(
            Messages.DataMapping.scoresOutsideColorRange(
                outside, of: values.count, lowest: spell(lowest), highest: spell(highest),
                range: "[\(spell(range.0)), \(spell(range.1))]", at: span))
    }

    private func buckets(_ node: YAMLNode) -> [ColorEncoding.Bucket]? {
        guard let items = list(node, "buckets") else { return nil }
        if items.count > SpecLimits.maxBuckets {
            report(Messages.Spec.tooLarge("\(items.count) buckets", limit: "\(SpecLimits.maxBuckets)", at: node.span))
            return nil
        }
        var result: [ColorEncoding.Bucket] = []
        for item in items {
            let d = language.bucket
            guard let map = MappingReader(item, .bucket, context: self) else { continue }
            let below = map.required(d.below).flatMap { number($0, "bucket bound") }
            let label = map.required(d.label).flatMap { string($0, "bucket label") }
            let color = map.required(d.color).flatMap { self.color($0, "bucket color") }
            if let below, let previous = result.last, below <= previous.upper, let node = map[d.below] {
                report(Messages.Spec.outOfRange("bucket bounds", "increasing", at: node.span))
            }
            if let below, let label, let color { result.append(.init(upper: below, label: label, color: color)) }
        }
        return result
    }

    /// The axis options under `key` (`x_axis`, …); the defaults when absent.
    func axisOptions(_ map: MappingReader, _ key: KeyDescription) -> AxisOptions {
        map[key].flatMap { axisOptions($0, key.name) } ?? AxisOptions(grid: language.axis.grid.defaultValue)
    }

    func axisOptions(_ node: YAMLNode, _ section: String) -> AxisOptions? {
        let d = language.axis
        guard let map = MappingReader(node, .axis, named: section, context: self) else { return nil }
        return AxisOptions(
            label: map[d.label].flatMap { string($0, "axis label") },
            tickFormat: map[d.tickFormat].flatMap { tickFormat($0) },
            grid: bool(map, d.grid))
    }
}
