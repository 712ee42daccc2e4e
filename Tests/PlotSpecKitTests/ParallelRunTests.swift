import Foundation
import Testing

/// `--jobs N` changes how fast `render` and `validate` finish, never what they print or write.
@Suite(.enabled(if: Repository.plotspecBinary != nil, "needs the plotspec binary (swift build)"))
struct ParallelRunTests {
    /// Good specs (two bundled figures among them), bad ones, two specs writing the same file (the first
    /// claims it in argument order, the second is an error and writes nothing), and one that cannot be read.
    static func populate(_ folder: TemporaryFolder) throws {
        for name in ["shared/landscape"] {
            try folder.write(
                "\(name).yaml",
                try String(
                    contentsOfFile: Repository.root + "/specs/\(name).yaml",
                    encoding: .utf8))
        }
        for name in ["hyperparameter_trials_scatter", "architecture_search_surface"] {
            let text = try String(contentsOfFile: Repository.root + "/specs/\(name).yaml", encoding: .utf8)
            try folder.write("\(name).yaml", text.replacingOccurrences(of: "../figures/", with: "figures/"))
        }
        for index in 0..<6 {
            try folder.write(
                "small\(index).yaml",
                SpecText.minimal(
                    output: index.isMultiple(of: 2) ? "small\(index).png" : "vector/small\(index).pdf",
                    terms: "- expr: \"x * \(index + 1) + y\""))
        }
        try folder.write("same1.yaml", SpecText.minimal(output: "same.png", terms: "- expr: \"x\""))
        try folder.write("same2.yaml", SpecText.minimal(output: "same.png", terms: "- expr: \"y\""))
        try folder.write("bad.yaml", RunReportTests.badSpec)
        try folder.write("dup.yaml", RunReportTests.duplicateKeySpec)
    }

    static let specs = [
        "hyperparameter_trials_scatter.yaml", "small0.yaml", "bad.yaml", "small1.yaml",
        "same1.yaml", "architecture_search_surface.yaml", "small2.yaml", "missing.yaml",
        "small3.yaml", "dup.yaml", "same2.yaml", "small4.yaml", "small5.yaml"
    ]

    /// Every regular file under `path` (relative name → bytes), ignoring the specs themselves.
    static func files(under path: String) -> [String: Data] {
        let names = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
        var files: [String: Data] = [:]
        for name in names where !name.hasSuffix(".yaml") {
            var isDirectory: ObjCBool = false
            let full = path + "/" + name
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[name] = FileManager.default.contents(atPath: full)
            }
        }
        return files
    }

    @Test(arguments: [["render"], ["validate"], ["render", "--format", "json"], ["validate", "--format", "github"]])
    func twoJobsPrintAndWriteWhatOneJobDoes(_ command: [String]) throws {
        let serial = try TemporaryFolder()
        let parallel = try TemporaryFolder()
        try Self.populate(serial)
        try Self.populate(parallel)
        let one = try CLI.plotspec(command + ["--no-color", "--jobs", "1"] + Self.specs, in: serial.path)
        let two = try CLI.plotspec(command + ["--no-color", "--jobs", "2"] + Self.specs, in: parallel.path)
        #expect(one.status == 1 && two.status == 1)
        #expect(one.stdout == two.stdout)
        #expect(one.stderr == two.stderr)
        #expect(!(one.stdout + one.stderr).isEmpty)
        let written = Self.files(under: serial.path)
        #expect(written == Self.files(under: parallel.path))
        if command == ["render"] {
            #expect(written.count == 9, "\(written.keys.sorted())")
            // The first of two specs naming one file writes it; the second is an error at its output.
            #expect(one.stderr.contains("another spec in this run already writes 'same.png'"))
            let alone = try TemporaryFolder()
            try alone.write("same1.yaml", SpecText.minimal(output: "same.png", terms: "- expr: \"x\""))
            _ = try CLI.plotspec(["render", "same1.yaml"], in: alone.path)
            #expect(written["same.png"] == FileManager.default.contents(atPath: alone.path + "/same.png"))
        }
    }

    @Test func jobsMustBePositive() throws {
        let folder = try TemporaryFolder()
        let run = try CLI.plotspec(["validate", "--jobs", "0", "a.yaml"], in: folder.path)
        #expect(run.status != 0 && run.stderr.contains("--jobs must be at least 1"))
    }
}
