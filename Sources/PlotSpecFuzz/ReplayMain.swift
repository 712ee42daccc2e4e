#if !FUZZING
    import Foundation

    /// The normal build's entry point: `swift run PlotSpecFuzz FILE…` replays inputs (e.g. a crash file
    /// libFuzzer saved) through the harness without sanitizers.
    ///
    /// The fuzzing build passes `-D FUZZING`, which removes this `@main` so libFuzzer's own `main` is the only
    /// one. (A `main.swift` cannot be used: the fuzzing build parses the target as a library and rejects
    /// top-level statements even inside an inactive `#if`.)
    @main
    enum ReplayMain {
        static func main() {
            for path in CommandLine.arguments.dropFirst() {
                guard let data = FileManager.default.contents(atPath: path) else {
                    FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
                    exit(2)
                }
                let bytes = [UInt8](data)
                _ = bytes.withUnsafeBufferPointer { fuzzTestOneInput($0.baseAddress, $0.count) }
                print("ok: \(path)")
            }
        }
    }
#endif
