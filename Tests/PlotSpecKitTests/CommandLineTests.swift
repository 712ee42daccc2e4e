import Foundation
import Testing

/// The `plotspec` binary's behaviour that scripts and CI depend on: exit status, partial success, and
/// machine-readable diagnostics.
@Suite(.enabled(if: Repository.plotspecBinary != nil, "needs the plotspec binary (swift build)"))
struct CommandLineTests {
    static let badSpec = "figure: {output: bad.png}\nparameters:\n  x: {range: [0, 1], scael: log10}\n"

    @Test func renderRendersTheGoodSpecsAndReportsEachBadOne() throws {
        let folder = try TemporaryFolder()
        try folder.write("good1.yaml", SpecText.minimal(output: "good1.png"))
        try folder.write("bad.yaml", Self.badSpec)
        try folder.write("outside.yaml", SpecText.minimal(output: "../escaped.png"))
        try folder.write("good2.yaml", SpecText.minimal(output: "figs/good2.svg"))
        let run = try CLI.plotspec(
            ["render", "--no-color", "good1.yaml", "bad.yaml", "outside.yaml", "good2.yaml"],
            in: folder.path)
        #expect(run.status == 1)
        #expect(FileManager.default.fileExists(atPath: folder.path + "/good1.png"))
        #expect(FileManager.default.fileExists(atPath: folder.path + "/figs/good2.svg"))
        #expect(
            !FileManager.default.fileExists(
                atPath: (folder.path as NSString).deletingLastPathComponent
                    + "/escaped.png"))
        #expect(run.stderr.contains("bad.yaml:3:22: error: unknown key 'scael'"), "\(run.stderr)")
        #expect(run.stderr.contains("outside.yaml:1:18: error: output '../escaped.png'"), "\(run.stderr)")
        #expect(!run.stderr.contains("\u{1B}["))
    }

    @Test func allowOutsideLetsASpecWriteAboveTheWorkingDirectory() throws {
        let folder = try TemporaryFolder()
        try folder.write("work/spec.yaml", SpecText.minimal(output: "../above.png"))
        let run = try CLI.plotspec(["render", "--allow-outside", "spec.yaml"], in: folder.path + "/work")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.path + "/above.png"))
    }

    /// A folder name with every character GitHub requires escaping in a property value.
    static let awkwardFolder = "a,b:c%d"

    @Test func githubFormatIsWorkflowCommandSyntax() throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.awkwardFolder + "/bad.yaml", Self.badSpec)
        try folder.write("ok.yaml", SpecText.minimal())
        let run = try CLI.plotspec(
            ["validate", "--format", "github", "ok.yaml", Self.awkwardFolder + "/bad.yaml"],
            in: folder.path)
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        let pattern = #/^::(error|warning|notice) file=([^,:]*),line=(\d+),col=(\d+),title=([^,:]*)::([^\r\n]*)$/#
        var matches: [(kind: String, file: String, line: String, column: String, title: String, text: String)] = []
        for line in lines {
            let match = try #require(line.wholeMatch(of: pattern), "not a workflow command: \(line)")
            matches.append(
                (
                    String(match.1), String(match.2), String(match.3), String(match.4), String(match.5),
                    String(match.6)
                ))
        }
        // bad.yaml's errors name the folder escaped; ok.yaml only has (coarse-grid) warnings.
        #expect(matches.allSatisfy { $0.file == "ok.yaml" || $0.file == "a%2Cb%3Ac%25d/bad.yaml" })
        #expect(matches.filter { $0.file == "ok.yaml" }.allSatisfy { $0.kind == "warning" })
        let unknown = try #require(matches.first { $0.title == "plotspec spec.unknown-key" }, "\(run.stdout)")
        #expect(unknown.kind == "error" && unknown.file == "a%2Cb%3Ac%25d/bad.yaml")
        #expect((unknown.line, unknown.column) == ("3", "22"))
        #expect(unknown.text.contains("unknown key 'scael'"))
    }

    @Test func jsonFormatIsOneDocumentWithEveryDiagnostic() throws {
        let folder = try TemporaryFolder()
        try folder.write("bad.yaml", Self.badSpec)
        try folder.write("worse.yaml", "figure: {output: \"a\tb\\n\".png}\nseed: -1\nfoo: 1\n")
        let run = try CLI.plotspec(["validate", "--format", "json", "bad.yaml", "worse.yaml"], in: folder.path)
        #expect(run.status == 1)
        let document = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let diagnostics = try #require(document?["diagnostics"] as? [[String: Any]], "\(run.stdout)")
        #expect(diagnostics.count >= 3, "\(run.stdout)")
        for fields in diagnostics {
            #expect(fields["severity"] as? String == "error")
            #expect(fields["code"] is String && fields["message"] is String)
            #expect(fields["file"] is String && fields["line"] is Int && fields["column"] is Int, "\(fields)")
        }
    }

    /// Colour only when standard error is a terminal (`script` provides one), and never with `--no-color` or
    /// `NO_COLOR`.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs script(1)"))
    func colourOnlyOnATerminalAndNeverWhenDisabled() throws {
        let binary = try #require(Repository.plotspecBinary)
        let folder = try TemporaryFolder()
        try folder.write("bad.yaml", Self.badSpec)
        func underTerminal(_ command: String, noColor: Bool) throws -> String {
            var environment = ProcessInfo.processInfo.environment
            environment["NO_COLOR"] = noColor ? "1" : nil
            return try CLI.run(
                "/usr/bin/script", ["-qec", command, "/dev/null"], in: folder.path,
                environment: environment
            ).stdout
        }
        let escape = "\u{1B}[1;31m"
        #expect(try underTerminal("\(binary) validate bad.yaml", noColor: false).contains(escape))
        #expect(try !underTerminal("\(binary) validate --no-color bad.yaml", noColor: false).contains(escape))
        #expect(try !underTerminal("\(binary) validate bad.yaml", noColor: true).contains(escape))
        let piped = try CLI.plotspec(["validate", "bad.yaml"], in: folder.path)
        #expect(!piped.stderr.contains("\u{1B}["))
    }
}
