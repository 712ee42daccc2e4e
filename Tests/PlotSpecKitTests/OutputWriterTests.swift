import Foundation
import PlotDiagnostics
import Testing

@testable import PlotSpecKit

/// A write that fails must leave the previous figure byte for byte and no temporary file behind.
@Suite struct OutputWriterTests {
    static let old: [UInt8] = Array("previous figure".utf8)

    static func leftovers(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".tmp") }
    }

    @Test func replacesTheFileAndLeavesNoTemporary() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("out/fig.png", Self.old)
        try OutputWriter.write([1, 2, 3], to: path)
        #expect(FileManager.default.contents(atPath: path) == Data([1, 2, 3]))
        #expect(Self.leftovers(in: folder.path + "/out").isEmpty)
    }

    @Test func createsMissingFolders() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/a/b/c/fig.png"
        try OutputWriter.write([7], to: path)
        #expect(FileManager.default.contents(atPath: path) == Data([7]))
    }

    /// Permissions do not stop root, so this case only runs for other users.
    @Test(.enabled(if: getuid() != 0, "root ignores directory permissions"))
    func unwritableFolderKeepsTheOldFigure() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("locked/fig.png", Self.old)
        let locked = folder.path + "/locked"
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked) }
        #expect(throws: DiagnosticError.self) { try OutputWriter.write([1, 2, 3], to: path) }
        #expect(FileManager.default.contents(atPath: path) == Data(Self.old))
        #expect(Self.leftovers(in: locked).isEmpty)
    }

    @Test func aFileInTheWayOfTheFolderIsAnError() throws {
        let folder = try TemporaryFolder()
        try folder.write("blocker", Self.old)
        let error = try #require(throws: DiagnosticError.self) {
            try OutputWriter.write([1], to: folder.path + "/blocker/fig.png")
        }
        #expect(error.diagnostics.first?.code == "output.write")
        #expect(FileManager.default.contents(atPath: folder.path + "/blocker") == Data(Self.old))
    }

    /// A write that fails half-way (disk full, simulated with a file-size limit in a child process, which
    /// stops root too) keeps the old figure and removes the temporary file.
    @Test(.enabled(if: Repository.plotspecBinary != nil, "needs the plotspec binary"))
    func failedRenderWriteKeepsTheOldFigure() throws {
        let binary = try #require(Repository.plotspecBinary)
        let folder = try TemporaryFolder()
        try folder.write("spec.yaml", SpecText.minimal(output: "fig.png"))
        let old = Array(repeating: UInt8(ascii: "o"), count: 100)
        let figure = try folder.write("fig.png", old)
        // `ulimit -f 1` caps files at one block; with SIGXFSZ ignored, write() fails with EFBIG instead.
        let run = try CLI.run(
            "/bin/sh", ["-c", "trap '' XFSZ; ulimit -f 1; exec \"$0\" render spec.yaml", binary],
            in: folder.path)
        #expect(run.status == 1, "stdout: \(run.stdout)\nstderr: \(run.stderr)")
        #expect(run.stderr.contains("cannot write"), "\(run.stderr)")
        #expect(FileManager.default.contents(atPath: figure) == Data(old))
        #expect(Self.leftovers(in: folder.path).isEmpty)
        let hidden = (try FileManager.default.contentsOfDirectory(atPath: folder.path)).filter { $0.hasPrefix(".") }
        #expect(hidden.isEmpty, "\(hidden)")
    }
}
