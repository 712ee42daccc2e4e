import PlotDiagnostics
import PlotSampling
import PlotSpec

/// What `plotspec data --estimate` prints: the grid an `estimate` heatmap or surface draws, rather than the
/// trials it was computed from (which plain `plotspec data` prints).
///
/// One row per cell, x fastest and the bottom row first (the order the preview's hover data uses): a
/// column per parameter, of which the plot's two hold the cell's centre, snapped to a value the parameter
/// can take (a category's name), and the others are empty (`null` in JSON); then `estimate` (empty where
/// the cell is missing), `std` (the Gaussian process's posterior standard deviation; empty for a binned
/// mean) and `trials` (how many trials fall in the cell). A page of panels prints every panel that draws
/// an estimate, behind a leading `panel` column.
public enum EstimateExport {
    /// The export, or nil when no panel draws an estimate.
    public static func render(_ table: SampleTable, spec: FigureSpec, format: DataExport.Format) -> String? {
        let panels = DataExport.panels(table, spec: spec).compactMap { panel in
            panel.table.estimate.flatMap { estimate in
                axes(of: panel.spec).map { (name: panel.name, estimate: estimate, x: $0.x, y: $0.y) }
            }
        }
        guard !panels.isEmpty else { return nil }
        let hasPanels = spec.panels != nil
        let names = (hasPanels ? ["panel"] : []) + spec.parameters.map(\.name) + ["estimate", "std", "trials"]
        var rows: [[String?]] = []
        for panel in panels {
            let xs = centers(panel.estimate.xCenters, of: spec.parameters[panel.x])
            let ys = centers(panel.estimate.yCenters, of: spec.parameters[panel.y])
            for j in 0..<panel.estimate.ny {
                for i in 0..<panel.estimate.nx {
                    let k = j * panel.estimate.nx + i
                    var cells = [CellValue?](repeating: nil, count: spec.parameters.count)
                    cells[panel.x] = xs[i]
                    cells[panel.y] = ys[j]
                    let mean = panel.estimate.mean[k]
                    let lead: [CellValue?] = hasPanels ? [panel.name.map(CellValue.text)] : []
                    let values: [CellValue?] = [
                        mean.isFinite ? .number(mean) : nil, panel.estimate.std.map { .number($0[k]) },
                        .number(Double(panel.estimate.count[k]))
                    ]
                    rows.append((lead + cells + values).map { $0.map { text($0, format) } })
                }
            }
        }
        switch format {
        case .csv:
            return names.joined(separator: ",") + "\n"
                + rows.map { $0.map { $0 ?? "" }.joined(separator: ",") + "\n" }
                .joined()
        case .json:
            let keys = names.map { JSONText.quote($0) + ":" }
            let lines = rows.map { row in
                "  {" + zip(keys, row).map { $0 + ($1 ?? "null") }.joined(separator: ",") + "}"
            }
            return "[\n" + lines.joined(separator: ",\n") + "\n]\n"
        }
    }

    /// A cell of the export before it is written: a number, or text (a category's or panel's name).
    public enum CellValue: Equatable, Sendable {
        case number(Double)
        case text(String)
    }

    /// An estimate's cell centres along `parameter` as the export and the preview show them: snapped to
    /// a value the parameter can take (the nearest integer or listed value; a category by name), so a
    /// centre copied into an annotation's `at:` is a valid point.
    public static func centers(_ values: [Double], of parameter: Parameter) -> [CellValue] {
        values.map { value in
            let snapped = parameter.snap(value)
            return parameter.categoryName(of: snapped).map(CellValue.text) ?? .number(snapped)
        }
    }

    /// The parameters across and up of a plot that can draw an estimate.
    private static func axes(of spec: FigureSpec) -> (x: Int, y: Int)? {
        switch spec.plot {
        case .heatmap(let plot): (plot.x, plot.y)
        case .surface(let plot): (plot.x, plot.y)
        default: nil
        }
    }

    private static func text(_ value: CellValue, _ format: DataExport.Format) -> String {
        switch (value, format) {
        case (.number(let number), _): DataExport.number(number)
        case (.text(let text), .csv): DataExport.csvField(text)
        case (.text(let text), .json): JSONText.quote(text)
        }
    }
}
