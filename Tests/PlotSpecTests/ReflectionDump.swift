import Foundation
import PlotDiagnostics
import PlotFormula

/// A canonical text form of any value, by reflection, for the IR goldens: one line per stored property,
/// whatever the IR's types are, so the goldens follow the IR as it changes (re-record, no code change).
///
/// Canonical where reflection is not: dictionary and set entries are sorted, numbers print with 12
/// significant digits (float noise below that does not churn a golden), a formula prints as its canonical
/// text (`ExpressionPrinter`) and a source span as `file:line:col+length`, so a golden reads like the spec.
enum ReflectionDump {
    static func text(_ value: Any) -> String {
        var out = ""
        write(value, label: nil, depth: 0, into: &out)
        return out
    }

    /// Nesting deeper than this prints `…`: the IR is a tree, so only a reference cycle gets here.
    static let maximumDepth = 40

    private static func write(_ value: Any, label: String?, depth: Int, into out: inout String) {
        let prefix = String(repeating: "  ", count: depth) + (label.map { $0 + ": " } ?? "")
        if let leaf = leaf(value) {
            out += prefix + leaf + "\n"
            return
        }
        guard depth < maximumDepth else {
            out += prefix + "…\n"
            return
        }
        let mirror = Mirror(reflecting: value)
        let children = Array(mirror.children)
        switch mirror.displayStyle {
        case .optional:
            if let some = children.first {
                write(some.value, label: label, depth: depth, into: &out)
            } else {
                out += prefix + "nil\n"
            }
        case .enum:
            // A case with a payload has one child labelled with the case name.
            if let payload = children.first {
                out += prefix + "." + (payload.label ?? "?") + "\n"
                write(payload.value, label: nil, depth: depth + 1, into: &out)
            } else {
                out += prefix + "." + String(describing: value) + "\n"
            }
        case .dictionary, .set:
            out += prefix + "\(children.count) entries\n"
            out += children.map { text($0.value) }.sorted().map { entry in
                entry.split(separator: "\n").map { String(repeating: "  ", count: depth + 1) + $0 + "\n" }.joined()
            }.joined()
        case .collection:
            out += prefix + (children.isEmpty ? "[]" : "[\(children.count)]") + "\n"
            for child in children { write(child.value, label: "-", depth: depth + 1, into: &out) }
        default:
            out += prefix + String(describing: mirror.subjectType) + "\n"
            for (index, child) in children.enumerated() {
                write(child.value, label: child.label ?? ".\(index)", depth: depth + 1, into: &out)
            }
        }
    }

    /// The one-line form of a value that is printed whole, or nil to reflect on it.
    private static func leaf(_ value: Any) -> String? {
        switch value {
        case let number as Double: String(format: "%.12g", number)
        case let number as Float: String(format: "%.7g", Double(number))
        case let text as String: String(reflecting: text)
        case let text as Substring: String(reflecting: String(text))
        case let expression as PlotFormula.Expression: "`\(expression)`"
        case let span as SourceSpan: "\(span.start.file):\(span.start.line):\(span.start.column)+\(span.length)"
        case let location as SourceLocation: "\(location.file):\(location.line):\(location.column)"
        case is Int, is Int8, is Int16, is Int32, is Int64, is UInt, is UInt8, is UInt16, is UInt32, is UInt64,
             is Bool, is Character, is Unicode.Scalar:
            "\(value)"
        default: nil
        }
    }
}
