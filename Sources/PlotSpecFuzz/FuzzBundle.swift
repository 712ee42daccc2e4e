import Foundation

/// The folder a fuzz input is loaded from, so `extends` is followed like in a real project.
///
/// Each input is written to `spec.yaml` in a per-process temporary folder that also holds two fixed
/// shared files an input can extend: `shared/landscape.yaml` (parameters, definitions, a score with
/// noise) and `shared/style.yaml` (figure and plot settings). The seeds in `fuzz/seeds/` that start with
/// `extends_` use them; the fuzzer mutates the `extends` entries like any other text, so missing
/// files, cycles (`spec.yaml` extending itself), lists and non-mapping imports are reached too.
final class FuzzBundle: Sendable {
    static let shared = FuzzBundle()

    /// Files an input may extend, by path relative to the folder, with their fixed contents.
    static let sharedFiles: [(path: String, text: String)] = [
        (
            "shared/landscape.yaml",
            """
            seed: 7
            parameters:
              learning_rate: {range: [1.0e-5, 1.0], scale: log10, default: 1.0e-3}
              batch_size: {range: [8, 2048], scale: log2, integer: true, default: 64}
            define:
              u: log10(learning_rate)
              b: log2(batch_size)
              ridge: u - 0.3 * b
            score:
              terms:
                - ridge: {along: ridge, center: -4.9, width: 0.5, height: 0.9}
                - penalty: {when: "u > -1", strength: 0.5, softness: 0.2}
                - noise: {sigma: "0.01 + 0.02 * sigmoid(4.5 - b)"}

            """
        ),
        (
            "shared/style.yaml",
            """
            figure: {title: Fuzz, size: [4, 3], dpi: 50, output: out.png}
            sampling: {grid: {learning_rate: 20, batch_size: 16}}
            plot: {heatmap: {x: learning_rate, y: batch_size, colorbar: Accuracy}}

            """
        )
    ]

    let folder: String
    /// Where each input is written; diagnostics name it by this path.
    let specPath: String
    /// Bytes of every file of the bundle but the input, by the path diagnostics use for it.
    let fixedFiles: [String: [UInt8]]

    private init() {
        folder = NSTemporaryDirectory() + "plotspec-fuzz-\(ProcessInfo.processInfo.processIdentifier)"
        specPath = folder + "/spec.yaml"
        var fixed: [String: [UInt8]] = [:]
        for (path, text) in Self.sharedFiles {
            let full = folder + "/" + path
            try? FileManager.default.createDirectory(
                atPath: (full as NSString).deletingLastPathComponent,
                withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: full, contents: Data(text.utf8))
            fixed[full] = Array(text.utf8)
        }
        fixedFiles = fixed
        // One folder per process (parallel fuzzing jobs must not share `spec.yaml`), removed at exit.
        atexit { try? FileManager.default.removeItem(atPath: FuzzBundle.shared.folder) }
    }

    /// Writes `bytes` as the input spec; false if the file could not be written.
    func write(_ bytes: [UInt8]) -> Bool {
        FileManager.default.createFile(atPath: specPath, contents: Data(bytes))
    }
}
