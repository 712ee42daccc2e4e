import ArgumentParser

/// `plotspec`: declarative hyperparameter-landscape figures from YAML specs.
struct PlotSpecCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plotspec",
        abstract: "Render hyperparameter-tuning landscape figures from declarative YAML specs.",
        discussion: """
            A spec describes one figure: the hyperparameters, how they are sampled, the score surface as \
            formula terms, the plot, its annotations and the output file. See docs/spec-reference.md.
            """,
        version: "0.1.0",
        subcommands: [Render.self, Validate.self, DataCommand.self, Dump.self, Schema.self, Preview.self]
    )
}
