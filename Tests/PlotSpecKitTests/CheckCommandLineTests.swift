import Foundation
import Testing

/// `plotspec render --check` flags as CI uses them: exit status, the artefacts note, and refused combinations.
@Suite(.enabled(if: Repository.plotspecBinary != nil, "needs the plotspec binary (swift build)"))
struct CheckCommandLineTests {
    @Test func failingCheckWritesArtifactsAndNamesThem() throws {
        let folder = try TemporaryFolder()
        try folder.write("spec.yaml", SpecText.minimal(terms: "- expr: \"x + y\""))
        #expect(try CLI.plotspec(["render", "spec.yaml"], in: folder.path).status == 0)
        let passing = try CLI.plotspec(["render", "--check", "--tolerance", "0", "spec.yaml"], in: folder.path)
        #expect(passing.status == 0 && passing.stdout == "up to date: out.png\n", "\(passing.stderr)")

        try folder.write("spec.yaml", SpecText.minimal(terms: "- expr: \"x - y\""))
        let run = try CLI.plotspec(
            ["render", "--check", "--no-color", "--artifacts", "ci/art", "spec.yaml"],
            in: folder.path)
        #expect(run.status == 1)
        #expect(
            run.stderr.contains("error: 'out.png' differs from what 'spec.yaml' renders now: RMS difference"),
            "\(run.stderr)")
        #expect(
            run.stderr.contains(
                "note: wrote 'ci/art/out.actual.png', 'ci/art/out.expected.png', 'ci/art/out.diff.png'"),
            "\(run.stderr)")
        for name in ["out.actual.png", "out.expected.png", "out.diff.png"] {
            #expect(FileManager.default.fileExists(atPath: folder.path + "/ci/art/" + name))
        }
    }

    /// A stale or missing figure is reported at the spec's `output:` value, the line that names the file,
    /// so an editor or a GitHub annotation lands there.
    @Test func staleAndMissingFiguresPointAtTheOutputNode() throws {
        let folder = try TemporaryFolder()
        let text = SpecText.minimal(terms: "- expr: \"x + y\"")
        try folder.write("spec.yaml", text)
        let lines = text.components(separatedBy: "\n")
        let line = try #require(lines.firstIndex { $0.contains("output: out.png") })
        let column = try #require(lines[line].range(of: "out.png")).lowerBound.utf16Offset(in: lines[line]) + 1
        let location = "spec.yaml:\(line + 1):\(column): error: "

        let missing = try CLI.plotspec(["render", "--check", "--no-color", "spec.yaml"], in: folder.path)
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix(location + "'out.png' is missing"), "\(missing.stderr)")

        #expect(try CLI.plotspec(["render", "spec.yaml"], in: folder.path).status == 0)
        try folder.write("spec.yaml", SpecText.minimal(terms: "- expr: \"x - y\""))
        let stale = try CLI.plotspec(["render", "--check", "--no-color", "spec.yaml"], in: folder.path)
        #expect(stale.status == 1)
        #expect(stale.stderr.hasPrefix(location + "'out.png' differs from what"), "\(stale.stderr)")
    }

    @Test(arguments: [
        ["--tolerance", "1"], ["--exact"], ["--artifacts", "art"], ["--check", "--exact", "--tolerance", "1"],
        ["--check", "--tolerance", "-1"], ["--check", "--tolerance", "nan"]
    ])
    func meaninglessFlagCombinationsAreRefused(flags: [String]) throws {
        let folder = try TemporaryFolder()
        try folder.write("spec.yaml", SpecText.minimal())
        let run = try CLI.plotspec(["render"] + flags + ["spec.yaml"], in: folder.path)
        #expect(run.status != 0 && run.status != 1, "a usage error, not a spec failure: \(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/out.png"))
    }
}
