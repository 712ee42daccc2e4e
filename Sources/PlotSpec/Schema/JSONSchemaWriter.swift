import PlotDiagnostics

/// Prints a `SchemaNode` tree as JSON Schema (draft 2020-12), for editors (yaml-language-server) and CI.
public enum JSONSchemaWriter {
    public static let id = "https://plotspec.invalid/plotspec.schema.json"

    public static func write(_ root: SchemaNode = SpecSchema.root) -> String {
        var header = [
            ("$schema", q("https://json-schema.org/draft/2020-12/schema")),
            ("$id", q(id)),
            ("title", q("plotspec figure spec")),
        ]
        header += fields(root)
        return render(header, indent: 0) + "\n"
    }

    private static func q(_ s: String) -> String { JSONText.quote(s) }

    private static func render(_ fields: [(String, String)], indent: Int) -> String {
        let pad = String(repeating: "  ", count: indent + 1)
        let body = fields.map { "\(pad)\(q($0.0)): \($0.1)" }.joined(separator: ",\n")
        return "{\n" + body + "\n" + String(repeating: "  ", count: indent) + "}"
    }

    private static func node(_ n: SchemaNode, indent: Int) -> String {
        render(fields(n, indent: indent), indent: indent)
    }

    private static func number(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
    }

    private static func describe(_ d: String) -> [(String, String)] {
        d.isEmpty ? [] : [("description", q(d))]
    }

    // Depth of the schema tree is fixed by the code above (a handful of levels), so recursion is bounded.
    private static func fields(_ n: SchemaNode, indent: Int = 0) -> [(String, String)] {
        switch n {
        case .object(let o):
            var out = describe(o.description) + [("type", q("object"))]
            let props = o.keys.compactMap { key in o.properties[key].map { (key, node($0, indent: indent + 2)) } }
            out.append(("properties", render(props, indent: indent + 1)))
            out.append(("additionalProperties", "false"))
            if !o.required.isEmpty { out.append(("required", "[" + o.required.map(q).joined(separator: ", ") + "]")) }
            if !o.exactlyOne.isEmpty {
                let alternatives = o.exactlyOne.map { "{\"required\": [\(q($0))]}" }
                out.append(("oneOf", "[" + alternatives.joined(separator: ", ") + "]"))
            }
            return out
        case .map(let value, let d):
            return describe(d) + [("type", q("object")),
                                  ("propertyNames", "{\"pattern\": \"^[A-Za-z_][A-Za-z0-9_]*$\"}"),
                                  ("additionalProperties", node(value, indent: indent + 1))]
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
            return describe(d) + [("type", q("array")), ("items", node(item, indent: indent + 1)),
                                  ("minItems", "2"), ("maxItems", "2")]
        case .list(let item, let max, let d):
            return describe(d) + [("type", q("array")), ("items", node(item, indent: indent + 1))]
                + (max.map { [("maxItems", String($0))] } ?? [])
        case .anyOf(let options, let d):
            let rendered = options.map { node($0, indent: indent + 2) }
            let pad = String(repeating: "  ", count: indent + 2)
            return describe(d) + [("anyOf", "[\n" + rendered.map { pad + $0 }.joined(separator: ",\n") + "\n"
                                   + String(repeating: "  ", count: indent + 1) + "]")]
        case .formula(let d): return describe(d.isEmpty ? "A formula." : d) + [("type", "[\"string\", \"number\"]")]
        case .color(let d): return describe(d.isEmpty ? "A colour: name, #rrggbb, #rgb or grey level." : d) + [("type", "[\"string\", \"number\"]")]
        }
    }
}
