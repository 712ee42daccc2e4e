import ArgumentParser
import PlotSpecKit

/// `plotspec schema`: print the JSON Schema of the spec language, or its key tables.
struct Schema: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, markdown
    }

    static let configuration = CommandConfiguration(
        abstract: "Print the JSON Schema (draft 2020-12) of the spec language, for editor completion and checks.",
        discussion: """
            The schema is written from the one description of the language that the decoder reads too \
            (Sources/PlotSpec/Description). docs/plotspec.schema.json is the committed copy; bundled specs \
            point editors at it with a yaml-language-server modeline. --format markdown prints the key \
            tables of docs/spec-reference.md instead.
            """)

    @Option(help: "json (JSON Schema) or markdown (key tables).")
    var format: Format = .json

    func run() {
        switch format {
        case .json: print(Pipeline.jsonSchema(), terminator: "")
        case .markdown: print(Pipeline.keyTables(), terminator: "")
        }
    }
}
