import PlotDiagnostics
import PlotSampling
import PlotSpec

/// What `plotspec data` prints for an importance plot: the numbers the bars draw rather than samples
/// (an importance plot draws none). One row per measured parameter, largest share first as the bars
/// are, then `(interactions)` and `(total)` — names no parameter can have — with the first-order
/// variance and its share of the total.
enum ImportanceExport {
    static func render(_ importance: ParameterImportance, parameters: [Parameter], format: DataExport.Format)
        -> String
    {
        let rows: [(String, Double, Double)] =
            importance.ranked.map { (parameters[$0.parameter].name, $0.variance, $0.share) }
            + [
                ("(interactions)", importance.interactionVariance, importance.interactionShare),
                ("(total)", importance.totalVariance, importance.totalVariance > 0 ? 1 : 0)
            ]
        switch format {
        case .csv:
            return "parameter,variance,share\n"
                + rows.map { "\($0.0),\(DataExport.number($0.1)),\(DataExport.number($0.2))\n" }.joined()
        case .json:
            let lines = rows.map {
                "  {\"parameter\":\(JSONText.quote($0.0)),\"variance\":\(DataExport.number($0.1)),"
                    + "\"share\":\(DataExport.number($0.2))}"
            }
            return "[\n" + lines.joined(separator: ",\n") + "\n]\n"
        }
    }
}
