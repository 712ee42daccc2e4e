import Foundation
import PlotDiagnostics
import Testing

@testable import PlotSpecKit

/// `Pipeline.check`'s output rules at their edges: what it accepts `OutputWriter` can write, and what it
/// refuses is refused at the spec's `output` node.
@Suite struct OutputTargetTests {
    /// Checks a minimal spec at `<folder>/spec.yaml` with `output` and the folder as working directory.
    static func check(_ output: String, in folder: TemporaryFolder) throws -> Result<CheckedSpec, DiagnosticError> {
        let spec = try folder.write("spec.yaml", SpecText.minimal(output: output))
        var claims = OutputClaims(workingDirectory: folder.path)
        let options = OutputOptions(allowOutside: true, workingDirectory: folder.path)
        return Result { () throws(DiagnosticError) -> CheckedSpec in
            try Pipeline().check(path: spec, options: options, claims: &claims)
        }
    }

    @Test func aNameOfTheLongestAllowedLengthValidatesAndIsWritten() throws {
        let folder = try TemporaryFolder()
        let name = String(repeating: "é", count: 125) + "n.png"  // 255 bytes, 130 characters
        #expect(name.utf8.count == 255)
        let checked = try Self.check("\"\(name)\"", in: folder).get()
        try OutputWriter.write([1, 2, 3], to: checked.output)
        #expect(FileManager.default.fileExists(atPath: folder.path + "/" + name))
    }

    @Test func aNameOneByteTooLongIsRefusedAtTheOutputNode() throws {
        let folder = try TemporaryFolder()
        let result = try Self.check("\"" + String(repeating: "n", count: 252) + ".png\"", in: folder)
        guard case .failure(let error) = result else {
            Issue.record("a 256-byte name was accepted")
            return
        }
        #expect(error.diagnostics.map(\.code) == ["output.name-too-long"])
        #expect(error.diagnostics.first?.location?.line == 1)
        #expect(error.diagnostics.first?.location?.column == 18)
    }

    @Test func temporaryNamesStayWithinTheNameLimitAndApart() {
        let long = String(repeating: "x", count: 250)
        let first = OutputWriter.temporaryPath(for: "figs/" + long + "a.png")
        let second = OutputWriter.temporaryPath(for: "figs/" + long + "b.png")
        #expect(first != second)
        for path in [first, second] {
            #expect((path as NSString).lastPathComponent.utf8.count <= 255)
            #expect(path.hasPrefix("figs/."))
        }
        #expect(OutputWriter.temporaryPath(for: "a.png") == ".a.png.\(getpid()).tmp")
    }

    @Test func theSameSpecNamedTwiceIsNotADuplicateButAnotherSpecIs() throws {
        let folder = try TemporaryFolder()
        let a = try folder.write("a.yaml", SpecText.minimal(output: "same.png"))
        let b = try folder.write("sub/b.yaml", SpecText.minimal(output: "../same.png"))
        let pipeline = Pipeline()
        var claims = OutputClaims(workingDirectory: folder.path)
        let options = OutputOptions(workingDirectory: folder.path)
        _ = try pipeline.check(path: a, options: options, claims: &claims)
        _ = try pipeline.check(path: a, options: options, claims: &claims)
        do {
            _ = try pipeline.check(path: b, options: options, claims: &claims)
            Issue.record("two specs writing one file were accepted")
        } catch {
            #expect(error.diagnostics.map(\.code) == ["output.duplicate"])
            #expect(error.diagnostics.first?.location?.file == b)
            #expect(error.diagnostics.first?.notes.first?.span?.start.file == a)
        }
    }

    @Test func sharedFileDiagnosticsPassOnceButTheSpecsOwnAlways() {
        let shared = Messages.Spec.unknownKey(
            "x", in: "figure", at: SourceSpan(start: SourceLocation(file: "s.yaml", line: 1, column: 1)),
            suggestion: nil)
        let own = Messages.Spec.unknownKey(
            "y", in: "figure", at: SourceSpan(start: SourceLocation(file: "a.yaml", line: 2, column: 1)),
            suggestion: nil)
        var withNote = shared
        withNote.notes = [Diagnostic.Note("included from b", at: nil)]
        var filter = SharedDiagnosticFilter()
        #expect(filter.firstReports([shared, own], ofSpec: "a.yaml") == [shared, own])
        #expect(filter.firstReports([withNote, own], ofSpec: "a.yaml") == [own])
    }
}
