/// `estimate` under `heatmap` or `surface3d`: the score estimated on a grid from scattered trials.
public struct EstimateDescription: Sendable {
    public var method = DefaultedKey(
        "method", .choice(TrialEstimate.Method.allCases.map(\.rawValue), description: ""),
        default: TrialEstimate.Method.binned,
        doc: "binned: the mean score of the trials in each cell; gp: a Gaussian-process posterior.")
    public var cells = KeyDescription(
        "cells",
        .pair(.integer(minimum: 2, maximum: SpecLimits.maxEstimateCells, description: "cells"), description: ""),
        .rule("[20, 20] binned, [60, 60] gp"),
        doc:
            "[across, up]; a categorical axis has a cell per category, an integer axis one per value when that is fewer."
    )
    public var minCount = DefaultedKey(
        "min_count", .integer(minimum: 1, maximum: SpecLimits.maxEstimateMinCount, description: ""), default: 1,
        doc: "binned: the fewest trials a cell needs; cells with fewer are drawn as missing.")
    public var show = DefaultedKey(
        "show", .choice(TrialEstimate.Shown.allCases.map(\.rawValue), description: ""),
        default: TrialEstimate.Shown.mean,
        doc: "mean: the estimated score; std: the gp's posterior standard deviation.")

    /// Cells across and up when `cells` is absent, per method.
    public static func defaultCells(_ method: TrialEstimate.Method) -> Int {
        switch method {
        case .binned: 20
        case .gaussianProcess: 60
        }
    }

    public var section: SectionDescription {
        SectionDescription(
            "estimate", doc: "The score estimated on a grid from the trials.",
            keys: [method.described, cells, minCount.described, show.described])
    }
}

// MARK: - DescribableDefault

extension TrialEstimate.Method: DescribableDefault {}
extension TrialEstimate.Shown: DescribableDefault {}

extension KeyDescription {
    /// `estimate`, the same key on both kinds that draw a grid field (heatmap, surface3d).
    static var estimate: KeyDescription {
        KeyDescription(
            "estimate", .section(.estimate), .rule("none: needs grid sampling"),
            doc: "Estimate the score on a grid from the trials (sampling.trials or sampling.data).")
    }
}
