import Foundation
import Testing

/// What `render` and `validate` report for a whole run: the JSON document, GitHub annotations with their
/// notes, and the one-line summary of a failing run.
@Suite(.enabled(if: Repository.plotspecBinary != nil, "needs the plotspec binary (swift build)"))
struct RunReportTests {
    /// Four unknown keys' worth of trouble: a typo and three missing sections.
    static let badSpec = "figure: {output: bad.png}\nparameters:\n  x: {range: [0, 1], scael: log10}\n"
    /// A duplicate key: one error whose note points at the first definition.
    static let duplicateKeySpec = "figure: {output: a.png}\nfigure: {output: b.png}\n"

    /// A folder holding good specs (with coarse-grid warnings), bad ones, and the names to pass.
    static func mixedFolder() throws -> (folder: TemporaryFolder, specs: [String], bad: Set<String>) {
        let folder = try TemporaryFolder()
        try folder.write("good1.yaml", SpecText.minimal(output: "good1.png"))
        try folder.write("bad.yaml", badSpec)
        try folder.write("dup.yaml", duplicateKeySpec)
        try folder.write("good2.yaml", SpecText.minimal(output: "good2.png"))
        return (
            folder, ["good1.yaml", "bad.yaml", "dup.yaml", "missing.yaml", "good2.yaml"],
            ["bad.yaml", "dup.yaml", "missing.yaml"]
        )
    }

    static func document(_ text: String) throws -> [String: Any] {
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(parsed as? [String: Any], "not a JSON object: \(text)")
    }

    @Test(arguments: [["validate"], ["render"]])
    func jsonIsOneDocumentWhoseCountsAgree(_ command: [String]) throws {
        let (folder, specs, bad) = try Self.mixedFolder()
        let run = try CLI.plotspec(command + ["--format", "json"] + specs, in: folder.path)
        #expect(run.status == 1)
        let document = try Self.document(run.stdout)
        #expect(document["version"] as? Int == 1)
        #expect(document["command"] as? String == command[0])

        let specEntries = try #require(document["specs"] as? [[String: Any]])
        #expect(specEntries.map { $0["path"] as? String } == specs, "argument order")
        for entry in specEntries {
            let path = try #require(entry["path"] as? String)
            #expect(entry["status"] as? String == (bad.contains(path) ? "error" : "ok"), "\(path)")
        }

        let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
        for entry in specEntries {
            let mine = diagnostics.filter { $0["spec"] as? String == entry["path"] as? String }
            #expect(entry["errors"] as? Int == mine.count { $0["severity"] as? String == "error" })
            #expect(entry["warnings"] as? Int == mine.count { $0["severity"] as? String == "warning" })
        }
        #expect(diagnostics.map { $0["spec"] as? String ?? "?" }.allSatisfy(specs.contains))
        // Diagnostics come spec by spec, in argument order.
        let order = diagnostics.compactMap { d in specs.firstIndex { $0 == d["spec"] as? String } }
        #expect(order == order.sorted())

        let summary = try #require(document["summary"] as? [String: Int])
        #expect(summary["specs"] == specs.count)
        #expect(summary["failed"] == bad.count)
        #expect(summary["errors"] == diagnostics.count { $0["severity"] as? String == "error" })
        #expect(summary["warnings"] == diagnostics.count { $0["severity"] as? String == "warning" })
        #expect(summary["warnings"] ?? 0 > 0, "the minimal spec's coarse grid should warn")

        let duplicate = try #require(diagnostics.first { $0["code"] as? String == "yaml.duplicate-key" })
        #expect(duplicate["file"] as? String == "dup.yaml")
        #expect((duplicate["line"] as? Int, duplicate["column"] as? Int) == (2, 1))
        #expect(duplicate["end_line"] as? Int == 2 && (duplicate["end_column"] as? Int ?? 0) > 1)
        let note = try #require((duplicate["notes"] as? [[String: Any]])?.first)
        #expect((note["file"] as? String, note["line"] as? Int, note["column"] as? Int) == ("dup.yaml", 1, 1))
        let missing = try #require(diagnostics.first { $0["spec"] as? String == "missing.yaml" })
        #expect(missing["file"] is NSNull && missing["line"] is NSNull, "no location is null, not absent")
    }

    @Test func jsonRenderNamesTheFiguresItWroteAndPrintsNothingElse() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.yaml", SpecText.minimal(output: "figs/a.png"))
        try folder.write("b.yaml", SpecText.minimal(output: "b.svg"))
        let run = try CLI.plotspec(["render", "--format", "json", "a.yaml", "b.yaml"], in: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        let specs = try #require(try Self.document(run.stdout)["specs"] as? [[String: Any]])
        #expect(specs.map { $0["output"] as? String } == ["figs/a.png", "b.svg"])
        #expect(FileManager.default.fileExists(atPath: folder.path + "/figs/a.png"))
        #expect(!run.stdout.contains("wrote"))

        let check = try CLI.plotspec(["render", "--check", "--format", "json", "a.yaml"], in: folder.path)
        #expect(check.status == 0, "\(check.stdout)")
        #expect(try Self.document(check.stdout)["command"] as? String == "render --check")
    }

    @Test func githubAnnotationsKeepNotesOnEscapedLines() throws {
        let folder = try TemporaryFolder()
        try folder.write("dup.yaml", Self.duplicateKeySpec)
        let run = try CLI.plotspec(["validate", "--format", "github", "dup.yaml"], in: folder.path)
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let annotation = try #require(lines.first { $0.contains("yaml.duplicate-key") }, "\(run.stdout)")
        #expect(annotation.hasPrefix("::error file=dup.yaml,line=2,col=1,"))
        #expect(annotation.hasSuffix("%0Adup.yaml:1:1: note: first defined here"), "\(annotation)")
        #expect(lines.allSatisfy { $0.hasPrefix("::") }, "every line is a workflow command")
    }

    @Test func aFailingRunEndsWithItsCounts() throws {
        let (folder, specs, bad) = try Self.mixedFolder()
        for command in [["validate"], ["render"], ["render", "--check"]] {
            let run = try CLI.plotspec(command + ["--no-color"] + specs, in: folder.path)
            #expect(run.status == 1)
            let errors = run.stderr.split(separator: "\n").count { $0.contains(": error: ") }
            let warnings = run.stderr.split(separator: "\n").count { $0.contains(": warning: ") }
            let last = run.stderr.split(separator: "\n").last.map(String.init)
            #expect(warnings > 0)
            #expect(
                last == "\(errors) errors in \(bad.count) of \(specs.count) specs; \(warnings) warnings",
                "\(command): \(run.stderr)")
        }
        let github = try CLI.plotspec(["validate", "--format", "github", "bad.yaml"], in: folder.path)
        #expect(github.stderr.hasSuffix(" in 1 of 1 spec\n"), "\(github.stderr)")
    }

    @Test func aPassingValidateSaysHowManySpecsAreValid() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.yaml", SpecText.minimal(output: "a.png"))
        try folder.write("b.yaml", SpecText.minimal(output: "b.png"))
        let run = try CLI.plotspec(["validate", "a.yaml", "b.yaml"], in: folder.path)
        #expect(run.status == 0)
        #expect(run.stdout == "2 specs valid\n")
        #expect(!run.stderr.contains(" of 2 specs"))
    }
}
