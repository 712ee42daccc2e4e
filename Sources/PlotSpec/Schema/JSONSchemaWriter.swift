import PlotDiagnostics

/// Prints the spec language's description as JSON Schema (draft 2020-12), for editors
/// (yaml-language-server) and CI. The top level is written at the root and every other section once,
/// under `$defs`, referred to by `$ref` wherever it is used (a view of `panels` holds a whole plot, sampling
/// and annotation list, so inlining would write them twice); each key carries its doc as `description`
/// and its default as `default`.
public struct JSONSchemaWriter {
    public static let id = "https://plotspec.invalid/plotspec.schema.json"

    /// The sections are resolved through this description.
    let language: SpecDescription

    public static func write(_ description: SpecDescription = .standard) -> String {
        let writer = JSONSchemaWriter(language: description)
        var header = [
            ("$schema", writer.q("https://json-schema.org/draft/2020-12/schema")),
            ("$id", writer.q(id)),
            ("title", writer.q("plotspec figure spec"))
        ]
        header += writer.sectionFields(.spec, indent: 0)
        let definitions = SpecSchema.sections(of: description).filter { $0 != .spec }.map { id in
            (id.rawValue, writer.render(writer.sectionFields(id, indent: 2), indent: 2))
        }
        header.append(("$defs", writer.render(definitions, indent: 1)))
        return writer.render(header, indent: 0) + "\n"
    }

    private func q(_ s: String) -> String { JSONText.quote(s) }

    private func render(_ fields: [(String, String)], indent: Int) -> String {
        let pad = String(repeating: "  ", count: indent + 1)
        let body = fields.map { "\(pad)\(q($0.0)): \($0.1)" }.joined(separator: ",\n")
        return "{\n" + body + "\n" + String(repeating: "  ", count: indent) + "}"
    }

    private func node(_ n: SchemaNode, indent: Int) -> String {
        render(fields(n, indent: indent), indent: indent)
    }

    /// A key: its value's shape, described by the key's doc when it has one, and its default.
    private func property(_ key: KeyDescription, indent: Int) -> String {
        var out = fields(key.value, indent: indent)
        if !key.doc.isEmpty {
            out.removeAll { $0.0 == "description" }
            out.insert(("description", q(key.doc)), at: 0)
        }
        if case .defaulted(let value) = key.presence { out.append(("default", json(value))) }
        return render(out, indent: indent)
    }

    private func json(_ value: DefaultValue) -> String {
        switch value {
        case .number(let v): number(v)
        case .integer(let i): String(i)
        case .boolean(let b): b ? "true" : "false"
        case .word(let w): q(w)
        case .numbers(let vs): "[" + vs.map(number).joined(separator: ", ") + "]"
        }
    }

    private func number(_ v: Double) -> String { KeyDescription.format(v) }

    private func describe(_ d: String) -> [(String, String)] {
        d.isEmpty ? [] : [("description", q(d))]
    }

    /// A section as an object schema: its keys' properties, which are required, and its one-of rule.
    private func sectionFields(_ id: SectionID, indent: Int) -> [(String, String)] {
        let o = language.section(id)
        var out = describe(o.doc) + [("type", q("object"))]
        let props = o.keys.map { ($0.name, property($0, indent: indent + 2)) }
        out.append(("properties", render(props, indent: indent + 1)))
        out.append(("additionalProperties", "false"))
        if !o.required.isEmpty { out.append(("required", "[" + o.required.map(q).joined(separator: ", ") + "]")) }
        if !o.exactlyOne.isEmpty {
            let alternatives = o.exactlyOne.map { "{\"required\": [\(q($0))]}" }
            out.append(("oneOf", "[" + alternatives.joined(separator: ", ") + "]"))
        }
        return out
    }

    // The depth of the tree is fixed by the description (a handful of levels; no section contains itself),
    // so recursion is bounded.
    private func fields(_ n: SchemaNode, indent: Int = 0) -> [(String, String)] {
        switch n {
        case .section(let id):
            return id == .spec ? sectionFields(id, indent: indent) : [("$ref", q("#/$defs/\(id.rawValue)"))]
        case .map(let value, let d):
            return describe(d) + [
                ("type", q("object")),
                ("propertyNames", "{\"pattern\": \"^[A-Za-z_][A-Za-z0-9_]*$\"}"),
                ("additionalProperties", node(value, indent: indent + 1))
            ]
        case .number(let lo, let hi, let d):
            return describe(d) + [("type", q("number"))] + (lo.map { [("minimum", number($0))] } ?? [])
                + (hi.map { [("maximum", number($0))] } ?? [])
        case .integer(let lo, let hi, let d):
            return describe(d) + [("type", q("integer"))] + (lo.map { [("minimum", String($0))] } ?? [])
                + (hi.map { [("maximum", String($0))] } ?? [])
        case .string(let d): return describe(d) + [("type", q("string"))]
        case .boolean(let d): return describe(d) + [("type", q("boolean"))]
        case .choice(let values, let d):
            return describe(d) + [("enum", "[" + values.map(q).joined(separator: ", ") + "]")]
        case .pair(let item, let d):
            return describe(d) + [
                ("type", q("array")), ("items", node(item, indent: indent + 1)),
                ("minItems", "2"), ("maxItems", "2")
            ]
        case .list(let item, let max, let d):
            return describe(d) + [("type", q("array")), ("items", node(item, indent: indent + 1))]
                + (max.map { [("maxItems", String($0))] } ?? [])
        case .anyOf(let options, let d):
            let rendered = options.map { node($0, indent: indent + 2) }
            let pad = String(repeating: "  ", count: indent + 2)
            return describe(d) + [
                (
                    "anyOf",
                    "[\n" + rendered.map { pad + $0 }.joined(separator: ",\n") + "\n"
                        + String(repeating: "  ", count: indent + 1) + "]"
                )
            ]
        case .formula(let d): return describe(d.isEmpty ? "A formula." : d) + [("type", "[\"string\", \"number\"]")]
        case .color(let d):
            return describe(d.isEmpty ? "A colour: name, #rrggbb, #rgb or grey level." : d) + [
                ("type", "[\"string\", \"number\"]")
            ]
        }
    }
}
