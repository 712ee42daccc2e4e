import Foundation
import PlotDiagnostics
import Testing

@testable import PlotSpecKit

/// A spec may only write inside the current working directory unless the user allows more.
@Suite struct OutputPathTests {
    /// Decodes a minimal spec at `<work>/specs/spec.yaml` whose `output` is `output`, then resolves it with
    /// `<work>` as the working directory.
    static func resolve(
        _ output: String, outputDirectory: String? = nil, allowOutside: Bool = false
    ) throws -> (result: Result<String, DiagnosticError>, work: String, spec: String) {
        let folder = try TemporaryFolder()
        let work = (folder.path as NSString).appendingPathComponent("work")
        let spec = try folder.write("work/specs/spec.yaml", SpecText.minimal(output: output))
        let pipeline = Pipeline()
        let decoded = try pipeline.decode(path: spec)
        let result = Result { () throws(DiagnosticError) -> String in
            try pipeline.outputPath(
                for: decoded, outputDirectory: outputDirectory, allowOutside: allowOutside,
                workingDirectory: work)
        }
        return (result, work, spec)
    }

    @Test(arguments: [
        ("out.png", "specs/out.png"),
        ("../figures/out.png", "figures/out.png"),
        ("./a/./b/../c.svg", "specs/a/c.svg")
    ])
    func pathsInsideTheWorkingDirectoryAreAccepted(_ output: String, _ expected: String) throws {
        let (result, work, _) = try Self.resolve(output)
        #expect(try result.get() == work + "/" + expected)
    }

    @Test(arguments: ["../../out.png", "/etc/plotspec-out.png", "a/../../../out.png", "../../work-other/out.png"])
    func pathsLeavingTheWorkingDirectoryAreRefusedAtTheOutputNode(_ output: String) throws {
        let (result, _, spec) = try Self.resolve(output)
        guard case .failure(let error) = result else {
            Issue.record("'\(output)' was accepted")
            return
        }
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.code == "output.outside")
        #expect(diagnostic.message.contains("--allow-outside"))
        // `figure: {output: …` — the value starts at column 18 of line 1.
        #expect(diagnostic.location == PlotDiagnostics.SourceLocation(file: spec, line: 1, column: 18))
    }

    @Test func allowOutsideLetsTheSpecWriteAnywhere() throws {
        let (result, _, _) = try Self.resolve("/tmp/plotspec-out.png", allowOutside: true)
        #expect(try result.get() == "/tmp/plotspec-out.png")
        let (relative, work, _) = try Self.resolve("../../out.png", allowOutside: true)
        #expect(try relative.get() == (work as NSString).deletingLastPathComponent + "/out.png")
    }

    @Test func anOutputDirectoryIsTrustedAndKeepsOnlyTheFileName() throws {
        let (result, _, _) = try Self.resolve("../../../x/out.png", outputDirectory: "/tmp/figures")
        #expect(try result.get() == "/tmp/figures/out.png")
    }

    @Test(arguments: [
        ("figures/a.png", true), ("a.png", true), ("../a.png", false), ("..", false), (".", false),
        ("/w/a.png", true), ("/w", false), ("/wx/a.png", false), ("/a.png", false)
    ])
    func insideCheck(_ path: String, _ inside: Bool) {
        #expect(Pipeline.isInside(path, workingDirectory: "/w") == inside)
    }
}
