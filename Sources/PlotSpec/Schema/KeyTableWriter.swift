/// Prints the spec language's description as Markdown key tables, one per section: the generated blocks
/// of docs/spec-reference.md (`plotspec schema --format markdown`; a test keeps the doc in step).
public enum KeyTableWriter {
    /// The tables of `sections`, each under a heading naming where the section is written.
    public static func write(
        _ sections: [SectionID] = SpecSchema.sections(),
        _ description: SpecDescription = .standard
    ) -> String {
        sections.map { table($0, description) }.joined(separator: "\n")
    }

    /// One section: a heading line, then `| key | value | default | meaning |`.
    static func table(_ id: SectionID, _ description: SpecDescription) -> String {
        let section = description.section(id)
        var lines = [
            "**\(heading(id))** — \(section.doc)", "", "| key | value | default | meaning |",
            "|---|---|---|---|"
        ]
        for key in section.keys {
            let meaning = key.doc.isEmpty ? ownDescription(key.value, description) : key.doc
            let value = shape(key.value, unit: key.unit, description)
            lines.append("| `\(key.name)` | \(value) | \(presence(key.presence)) | \(cell(meaning)) |")
        }
        if !section.exactlyOne.isEmpty {
            lines += ["", "Exactly one of " + section.exactlyOne.map { "`\($0)`" }.joined(separator: ", ") + "."]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Where the section stands in a spec, as the reference names it.
    static func heading(_ id: SectionID) -> String {
        switch id {
        case .spec: "top level"
        case .figure: "`figure`"
        case .parameter: "`parameters.NAME`"
        case .sampling: "`sampling`"
        case .trials: "`sampling.trials`"
        case .focus: "`sampling.trials.focus`"
        case .data: "`sampling.data`"
        case .score: "`score`"
        case .term: "a term of `score.terms`"
        case .factor: "a factor of a term's `times`"
        case .bell, .ridge, .penalty, .interaction, .noise: "`\(id.rawValue)` (a term kind)"
        case .plot: "`plot`"
        case .heatmap: "`plot.heatmap`"
        case .surface: "`plot.surface3d`"
        case .parallel: "`plot.parallel_coordinates`"
        case .scatter: "`plot.scatter`"
        case .slice: "`plot.slice`"
        case .history: "`plot.history`"
        case .importance: "`plot.importance`"
        case .bucket: "a bucket of `parallel_coordinates.buckets`"
        case .axis: "`x_axis`, `y_axis`, `z_axis`"
        case .colorbar: "`colorbar` as a mapping"
        case .textAnnotation: "a `text` annotation"
        case .markerAnnotation: "a `marker` annotation"
        case .lineAnnotation: "a `line` annotation"
        case .regionAnnotation: "a `region` annotation"
        case .curveAnnotation: "a `curve` annotation"
        case .facet: "`facet`"
        case .facetRows: "`facet.rows`"
        case .panels: "`panels`"
        case .view: "a view of `panels.views`"
        case .estimate: "`estimate` of `heatmap` and `surface3d`"
        }
    }

    static func presence(_ presence: Presence) -> String {
        switch presence {
        case .required: "required"
        case .requiredAfterMerge: "required (may come from `extends`)"
        case .optional: "none"
        case .rule(let words): cell(words)
        case .defaulted(let value):
            switch value {
            case .number(let v): "`\(KeyDescription.format(v))`"
            case .integer(let i): "`\(i)`"
            case .boolean(let b): "`\(b)`"
            case .word(let w): "`\(w)`"
            case .numbers(let vs): "`[" + vs.map(KeyDescription.format).joined(separator: ", ") + "]`"
            }
        }
    }

    /// A value's shape in words: "number 4–48 points", "`[a, b]` of numbers 1–100 inches".
    static func shape(_ node: SchemaNode, unit: String = "", _ description: SpecDescription) -> String {
        let suffix = unit.isEmpty ? "" : " " + unit
        switch node {
        case .section(let id): return "mapping (\(heading(id)))"
        case .map(let value, _): return "mapping name → \(shape(value, description))"
        case .number(let lo, let hi, _): return "number" + bounds(lo, hi) + (lo != nil || hi != nil ? suffix : "")
        case .integer(let lo, let hi, _):
            let bounded = lo != nil || hi != nil
            return "whole number" + bounds(lo.map(Double.init), hi.map(Double.init)) + (bounded ? suffix : "")
        case .string(let d): return d == "category name" ? d : "text"
        case .boolean: return "boolean"
        case .choice(let values, _):
            let shown = values.count > 12 ? Array(values.prefix(12)) + ["…"] : values
            return shown.map { $0 == "…" ? $0 : "`\($0)`" }.joined(separator: ", ")
        case .pair(let item, _): return "`[a, b]` of \(plural(shape(item, unit: unit, description)))"
        case .list(let item, let max, _):
            return "list of \(plural(shape(item, unit: unit, description)))" + (max.map { " (at most \($0))" } ?? "")
        case .anyOf(let options, _):
            let sections = options.compactMap { if case .section(let id) = $0 { id } else { nil } }
            if sections.count == options.count {
                return "mapping (" + sections.map(heading).joined(separator: "; ") + ")"
            }
            return options.map { shape($0, unit: unit, description) }.joined(separator: ", or ")
        case .formula: return "formula"
        case .color: return "colour"
        }
    }

    private static func bounds(_ lo: Double?, _ hi: Double?) -> String {
        switch (lo, hi) {
        case (let lo?, let hi?): " from \(KeyDescription.format(lo)) to \(KeyDescription.format(hi))"
        case (let lo?, nil): " ≥ \(KeyDescription.format(lo))"
        case (nil, let hi?): " ≤ \(KeyDescription.format(hi))"
        case (nil, nil): ""
        }
    }

    private static func plural(_ shape: String) -> String {
        for (one, many) in [
            ("whole number", "whole numbers"), ("number", "numbers"), ("text", "texts"),
            ("formula", "formulas"), ("colour", "colours"), ("mapping", "mappings")
        ]
        where shape.hasPrefix(one) {
            return many + shape.dropFirst(one.count)
        }
        return shape
    }

    /// The description a shape carries itself, for keys without a doc of their own.
    private static func ownDescription(_ node: SchemaNode, _ description: SpecDescription) -> String {
        switch node {
        case .map(_, let d), .number(_, _, let d), .integer(_, _, let d), .string(let d), .boolean(let d),
            .choice(_, let d), .pair(_, let d), .list(_, _, let d), .anyOf(_, let d), .formula(let d), .color(let d):
            d
        case .section(let id): description.section(id).doc
        }
    }

    /// Text safe inside a table cell.
    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
