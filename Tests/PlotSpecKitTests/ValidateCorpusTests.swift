import Foundation
import PlotTestSupport
import Testing

/// The `plotspec validate` corpus: checks only the whole command sees (evaluation, output policy, files on
/// disk, several specs in one run). Each case is a folder under `ValidateCorpus/` holding its spec files
/// and an `expected` file: the first line is the command (`$ plotspec validate --no-color a.yaml`), run in
/// the case folder; the rest is the exit status, standard error and standard output, exactly.
/// Re-record with `PLOTSPEC_RECORD=1` (the command line is kept); a re-record fails the run loudly.
@Suite(.enabled(if: Repository.plotspecBinary != nil, "needs the plotspec binary (swift build)"))
struct ValidateCorpusTests {
    static let corpusFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("ValidateCorpus").path

    static let cases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpusFolder)) ?? []
        return names.filter { FileManager.default.fileExists(atPath: corpusFolder + "/" + $0 + "/expected") }.sorted()
    }()

    @Test func corpusIsFound() {
        #expect(Self.cases.count >= 10)
    }

    @Test(arguments: cases)
    func validatePrintsExactlyItsExpectedOutput(_ name: String) throws {
        let folder = Self.corpusFolder + "/" + name
        let expectedPath = folder + "/expected"
        let expected = try String(contentsOfFile: expectedPath, encoding: .utf8)
        let command = String(expected.prefix { $0 != "\n" })
        let words = command.split(separator: " ").map(String.init)
        try #require(words.count >= 3 && words[0] == "$" && words[1] == "plotspec", "first line must be '$ plotspec …'")
        let run = try CLI.plotspec(Array(words.dropFirst(2)), in: folder, environment: ["NO_COLOR": "1"])
        let printed = command + "\nexit \(run.status)\n--- stderr\n" + run.stderr + "--- stdout\n" + run.stdout
        try GoldenFile.check(printed, against: expectedPath)
    }

    /// The corpus is only trustworthy if validate's verdict is render's: every case validate accepts
    /// renders (into a scratch copy, so the corpus stays clean), and every case it refuses fails to render.
    @Test(arguments: cases)
    func renderAgreesWithValidate(_ name: String) throws {
        let scratch = try TemporaryFolder()
        let copy = scratch.path + "/case"
        try FileManager.default.copyItem(atPath: Self.corpusFolder + "/" + name, toPath: copy)
        let expected = try String(contentsOfFile: copy + "/expected", encoding: .utf8)
        var words = expected.prefix { $0 != "\n" }.split(separator: " ").map(String.init).dropFirst(2)
        try #require(words.first == "validate")
        words[words.startIndex] = "render"
        let validated = expected.contains("\nexit 0\n")
        let run = try CLI.plotspec(Array(words), in: copy, environment: ["NO_COLOR": "1"])
        #expect((run.status == 0) == validated, "render exit \(run.status): \(run.stderr)")
    }
}
