// Loads one data source through PlotData and prints what it read and how long that took, for
// benchmarks/data.sh to time (whole process, with /usr/bin/time or hyperfine). Not part of the CLI.
//
//   plotspec-data-bench csv FILE | jsonl FILE | wandb FILE | optuna FILE [STUDY]
import Foundation
import PlotData
import PlotDiagnostics

/// The sum of the cells that are not missing (a checksum to compare runs by).
func presentSum(_ column: NumericColumn) -> Double {
    var sum = 0.0
    for row in column.values.indices where !column.missing.contains(row) { sum += column.values[row] }
    return sum
}

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: plotspec-data-bench csv|jsonl|wandb|optuna FILE [STUDY]\n".utf8))
    exit(2)
}
let kind = arguments[1]
let path = arguments[2]
let start = DispatchTime.now().uptimeNanoseconds
do {
    let table: TrialTable
    switch kind {
    case "csv": table = try CSVReader.read(path: path)
    case "jsonl": table = try JSONLinesReader.read(path: path)
    case "wandb": table = try WandBExportReader.read(path: path, states: nil)
    case "optuna": table = try OptunaStudyReader.read(path: path, study: arguments.count > 3 ? arguments[3] : nil)
    default:
        FileHandle.standardError.write(Data("unknown kind '\(kind)'\n".utf8))
        exit(2)
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    var numericBytes = 0
    var summary: [String] = []
    for column in table.columns {
        if let numeric = column.numeric {
            numericBytes += numeric.values.count * 8
            summary.append("\(column.name): numeric, sum \(presentSum(numeric))")
        } else if let categorical = column.categorical {
            summary.append("\(column.name): \(categorical.levels.count) categories")
        }
    }
    print(
        "\(kind): \(table.rowCount) rows × \(table.columns.count) columns in \(String(format: "%.3f", seconds)) s; "
            + "numeric data \(numericBytes / 1_000_000) MB")
    for line in summary { print("  " + line) }
} catch {
    let formatter = DiagnosticFormatter()
    for diagnostic in error.diagnostics { FileHandle.standardError.write(Data(formatter.format(diagnostic).utf8)) }
    exit(1)
}
