import Foundation
import PlotDiagnostics
import PlotYAML
import Testing

@testable import PlotSpec

/// The spec language is described once (`SpecDescription`); the decoder and the JSON Schema both follow
/// it. These tests change a description and watch both change, and check that the decoder reads exactly
/// the described keys.
@Suite struct SpecDescriptionTests {
    // MARK: - Helpers

    static func decode(_ text: String, language: SpecDescription = .standard) throws
        -> (spec: FigureSpec?, diagnostics: [Diagnostic], asked: [SectionID: KeysAsked])
    {
        let root = try YAMLLoader.load(text: text, file: "test.yaml", sources: nil)
        let context = DecodeContext(language: language)
        let (spec, diagnostics) = SpecDecoder.decode(root, sourcePath: "test.yaml", context: context)
        return (spec, diagnostics, context.keysAsked)
    }

    static func surfaceSpec(_ keys: String) -> String {
        """
        figure: {output: out.png}
        parameters:
          x: {range: [1, 100], scale: log10}
          y: {range: [0, 1]}
        sampling: {grid: {x: 10, y: 10}}
        score: {terms: [{expr: "0"}]}
        plot: {surface3d: {x: x, y: y\(keys.isEmpty ? "" : ", " + keys)}}
        """
    }

    static func surface(_ spec: FigureSpec?) -> SurfacePlot? {
        if case .surface(let surface)? = spec?.plot { surface } else { nil }
    }

