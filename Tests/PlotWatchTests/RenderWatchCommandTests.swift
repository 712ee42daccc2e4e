import Foundation
import Testing

/// `plotspec render --watch`, run as a user runs it: the built binary in a folder of specs, edited on disk.
@Suite(.enabled(if: WatchProcess.binary != nil, "needs the plotspec binary (swift build)"))
struct RenderWatchCommandTests {
    /// Everything of a small valid heatmap spec except its `figure` line.
    static let body = """
        parameters:
          x: {range: [0, 1]}
          y: {range: [0, 1]}
        sampling: {grid: {x: 6, y: 5}}
        score:
          terms:
            - expr: "x + y"
        plot: {heatmap: {x: x, y: y}}

        """

    static func figure(_ output: String) -> String { "figure: {output: \(output), size: [3, 2], dpi: 40}\n" }

    /// A save re-renders (one "wrote … in N s" line); a broken spec prints the diagnostics exactly as
    /// `render` does, and the loop goes on; fixing it renders again; Ctrl-C exits with status 0.
    @Test func editBreakFixAndInterrupt() throws {
        let folder = try WatchFolder()
        let spec = try folder.create("spec.yaml", Self.figure("out.png") + Self.body)
        let watch = try WatchProcess(["render", "--watch", "spec.yaml"], in: folder.path)
        #expect(watch.wait { watch.stderr.contains("watching 1 file; press Ctrl-C to stop\n") })
        #expect(watch.lines(startingWith: "wrote out.png in ") == 1)
        #expect(watch.stdout.range(of: #"^wrote out\.png in \d+\.\d\d s\n$"#, options: .regularExpression) != nil)

        try SavePattern.temporaryAndRename.save(
            Self.figure("out.png") + Self.body.replacingOccurrences(of: "x + y", with: "x * y"), to: spec)
        #expect(watch.wait { watch.lines(startingWith: "wrote out.png in ") == 2 })

        let broken = Self.figure("out.png").replacingOccurrences(of: "figure:", with: "figur:") + Self.body
        try SavePattern.truncateAndWrite.save(broken, to: spec)
        // What a plain `render` prints for the same broken spec, in a folder of its own.
        let other = try WatchFolder()
        try other.create("spec.yaml", broken)
        let plain = try WatchProcess.run(["render", "spec.yaml"], in: other.path)
        #expect(plain.status == 1)
        #expect(plain.stderr.contains("spec.yaml:1:1: error: unknown key 'figur'"))
        #expect(watch.wait { watch.stderr.contains(plain.stderr) }, "\(watch.stderr)")

        try SavePattern.writeInPlace.save(Self.figure("out.png") + Self.body, to: spec)
        #expect(watch.wait { watch.lines(startingWith: "wrote out.png in ") == 3 })
        #expect(watch.interrupt() == 0)
        #expect(FileManager.default.fileExists(atPath: folder.file("out.png")))
    }

    /// A change to a shared file re-renders the specs that extend it and no other; a spec whose
    /// `extends` changes follows its new shared file and stops following the old one.
    ///
    /// Deterministic without waiting for "nothing happened": a round prints its specs in argument order,
    /// so when the line of a later spec appears, an earlier spec of the same round has printed already.
    @Test func sharedFilesRenderTheirDependentsAndExtendsRetargets() throws {
        let folder = try WatchFolder()
        let one = try folder.create("one.yaml", Self.body)
        let two = try folder.create("two.yaml", Self.body)
        try folder.create("b.yaml", "extends: two.yaml\n" + Self.figure("b.png"))
        let a = try folder.create("a.yaml", "extends: one.yaml\n" + Self.figure("a.png"))
        try folder.create("c.yaml", "extends: one.yaml\n" + Self.figure("c.png"))
        let watch = try WatchProcess(["render", "--watch", "b.yaml", "a.yaml", "c.yaml"], in: folder.path)
        #expect(watch.wait { watch.stderr.contains("watching 5 files") }, "\(watch.stderr)")
        func renders(_ name: String) -> Int { watch.lines(startingWith: "wrote \(name).png in ") }

        try SavePattern.writeInPlace.save(Self.body + "# edited\n", to: one)
        #expect(watch.wait { renders("c") == 2 })
        #expect(renders("a") == 2)
        #expect(renders("b") == 1)

        try SavePattern.temporaryAndRename.save("extends: two.yaml\n" + Self.figure("a.png"), to: a)
        #expect(watch.wait { renders("a") == 3 })
        #expect(renders("b") == 1)

        try SavePattern.writeInPlace.save(Self.body + "# edited again\n", to: one)
        #expect(watch.wait { renders("c") == 3 })
        #expect(renders("a") == 3)

        try SavePattern.backupRenameAndWrite.save(Self.body + "# edited\n", to: two)
        #expect(watch.wait { renders("a") == 4 })
        #expect(renders("b") == 2)
        #expect(watch.interrupt() == 0)
    }

    /// A spec whose shared file does not parse still watches it: fixing the shared file renders the spec.
    @Test func brokenSharedFileIsStillWatched() throws {
        let folder = try WatchFolder()
        let shared = try folder.create("shared.yaml", "sampling: {grid: [\n")
        try folder.create("a.yaml", "extends: shared.yaml\n" + Self.figure("a.png"))
        let watch = try WatchProcess(["render", "--watch", "a.yaml"], in: folder.path)
        #expect(watch.wait { watch.stderr.contains("watching 2 files") }, "\(watch.stderr)")
        #expect(watch.stderr.contains("shared.yaml:"))
        #expect(watch.lines(startingWith: "wrote") == 0)
        try SavePattern.deleteAndRecreate.save(Self.body, to: shared)
        #expect(watch.wait { watch.lines(startingWith: "wrote a.png in ") == 1 })
        #expect(watch.interrupt() == 0)
    }

    /// `--watch` with `--check` (or the JSON format, which prints once at the end) is a usage error.
    @Test(arguments: [["--check"], ["--format", "json"]])
    func watchRefusesOneShotOptions(extra: [String]) throws {
        let folder = try WatchFolder()
        try folder.create("spec.yaml", Self.figure("out.png") + Self.body)
        let run = try WatchProcess.run(["render", "--watch", "spec.yaml"] + extra, in: folder.path)
        #expect(run.status == 64)
        #expect(run.stderr.contains("--watch"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("out.png")))
    }
}
