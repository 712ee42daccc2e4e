import Foundation
import PlotDiagnostics
import PlotYAML

extension DecodeContext {
    /// `plot.importance`: the measured parameters (by default the ones the sampling varies), the nodes per
    /// continuous parameter and the bar colour; the quadrature grid is bounded here, before anything is
    /// evaluated.
    func decodeImportance(_ node: YAMLNode, sampling: Sampling?) -> ImportancePlot? {
        let d = language.importance
        guard let map = MappingReader(node, .importance, context: self) else { return nil }
        var measured: [Int] = []
        var listFailed = false
        if let listNode = map[d.parameters] {
            if let items = list(listNode, "parameters") {
                if items.isEmpty {
                    report(Messages.Spec.missingKey("at least one parameter", in: "parameters", at: listNode.span))
                }
                for item in items {
                    guard let name = string(item, "parameter"), let index = parameter(named: name, at: item) else {
                        listFailed = true
                        continue
                    }
                    if measured.contains(index) {
                        report(Messages.Spec.importanceDuplicate(name, at: item.span))
                    } else if case .data? = sampling, sampling?.trialsVary(index) == false {
                        checkDrawn(index, by: sampling, on: "an importance bar", at: item)
                        listFailed = true
                    } else if let heldAt = holdKeySpans[index] {
                        report(Messages.Spec.importanceOfHeld(name, at: item.span, heldAt: heldAt))
                        listFailed = true
                    } else {
                        measured.append(index)
                    }
                }
            } else {
                listFailed = true
            }
            measured.sort()
        } else if let varied = sampling?.varied {
            measured = varied
        } else if case .grid(let grid)? = sampling {
            measured = grid.axes.map(\.parameter).sorted()
        }
        // Real trials decompose a Gaussian-process estimate: fewer nodes by default, each costs every trial.
        let defaultNodes: Int
        if case .data? = sampling {
            defaultNodes = SpecLimits.importanceEstimateNodes
        } else {
            defaultNodes = d.nodes.defaultValue
        }
        let nodes = map[d.nodes.key].flatMap { integer($0, "nodes", in: d.nodes.key.integerRange) } ?? defaultNodes
        let color = self.color(map, d.color)
        let clipped = bool(map, d.clipped)
        var clipFailed = false
        if case .data? = sampling, clipped, let clippedNode = map[d.clipped.key] {
            report(Messages.Spec.importanceClippedData(at: clippedNode.span))
            clipFailed = true
        }
        guard !measured.isEmpty, !listFailed, !clipFailed else { return nil }
        if case .data(let data)? = sampling {
            return estimatedImportance(measured, nodes: nodes, color: color, data: data, map: map, node: node)
        }
        let counts = measured.map { parameters[$0].importanceNodeCount(continuousNodes: nodes) }
        let evaluations = counts.reduce(1, *)
        if evaluations > Double(SpecLimits.maxImportanceEvaluations) {
            let (largest, count) = zip(measured, counts).max { $0.1 < $1.1 } ?? (measured[0], counts[0])
            let parameter = parameters[largest]
            let discrete = parameter.isCategorical || parameter.integer || !(parameter.values ?? []).isEmpty
            let why =
                discrete
                ? "'\(parameter.name)' alone has \(Int(count)) values" : "'\(parameter.name)' has \(nodes) nodes"
            report(
                Messages.Spec.importanceTooLarge(
                    evaluations: Self.countText(evaluations),
                    limit: Self.countText(Double(SpecLimits.maxImportanceEvaluations)),
                    largest: why, at: (map[d.parameters] ?? map[d.nodes.key] ?? node).span))
            return nil
        }
        return ImportancePlot(parameters: measured, nodes: nodes, color: color, clipped: clipped)
    }

    /// The importance of real trials: the Gaussian process takes a bounded number of trials, and its
    /// quadrature (a parameter with more values than `nodes` is integrated, not summed) costs points × trials.
    private func estimatedImportance(
        _ measured: [Int], nodes: Int, color: ColorValue, data: DataSampling, map: MappingReader, node: YAMLNode
    ) -> ImportancePlot? {
        guard data.count <= SpecLimits.maxGaussianProcessTrials else {
            report(
                Messages.Spec.importanceTooManyTrials(
                    data.count, limit: SpecLimits.maxGaussianProcessTrials, at: node.span))
            return nil
        }
        let points = measured.map { parameters[$0].estimateNodeCount(nodes: nodes) }.reduce(1, *)
        let work = points * Double(data.count)
        guard work <= Double(SpecLimits.maxImportanceEstimateWork) else {
            report(
                Messages.Spec.importanceEstimateTooLarge(
                    work: Self.countText(work), limit: Self.countText(Double(SpecLimits.maxImportanceEstimateWork)),
                    at: (map[language.importance.nodes.key] ?? map[language.importance.parameters] ?? node).span))
            return nil
        }
        return ImportancePlot(parameters: measured, nodes: nodes, color: color, clipped: false)
    }

    /// A count with thousands separators (`4,000,000`), or in scientific notation when astronomical.
    private static func countText(_ value: Double) -> String {
        guard value < 1e15 else { return String(format: "%.2g", value) }
        let digits = String(Int(value))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }
}
