import Foundation
import PlotDiagnostics
import PlotYAML
import Testing

@testable import PlotSpec

/// The schema is written from the language's description, which the decoder reads too
/// (`SpecDescriptionTests` shows that both follow a changed description); these tests check the
/// written schema against the specs the decoder accepts and refuses.
@Suite struct SpecSchemaTests {
    @Test func everySectionIsReachableFromTheRoot() {
        #expect(Set(SpecSchema.sections()) == Set(SectionID.allCases))
    }

    @Test func schemaIsValidJSON() throws {
        let text = JSONSchemaWriter.write()
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        #expect(parsed?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    }

    /// Every section but the top level is written once, under `$defs`, and every use refers to it: a view
    /// of `panels` holds a whole plot, which must not be written out a second time.
    @Test func sectionsAreWrittenOnceAndReferred() throws {
        let parsed = try #require(
            try JSONSerialization.jsonObject(with: Data(JSONSchemaWriter.write().utf8)) as? [String: Any])
        let definitions = try #require(parsed["$defs"] as? [String: Any])
        #expect(Set(definitions.keys) == Set(SpecSchema.sections().filter { $0 != .spec }.map(\.rawValue)))
        let top = try #require(parsed["properties"] as? [String: Any])
        let view = try #require((definitions["view"] as? [String: Any])?["properties"] as? [String: Any])
        #expect((top["plot"] as? [String: Any])?["$ref"] as? String == "#/$defs/plot")
        #expect((view["plot"] as? [String: Any])?["$ref"] as? String == "#/$defs/plot")
        #expect((view["sampling"] as? [String: Any])?["$ref"] as? String == "#/$defs/sampling")
    }

    @Test func committedSchemaIsCurrent() throws {
        let path = SpecCaseTests.casesFolder + "/../../../docs/plotspec.schema.json"
        let committed = try String(contentsOfFile: path, encoding: .utf8)
        #expect(committed == JSONSchemaWriter.write(), "run: plotspec schema > docs/plotspec.schema.json")
    }

    static var validCases: [String] { SpecCaseTests.files(in: "valid") }
    static var invalidCases: [String] { SpecCaseTests.files(in: "invalid") }

    /// A spec the decoder accepts is accepted by the schema too (checked on the merged tree).
    @Test(arguments: validCases)
    func acceptedSpecsMatchTheSchema(_ file: String) throws {
        let root = try SpecLoader.load(path: SpecCaseTests.casesFolder + "/" + file, sources: SourceRegistry())
        #expect(SchemaCheck.problems(root, SpecSchema.root).isEmpty, "\(SchemaCheck.problems(root, SpecSchema.root))")
    }

    static var bundledSpecs: [String] {
        let folder = SpecCaseTests.casesFolder + "/../../../specs"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { folder + "/" + $0 }
    }

    @Test(arguments: bundledSpecs)
    func bundledSpecsMatchTheSchemaAndDecode(_ path: String) throws {
        let root = try SpecLoader.load(path: path, sources: SourceRegistry())
        #expect(SchemaCheck.problems(root, SpecSchema.root).isEmpty, "\(SchemaCheck.problems(root, SpecSchema.root))")
        #expect(SpecDecoder.decode(root, sourcePath: path).0 != nil)
    }

    /// A spec the schema rejects is rejected by the decoder too.
    @Test(arguments: invalidCases)
    func schemaRejectionsAreDecoderRejections(_ file: String) throws {
        let sources = SourceRegistry()
        guard let root = try? SpecLoader.load(path: SpecCaseTests.casesFolder + "/" + file, sources: sources) else {
            return
        }
        if !SchemaCheck.problems(root, SpecSchema.root).isEmpty {
            #expect(SpecDecoder.decode(root, sourcePath: file).0 == nil)
        }
    }
}

/// A small structural checker of a node tree against the schema tree: keys, types, enums, list sizes,
/// exactly-one groups (bounds on numbers are the decoder's business and not repeated here).
enum SchemaCheck {
    static func problems(
        _ node: YAMLNode, _ schema: SchemaNode, path: String = "",
        language: SpecDescription = .standard
    ) -> [String] {
        func problems(_ node: YAMLNode, _ schema: SchemaNode, path: String) -> [String] {
            SchemaCheck.problems(node, schema, path: path, language: language)
        }
        switch schema {
        case .section(let id):
            let o = language.section(id)
            guard let pairs = node.mapping else { return ["\(path): expected a mapping"] }
            var out: [String] = []
            for pair in pairs {
                guard let key = pair.keyText, let child = o[key] else {
                    out.append("\(path): unexpected key \(pair.keyText ?? "?")")
                    continue
                }
                out += problems(pair.value, child.value, path: path + "." + key)
            }
            for key in o.required where !pairs.contains(where: { $0.keyText == key }) {
                out.append("\(path): needs \(key)")
            }
            if !o.exactlyOne.isEmpty, pairs.filter({ o.exactlyOne.contains($0.keyText ?? "") }).count != 1 {
                out.append("\(path): needs exactly one of \(o.exactlyOne)")
            }
            return out
        case .map(let value, _):
            guard let pairs = node.mapping else { return ["\(path): expected a mapping"] }
            return pairs.flatMap { problems($0.value, value, path: path + "." + ($0.keyText ?? "?")) }
        case .number:
            return node.scalar?.number != nil ? [] : ["\(path): expected a number"]
        case .integer:
            if case .integer? = node.scalar?.value { return [] }
            return ["\(path): expected an integer"]
        case .string:
            if case .string? = node.scalar?.value { return [] }
            return ["\(path): expected a string"]
        case .boolean:
            if case .bool? = node.scalar?.value { return [] }
            return ["\(path): expected a boolean"]
        case .choice(let values, _):
            return values.contains(node.scalar?.text ?? "\u{0}") ? [] : ["\(path): not one of \(values)"]
        case .pair(let item, _):
            guard let items = node.sequence, items.count == 2 else { return ["\(path): expected two items"] }
            return items.flatMap { problems($0, item, path: path + "[]") }
        case .list(let item, let max, _):
            guard let items = node.sequence else { return ["\(path): expected a list"] }
            if let max, items.count > max { return ["\(path): too many items"] }
            return items.flatMap { problems($0, item, path: path + "[]") }
        case .anyOf(let options, _):
            return options.contains { problems(node, $0, path: path).isEmpty }
                ? [] : ["\(path): matches no alternative"]
        case .formula, .color:
            switch node.scalar?.value {
            case .string?, .integer?, .number?: return []
            default: return ["\(path): expected text or a number"]
            }
        }
    }
}
