import PlotDiagnostics
import PlotSampling
import PlotSpec

/// Prints the evaluated samples as CSV or JSON: one row per grid cell or trial, one column per
/// parameter, then `score` (the sampled value) and `true_score` (the noise-free value, clipped alike; equal
/// to `score` for a model without noise). Numbers use Swift's shortest round-trip form, so output is exact and stable.
/// A categorical parameter's cells hold its category name (a JSON string), not the index formulas see.
public enum DataExport {
    public enum Format: String, CaseIterable, Sendable {
        case csv, json
    }

    public static func render(_ table: SampleTable, spec: FigureSpec, format: Format) -> String {
        let names = spec.parameterNames + ["score", "true_score"]
        var out = ""
        out.reserveCapacity(table.count * names.count * 12)
        switch format {
        case .csv:
            out += names.joined(separator: ",") + "\n"
            for row in 0..<table.count {
                for (index, parameter) in spec.parameters.enumerated() {
                    let value = table.columns[index][row]
                    out += parameter.categoryName(of: value).map(csvField) ?? number(value)
                    out += ","
                }
                out += number(table.score[row]) + "," + number(table.trueScore[row])
                out += "\n"
            }
        case .json:
            let keys = names.map { JSONText.quote($0) + ":" }
            out += "[\n"
            for row in 0..<table.count {
                out += "  {"
                for (index, parameter) in spec.parameters.enumerated() {
                    let value = table.columns[index][row]
                    out += keys[index] + (parameter.categoryName(of: value).map(JSONText.quote) ?? number(value)) + ","
                }
                out += keys[names.count - 2] + number(table.score[row]) + ","
                out += keys[names.count - 1] + number(table.trueScore[row])
                out += row == table.count - 1 ? "}\n" : "},\n"
            }
            out += "]\n"
        }
        return out
    }

    /// A CSV cell, quoted (RFC 4180) only when the text holds a comma, quote or space at either end.
    static func csvField(_ text: String) -> String {
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" } || text.first == " " || text.last == " "
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }
}
