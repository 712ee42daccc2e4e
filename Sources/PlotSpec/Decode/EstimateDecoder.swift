import PlotDiagnostics
import PlotYAML

/// `estimate` under `heatmap` and `surface3d`, and the sampling it needs.
extension DecodeContext {
    /// The estimate under `map[key]`: `.absent` when the key is not written, `.invalid` when it is but
    /// something in it (or its combination with the sampling) was reported.
    func decodeEstimate(
        _ map: MappingReader, _ key: KeyDescription, sampling: Sampling?, kind: String
    ) -> EstimateRead {
        guard let node = map[key] else { return .absent }
        let d = language.estimate
        guard let reader = MappingReader(node, .estimate, context: self) else { return .invalid }
        if case .grid? = sampling {
            report(Messages.Estimate.estimateOfGrid(kind, at: map.keyNode(key)?.span ?? node.span))
            return .invalid
        }
        var valid = true
        let method = choice(reader, d.method)
        let defaultCells = EstimateDescription.defaultCells(method)
        var cells = (defaultCells, defaultCells)
        if let cellsNode = reader[d.cells] {
            if let items = cellsNode.sequence, items.count == 2 {
                let range = d.cells.integerRange
                let across = integer(items[0], "estimate cells", in: range)
                let up = integer(items[1], "estimate cells", in: range)
                if let across, let up { cells = (across, up) } else { valid = false }
            } else {
                report(
                    Messages.Spec.wrongType(
                        expected: "a list of two whole numbers [across, up] for cells",
                        found: cellsNode.kindDescription, at: cellsNode.span))
                valid = false
            }
        }
        let minCount =
            reader[d.minCount.key].flatMap { integer($0, d.minCount.name, in: d.minCount.key.integerRange) }
            ?? d.minCount.defaultValue
        let shown = choice(reader, d.show)
        if method == .gaussianProcess {
            if let written = reader.keyNode(d.minCount.key) {
                report(
                    Messages.Spec.keyUnused(
                        d.minCount.name,
                        because: "a Gaussian-process estimate masks cells by its own uncertainty "
                            + "(docs/estimates.md); 'min_count' applies to 'method: binned'", at: written.span))
                valid = false
            }
            if let count = sampling?.sampleCount, count > SpecLimits.maxGaussianProcessTrials {
                report(
                    Messages.Estimate.tooManyTrials(
                        count, limit: SpecLimits.maxGaussianProcessTrials,
                        at: reader[d.method.key]?.span ?? node.span))
                valid = false
            }
        } else if shown == .std, let showNode = reader[d.show.key] {
            report(Messages.Estimate.binnedHasNoStd(at: showNode.span))
            valid = false
        }
        guard valid else { return .invalid }
        return .estimate(
            TrialEstimate(
                method: method, columns: cells.0, rows: cells.1, minCount: minCount, shown: shown,
                span: map.keyNode(key)?.span ?? node.span))
    }

    /// With an estimate, keys that only concern a grid are refused: `landscape: true` would ask for a
    /// noise-free value the trials' estimate does not have.
    func checkEstimateKeys(_ map: MappingReader, landscape: KeyDescription, kind: String) {
        if let written = map.keyNode(landscape) {
            report(
                Messages.Spec.keyUnusedOnPlot(
                    landscape.name, on: kind,
                    because: "an 'estimate' is computed from the trials' scores, not from a grid of the landscape",
                    at: written.span))
        }
    }
}

/// What `decodeEstimate` found.
enum EstimateRead {
    case absent
    case invalid
    case estimate(TrialEstimate)

    var value: TrialEstimate? {
        if case .estimate(let estimate) = self { return estimate }
        return nil
    }
}
