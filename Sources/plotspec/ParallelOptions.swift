import ArgumentParser
import Foundation

/// How many specs are processed at once.
struct ParallelOptions: ParsableArguments {
    @Option(
        name: .customLong("jobs"),
        help: ArgumentHelp(
            "Process up to N specs at once (default: the number of active processors).",
            discussion: "Output comes in argument order and is the same as with --jobs 1.",
            valueName: "N"))
    var requested: Int?

    var jobs: Int { requested ?? ProcessInfo.processInfo.activeProcessorCount }

    func validate() throws {
        if let requested, requested < 1 { throw ValidationError("--jobs must be at least 1") }
    }
}
