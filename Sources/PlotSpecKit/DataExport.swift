import PlotDiagnostics
import PlotSampling
import PlotSpec

/// Prints the evaluated samples as CSV or JSON: one row per grid cell or trial, one column per
/// parameter, then `score` (the sampled value) and `true_score` (the noise-free value, clipped alike; equal
/// to `score` for a model without noise). Numbers use Swift's shortest round-trip form, so output is exact and stable.
/// A categorical parameter's cells hold its category name (a JSON string), not the index formulas see.
/// A page of panels exports every panel's rows, panel by panel, behind a leading `panel` column.
/// An optimisation history adds `trial` (the row's place in the run: its index for drawn trials, the
/// Optuna trial number or the record's position for data) before the parameters and `best_so_far` (the
/// best score up to and including that trial, in the sampling's direction, in score units like `score`)
/// at the end; rows stay in table order. On a page where only some panels are histories, the other
/// panels' rows leave both cells empty (`null` in JSON).
public enum DataExport {
    public enum Format: String, CaseIterable, Sendable {
        case csv, json
    }

    /// One panel of a figure as the exports and the preview's hover data name it: its name (nil for a
    /// figure without panels), its samples and its own spec.
    public typealias Panel = (name: String?, table: SampleTable, spec: FigureSpec)

    /// The figure's panels in reading order, each named by its view's name or, for a facet, its number;
    /// one unnamed panel (the whole figure) without panels.
    public static func panels(_ table: SampleTable, spec: FigureSpec) -> [Panel] {
        guard let grid = spec.panels, grid.panels.count == table.panels.count else { return [(nil, table, spec)] }
        return zip(grid.panels, table.panels).enumerated().map { index, pair in
            (pair.0.name ?? String(index + 1), pair.1, pair.0.spec)
        }
    }

    public static func render(_ table: SampleTable, spec: FigureSpec, format: Format) -> String {
        if spec.panels == nil, let importance = table.importance {
            return ImportanceExport.render(importance, parameters: spec.parameters, format: format)
        }
        return render(panels(table, spec: spec), parameters: spec.parameters, format: format)
    }

    /// The rows of every panel in order, each led by its panel's name when there are panels (a view's
    /// name, or the panel's number in reading order for a facet).
    private static func render(_ panels: [Panel], parameters: [Parameter], format: Format) -> String {
        let hasPanels = panels.first?.name != nil
        let hasHistory = panels.contains { $0.table.history != nil }
        let names =
            (hasPanels ? ["panel"] : []) + (hasHistory ? ["trial"] : []) + parameters.map(\.name)
            + ["score", "true_score"] + (hasHistory ? ["best_so_far"] : [])
        let rows = panels.reduce(0) { $0 + $1.table.count }
        var out = ""
        out.reserveCapacity(rows * names.count * 12)
        switch format {
        case .csv:
            out += names.joined(separator: ",") + "\n"
            for (name, table, spec) in panels {
                let lead = name.map { csvField($0) + "," } ?? ""
                for row in 0..<table.count {
                    out += lead
                    if hasHistory { out += (table.history.map { number($0.trial[row]) } ?? "") + "," }
                    for (index, parameter) in spec.parameters.enumerated() {
                        let value = table.columns[index][row]
                        out += parameter.categoryName(of: value).map(csvField) ?? number(value)
                        out += ","
                    }
                    out += number(table.score[row]) + "," + number(table.trueScore[row])
                    if hasHistory { out += "," + (table.history.map { number($0.bestSoFar[row]) } ?? "") }
                    out += "\n"
                }
            }
        case .json:
            let keys = names.map { JSONText.quote($0) + ":" }
            let first = (hasPanels ? 1 : 0) + (hasHistory ? 1 : 0)
            let last = names.count - (hasHistory ? 1 : 0)
            out += "["
            var separator = "\n"
            for (name, table, spec) in panels {
                let lead = name.map { keys[0] + JSONText.quote($0) + "," } ?? ""
                for row in 0..<table.count {
                    out += separator + "  {" + lead
                    separator = ",\n"
                    if hasHistory {
                        out += keys[first - 1] + (table.history.map { number($0.trial[row]) } ?? "null") + ","
                    }
                    for (index, parameter) in spec.parameters.enumerated() {
                        let value = table.columns[index][row]
                        out +=
                            keys[first + index]
                            + (parameter.categoryName(of: value).map(JSONText.quote) ?? number(value))
                            + ","
                    }
                    out += keys[last - 2] + number(table.score[row]) + ","
                    out += keys[last - 1] + number(table.trueScore[row])
                    if hasHistory {
                        out += "," + keys[last] + (table.history.map { number($0.bestSoFar[row]) } ?? "null")
                    }
                    out += "}"
                }
            }
            out += "\n]\n"
        }
        return out
    }

    /// A CSV cell, quoted (RFC 4180) only when the text holds a comma, quote or space at either end.
    static func csvField(_ text: String) -> String {
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" } || text.first == " " || text.last == " "
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A number as the export prints it: an integer without a decimal point, else Swift's shortest
    /// round-trip form.
    public static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }
}