    /// The schema's property `key` of the surface3d section, parsed.
    static func surfaceProperty(_ key: String, in schema: String) throws -> [String: Any]? {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(schema.utf8)) as? [String: Any])
        // The plot section refers to the surface section, which is written once under $defs.
        let definitions = root["$defs"] as? [String: Any]
        let plot = definitions?["plot"] as? [String: Any]
        let kinds = plot?["properties"] as? [String: Any]
        let reference = (kinds?["surface3d"] as? [String: Any])?["$ref"] as? String
        guard let name = reference?.split(separator: "/").last.map(String.init) else { return nil }
        let surface = definitions?[name] as? [String: Any]
        return (surface?["properties"] as? [String: Any])?[key] as? [String: Any]
    }

    // MARK: - Drift: one change, both outputs follow

    @Test func renamingAKeyChangesWhatTheDecoderAcceptsAndTheSchema() throws {
        var language = SpecDescription.standard
        language.surface.azimuth.key.name = "turn"

        let old = try Self.decode(Self.surfaceSpec("azimuth: -50"), language: language)
        #expect(old.diagnostics.contains { $0.code == "spec.unknown-key" && $0.message.contains("'azimuth'") })
        let renamed = try Self.decode(Self.surfaceSpec("turn: -50"), language: language)
        #expect(renamed.diagnostics.isEmpty)
        #expect(Self.surface(renamed.spec)?.azimuth == -50)
        // The standard language is untouched: there `turn` is the unknown key.
        let standard = try Self.decode(Self.surfaceSpec("turn: -50"))
        #expect(standard.diagnostics.contains { $0.code == "spec.unknown-key" && $0.message.contains("'turn'") })

        let schema = JSONSchemaWriter.write(language)
        #expect(try Self.surfaceProperty("turn", in: schema) != nil)
        #expect(try Self.surfaceProperty("azimuth", in: schema) == nil)
        #expect(try Self.surfaceProperty("azimuth", in: JSONSchemaWriter.write()) != nil)
    }

    @Test func narrowingARangeChangesTheDecodersCheckAndTheSchema() throws {
        var language = SpecDescription.standard
        language.surface.elevation.key.value = .bounded(-45, 45)

        #expect(try Self.decode(Self.surfaceSpec("elevation: 60")).diagnostics.isEmpty)
        let narrowed = try Self.decode(Self.surfaceSpec("elevation: 60"), language: language)
        #expect(narrowed.diagnostics.map(\.message) == ["elevation must be between -45 and 45 degrees"])

        let elevation = try #require(try Self.surfaceProperty("elevation", in: JSONSchemaWriter.write(language)))
        #expect(elevation["maximum"] as? Int == 45)
        #expect(elevation["minimum"] as? Int == -45)
    }

    @Test func changingADefaultChangesTheDecodedValueAndTheSchema() throws {
        var language = SpecDescription.standard
        language.surface.elevation.defaultValue = 12

        #expect(Self.surface(try Self.decode(Self.surfaceSpec("")).spec)?.elevation == 30)
        #expect(Self.surface(try Self.decode(Self.surfaceSpec(""), language: language).spec)?.elevation == 12)

        let elevation = try #require(try Self.surfaceProperty("elevation", in: JSONSchemaWriter.write(language)))
        #expect(elevation["default"] as? Int == 12)
    }

    @Test func makingARequiredKeyOptionalChangesTheDecoderAndTheSchema() throws {
        var language = SpecDescription.standard
        language.figure.output.presence = .optional
        let spec = Self.surfaceSpec("").replacingOccurrences(of: "figure: {output: out.png}", with: "figure: {}")

        #expect(try Self.decode(spec).diagnostics.map(\.code) == ["spec.missing-key"])
        #expect(try Self.decode(spec, language: language).diagnostics.isEmpty)

        let root = try #require(
            try JSONSerialization.jsonObject(with: Data(JSONSchemaWriter.write(language).utf8)) as? [String: Any])
        let figure = (root["properties"] as? [String: Any])?["figure"] as? [String: Any]
        #expect(figure?["required"] == nil)
        #expect(JSONSchemaWriter.write().contains("\"required\": [\"output\"]"))
    }

    // MARK: - The decoder reads exactly the described keys

    /// Specs that between them reach every section decoder (every plot kind, term kind, annotation kind,
    /// focus, buckets, factors, axes and a colour-bar mapping) and are valid.
    static let fullSpecs: [String] = [
        """
        figure: {title: T, subtitle: S, size: [4, 3], dpi: 50, output: a.png, font_size: 10, background: white}
        seed: 3
        parameters:
          lr: {range: [1.0e-5, 1], scale: log10, label: LR, default: 1.0e-3, tick_format: "%.0e"}
          bs: {range: [8, 512], scale: log2, integer: true}
          opt: {values: [adam, sgd], default: sgd, label: Optimizer}
        hold: {opt: adam}
        define: {u: log10(lr)}
        sampling: {grid: {lr: 10, bs: 10}}
        score:
          baseline: 0.1
          clip: [0, 1]
          terms:
            - bell: {center: {lr: 1.0e-3, bs: 64}, width: 0.5, height: 0.8}
              times: [{ridge: {along: "u", center: -3, width: 1}}]
            - ridge: {along: "u - 0.3 * log2(bs)", center: -4.9, width: [0.5, 0.6], height: 0.1}
            - penalty: {when: "lr > 0.1", strength: 0.5, softness: 0.2, shape: sigmoid}
            - interaction: {x: "u", y: "log2(bs)", strength: -0.001}
            - expr: "0.01"
            - noise: {sigma: 0.01, stream: s}
              name: n
        plot:
          heatmap: {x: lr, y: bs, landscape: "true", contours: [0.5], contour_color: white, x_axis: {label: L, tick_format: "%.0e",
                    grid: true}, y_axis: {label: B}, value: score, colormap: magma, color_range: [0, 1],
                    colorbar: {label: Acc}}
        facet: {parameter: opt, values: [adam, 1], columns: 2, letters: true}
        annotations:
          - {text: "Best {lr:%.0e}", at: argmax, offset: [20, 10], arrow: true, style: light, font_size: 9}
          - {text: "Here", label_at: {lr: 1.0e-4, bs: 16}}
          - {marker: star, at: argmax, size: 10, color: gold, legend: "Best {score:%.2f}"}
          - {line: {lr: 0.1}, color: white, width: 1, dashed: false, legend: Limit}
          - {region: {lr: [0.01, 0.1]}, color: red, opacity: 0.2, outline: white, legend: R}
          - {curve: {lr: "10 ^ (-4 + 0.3 * (log2(bs) - 3))"}, color: white, width: 1.2, dashed: true, legend: C}
        """,
        surfaceSpec("elevation: 20, azimuth: -50, x_axis: {label: X}, y_axis: {label: Y}, z_axis: {label: Z}"),
        """
        figure: {output: d.png}
        parameters: {lr: {range: [1.0e-5, 0.1], scale: log10}, layers: {range: [1, 8], integer: true}}
        sampling:
          data: {file: Tests/PlotDataTests/Fixtures/study.db, format: optuna, study: fixture-study,
                 states: [complete, pruned], columns: {lr: params_learning_rate}, score: value, direction: minimize}
        plot: {scatter: {x: lr, y: layers}}
        """,
        """
        figure: {output: h.png}
        parameters: {lr: {range: [1.0e-5, 0.1], scale: log10}}
        sampling: {trials: {count: 20}}
        score: {terms: [{expr: "0.5"}]}
        plot:
          history: {value: loss, value_scale: log10, marker_size: 4, opacity: 0.6, point_color: "#336699",
                    edge_color: black, best_color: red, line_width: 2, x_axis: {label: Run}, y_axis: {label: Loss}}
        annotations: [{marker: star, at: argmin, legend: "Lowest {score:%.2f}"}]
        """,
        """
        figure: {output: p.png}
        parameters: {lr: {range: [1.0e-5, 1], scale: log10}, bs: {range: [8, 512], scale: log2}}
        sampling: {trials: {count: 50, method: latin_hypercube, focus: {fraction: 0.5, center: {lr: 1.0e-3},
                   spread: {lr: 0.5}}}}
        score: {terms: [{expr: "0.5"}]}
        plot:
          parallel_coordinates:
            axes: [lr, bs]
            buckets: [{below: 0.5, label: low, color: grey}, {below: 1.01, label: high, color: green}]
            line_width: 1
            opacity: 0.5
        """,
        """
        figure: {pixels: [400, 300], output: s.png}
        parameters: {lr: {range: [1.0e-5, 1], scale: log10}, bs: {range: [8, 512], scale: log2}}
        sampling: {trials: {count: 20}}
        score: {terms: [{expr: "0.5"}]}
        plot: {scatter: {x: lr, y: bs, marker_size: 5, opacity: 0.8, edge_color: black}}
        """,
        """
        figure: {output: l.png}
        parameters: {lr: {range: [1.0e-5, 1], scale: log10}, bs: {range: [8, 512], scale: log2}}
        sampling: {trials: {count: 20}}
        score: {terms: [{expr: "0.5"}, {noise: 0.01}]}
        plot:
          slice: {x: lr, hold: {bs: [16, 64]}, resolution: 50, noise_band: true, points: true, optimum: false,
                  value: loss, x_axis: {label: LR}, y_axis: {label: Loss}}
        """,
        """
        figure: {output: f.png}
        parameters:
          lr: {range: [1.0e-5, 1], scale: log10}
          bs: {range: [8, 512], scale: log2}
          d: {range: [2, 8], integer: true}
          w: {range: [2, 8], integer: true}
        sampling: {grid: {lr: 5, bs: 5}}
        score: {terms: [{expr: "0.5"}]}
        plot: {heatmap: {x: lr, y: bs}}
        facet: {parameter: d, values: [2, 4], rows: {parameter: w, values: [2, 8]}}
        """,
        """
        figure: {output: v.png}
        parameters: {lr: {range: [1.0e-5, 1], scale: log10}, bs: {range: [8, 512], scale: log2}}
        sampling: {grid: {lr: 5, bs: 5}}
        score: {terms: [{expr: "0.5"}, {noise: 0.01}]}
        panels:
          grid: [[a, b]]
          letters: true
          colorbar: each
          axes: each
          views:
            a: {title: Truth, plot: {heatmap: {x: lr, y: bs, landscape: "true"}}}
            b:
              plot: {scatter: {x: lr, y: bs}}
              sampling: {trials: {count: 30}}
              hold: {}
              annotations: [{marker: star, at: argmax}]
        """,
        """
        figure: {output: i.png}
        parameters: {lr: {range: [1.0e-5, 1], scale: log10}, bs: {range: [8, 512], scale: log2, integer: true}}
        sampling: {trials: {count: 10}}
        score: {terms: [{expr: "log10(lr) * log2(bs)"}]}
        plot: {importance: {parameters: [lr, bs], nodes: 16, color: "#228833", clipped: true}}
        """,
        """
        figure: {output: e.png}
        parameters: {lr: {range: [1.0e-5, 1], scale: log10}, bs: {range: [8, 512], scale: log2}}
        sampling: {trials: {count: 30}}
        score: {terms: [{expr: "0.5"}, {noise: 0.01}]}
        plot: {heatmap: {x: lr, y: bs, estimate: {method: binned, cells: [4, 3], min_count: 2, show: mean},
               trials: true}}
        """,
        """
        figure: {output: g.png}
        parameters: {lr: {range: [1.0e-5, 1], scale: log10}, bs: {range: [8, 512], scale: log2}}
        sampling: {trials: {count: 30}}
        score: {terms: [{expr: "0.5"}, {noise: 0.01}]}
        plot: {surface3d: {x: lr, y: bs, estimate: {method: gp, show: std}}}
        """
    ]

    /// Keys read before decoding: `extends` is followed by the loader.
    static let readByTheLoader: [SectionID: Set<String>] = [.spec: ["extends"]]

    @Test func theDecoderAsksForExactlyTheDescribedKeys() throws {
        var asked: [SectionID: KeysAsked] = [:]
        for text in Self.fullSpecs {
            let result = try Self.decode(text)
            #expect(result.spec != nil, "\(result.diagnostics.map(\.message))")
            for (id, keys) in result.asked {
                asked[id, default: KeysAsked()].all.formUnion(keys.all)
                asked[id, default: KeysAsked()].required.formUnion(keys.required)
            }
        }
        for id in SectionID.allCases {
            let section = SpecDescription.standard.section(id)
            let described = Set(section.keyNames + section.refused)
            let read = (asked[id]?.all ?? []).union(Self.readByTheLoader[id] ?? [])
            let undescribed = read.subtracting(described)
            let unread = described.subtracting(read)
            #expect(read == described, "\(id): read but not described \(undescribed), never read \(unread)")
        }
    }

    /// What the decoder reports as missing is what the description calls required (annotation kind keys
    /// are how the decoder picks the section, so they are never missing from it).
    @Test func theDecoderRequiresExactlyTheDescribedKeys() throws {
        var required: [SectionID: Set<String>] = [:]
        for text in Self.fullSpecs {
            for (id, keys) in try Self.decode(text).asked { required[id, default: []].formUnion(keys.required) }
        }
        let kindKeys = Set(SpecDescription.standard.annotationKinds.map(\.kind))
        for id in SectionID.allCases {
            let described = SpecDescription.standard.section(id).keys
                .filter { $0.presence == .required || $0.presence == .requiredAfterMerge }.map(\.name)
            #expect(required[id] ?? [] == Set(described).subtracting(kindKeys), "\(id)")
        }
    }

    static var corpus: [String] { SpecCaseTests.files(in: "valid") + SpecCaseTests.files(in: "invalid") }

    /// However a spec is wrong, the decoder never reads a key its section does not describe.
    @Test(arguments: corpus)
    func noCorpusSpecMakesTheDecoderReadAnUndescribedKey(_ file: String) throws {
        // A few invalid cases fail to load (YAML syntax, imports); they never reach the decoder.
        guard let root = try? SpecLoader.load(path: SpecCaseTests.casesFolder + "/" + file, sources: SourceRegistry())
        else { return }
        let context = DecodeContext()
        _ = SpecDecoder.decode(root, sourcePath: file, context: context)
        for (id, keys) in context.keysAsked {
            let section = SpecDescription.standard.section(id)
            #expect(keys.all.isSubset(of: section.keyNames + section.refused), "\(id): \(keys.all)")
        }
    }

    // MARK: - The description itself

    /// Every key a section struct declares is listed in its section, so none is declared and forgotten.
    @Test(arguments: SectionID.allCases)
    func everyDeclaredKeyIsListed(_ id: SectionID) throws {
        let language = SpecDescription.standard
        // The factor section lists a subset of the term's keys, which the term's own case checks.
        let ownerID = id == .factor ? .term : id
        let owner = try #require(Mirror(reflecting: language).children.first { $0.label == ownerID.rawValue }?.value)
        var declared = Self.declaredKeys(owner).map(\.name)
        if id == .factor { declared = language.term.factorKinds.map(\.name) }
        #expect(!declared.isEmpty)
        #expect(Set(declared) == Set(language.section(id).keyNames))
    }

    static func declaredKeys(_ value: Any) -> [KeyDescription] {
        Mirror(reflecting: value).children.flatMap { child -> [KeyDescription] in
            if let key = child.value as? SectionKey { return [key.described] }
            return declaredKeys(child.value)
        }
    }

    @Test func sectionNamesAreDistinctAndKeysUnique() {
        let sections = SectionID.allCases.map(SpecDescription.standard.section)
        for section in sections {
            #expect(Set(section.keyNames).count == section.keyNames.count, "\(section.name)")
            #expect(Set(section.exactlyOne).isSubset(of: section.keyNames), "\(section.name)")
        }
    }

    @Test func everyDefaultLiesInItsRange() {
        for id in SectionID.allCases {
            for key in SpecDescription.standard.section(id).keys {
                guard case .defaulted(.number(let value)) = key.presence, key.isBounded else { continue }
                #expect(key.range.contains(value), "\(id).\(key.name)")
            }
        }
    }
}
