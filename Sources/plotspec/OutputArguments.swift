import ArgumentParser
import PlotSpecKit

/// Where figures go: shared by `render` and `validate`, so `validate` judges what `render` would write.
struct OutputArguments: ParsableArguments {
    @Option(
        name: .customLong("output-dir"),
        help: "Figures go into this folder instead of the specs' output paths (validate checks them there).")
    var outputDirectory: String?

    @Flag(
        name: .customLong("allow-outside"),
        help:
            "Let specs' figures go, and their data files be read, outside the current directory (absolute paths or '..')."
    )
    var allowOutside = false

    var options: OutputOptions {
        OutputOptions(outputDirectory: outputDirectory, allowOutside: allowOutside)
    }
}
