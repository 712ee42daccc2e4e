import ArgumentParser
import PlotSpec

/// `--allow-outside` for commands that read a spec but write no figure (`data`, `dump`): it lets
/// `sampling.data` read a file outside the current directory, as `render` and `validate` allow.
struct DataReadArguments: ParsableArguments {
    @Flag(
        name: .customLong("allow-outside"),
        help: "Let specs read data files outside the current directory (absolute paths or '..').")
    var allowOutside = false

    var policy: DataReadPolicy { DataReadPolicy(allowOutside: allowOutside) }
}
