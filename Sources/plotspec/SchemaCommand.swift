import ArgumentParser
import PlotSpecKit

/// `plotspec schema`: print the JSON Schema of the spec language.
struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the JSON Schema (draft 2020-12) of the spec language, for editor completion and checks.",
        discussion: """
            The schema is generated from the decoder's own key tables. docs/plotspec.schema.json is the \
            committed copy; bundled specs point editors at it with a yaml-language-server modeline.
            """)

    func run() {
        print(Pipeline.jsonSchema(), terminator: "")
    }
}
