import Foundation
import PlotWatch
import Testing

/// Every watcher, wired through the debouncer, reports each way of saving a watched file exactly once,
/// and nothing else.
@Suite struct FileWatcherTests {
    static let cases = WatcherKind.allCases.flatMap { kind in SavePattern.allCases.map { (kind, $0) } }

    @Test(arguments: cases)
    func eachSavePatternIsOneChange(kind: WatcherKind, pattern: SavePattern) throws {
        let folder = try WatchFolder()
        let spec = try folder.create("spec.yaml")
        let harness = WatchHarness(kind)
        harness.watcher.watch([spec])
        try pattern.save("first: 2\nsecond: 3\n", to: spec)
        #expect(harness.nextChange() == [spec])
        #expect(harness.staysQuiet())
        #expect(try String(contentsOfFile: spec, encoding: .utf8) == "first: 2\nsecond: 3\n")
    }

    /// inotify tells when a save is over (the debouncer then waits 10 ms, not 50): every save pattern
    /// ends finished, since each closes the file after writing or renames a file onto it. Polling cannot
    /// tell, so it never says so.
    @Test(arguments: cases)
    func everySavePatternEndsFinished(kind: WatcherKind, pattern: SavePattern) throws {
        let folder = try WatchFolder()
        let spec = try folder.create("spec.yaml")
        let log = ReportLog()
        let watcher = kind.make { log.append($0) }
        defer { watcher.stop() }
        watcher.watch([spec])
        try pattern.save("first: 2\nsecond: 3\n", to: spec)
        #expect(log.finished(spec) == (kind == .native && Self.tellsWhenSavesEnd))
    }

    /// A file still open for writing is not finished, however long it waits; closing it finishes it.
    @Test(.enabled(if: tellsWhenSavesEnd))
    func aFileStillOpenIsNotFinished() throws {
        let folder = try WatchFolder()
        let spec = try folder.create("spec.yaml")
        let log = ReportLog()
        let watcher = WatcherKind.native.make { log.append($0) }
        defer { watcher.stop() }
        watcher.watch([spec])
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: spec))
        try handle.write(contentsOf: Data("first: 5\n".utf8))
        #expect(log.finished(spec) == false)
        try handle.close()
        #expect(log.finished(spec) == true)
        // A change of attributes after the save (an editor restoring the file's mode) leaves it finished.
        #expect(chmod(spec, 0o600) == 0)
        #expect(log.finished(spec) == true)
    }

    /// Whether this platform's native watcher reports finished saves (inotify does).
    static var tellsWhenSavesEnd: Bool {
        #if os(Linux)
            true
        #else
            false
        #endif
    }

    /// The watch goes on after a save that replaced the file: the second save is reported too.
    @Test(arguments: WatcherKind.allCases)
    func savesAfterAReplacementAreStillSeen(kind: WatcherKind) throws {
        let folder = try WatchFolder()
        let spec = try folder.create("spec.yaml")
        let harness = WatchHarness(kind)
        harness.watcher.watch([spec])
        for round in 0..<3 {
            try SavePattern.temporaryAndRename.save("round: \(round)\n", to: spec)
            #expect(harness.nextChange() == [spec])
        }
    }

    /// Other files in a watched folder (an editor's temporary files, a rendered figure) are not reported.
    @Test(arguments: WatcherKind.allCases)
    func otherFilesInTheFolderAreIgnored(kind: WatcherKind) throws {
        let folder = try WatchFolder()
        let spec = try folder.create("spec.yaml")
        let harness = WatchHarness(kind)
        harness.watcher.watch([spec])
        try folder.create("figure.png", "not a spec")
        try folder.create(".spec.yaml.swp", "vim swap")
        #expect(harness.staysQuiet())
        try SavePattern.writeInPlace.save("first: 22\n", to: spec)
        #expect(harness.nextChange() == [spec])
    }

    /// Files changed in one burst arrive as one batch; a file that does not exist yet is reported when
    /// it is created. (The wait after a finished save is widened to 0.5 s: at the default 10 ms, whether
    /// two saves in a row are one burst would depend on how fast this machine runs the test.)
    @Test(arguments: WatcherKind.allCases)
    func burstsAcrossFilesAndNewFiles(kind: WatcherKind) throws {
        let folder = try WatchFolder()
        let spec = try folder.create("spec.yaml")
        let shared = try folder.create("shared.yaml")
        let later = folder.file("later.yaml")
        let harness = WatchHarness(kind, finishedQuiet: .milliseconds(500))
        harness.watcher.watch([spec, shared, later])
        try SavePattern.truncateAndWrite.save("a: 1\n", to: spec)
        try SavePattern.temporaryAndRename.save("b: 1\n", to: shared)
        #expect(harness.nextChange() == [spec, shared])
        try folder.create("later.yaml")
        #expect(harness.nextChange() == [later])
    }

    /// `watch` replaces the watched set: a file no longer in it is not reported, a new one is.
    @Test(arguments: WatcherKind.allCases)
    func watchingAnotherSetRetargets(kind: WatcherKind) throws {
        let folder = try WatchFolder()
        let old = try folder.create("old.yaml")
        let subfolder = folder.file("shared")
        try FileManager.default.createDirectory(atPath: subfolder, withIntermediateDirectories: true)
        let new = try folder.create("shared/new.yaml")
        let harness = WatchHarness(kind)
        harness.watcher.watch([old])
        harness.watcher.watch([new])
        try SavePattern.writeInPlace.save("old: 2\n", to: old)
        #expect(harness.staysQuiet())
        try SavePattern.writeInPlace.save("new: 2\n", to: new)
        #expect(harness.nextChange() == [new])
    }

    /// A watched symbolic link is changed by a save of the file it points to, in place or by rename.
    @Test(arguments: WatcherKind.allCases)
    func symbolicLinkFollowsItsTarget(kind: WatcherKind) throws {
        let folder = try WatchFolder()
        try FileManager.default.createDirectory(atPath: folder.file("real"), withIntermediateDirectories: true)
        let target = try folder.create("real/target.yaml")
        let link = folder.file("spec.yaml")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let harness = WatchHarness(kind)
        harness.watcher.watch([link])
        try SavePattern.writeInPlace.save("first: 3\n", to: target)
        #expect(harness.nextChange() == [link])
        try SavePattern.temporaryAndRename.save("first: 4\n", to: target)
        #expect(harness.nextChange() == [link])
    }

    /// Watching and stopping many times leaves no file descriptor open (counted in /proc/self/fd). Other
    /// tests run in parallel and open files too, so the check allows a little noise, far below the one
    /// descriptor per cycle a leak would cost.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/fd")), arguments: WatcherKind.allCases)
    func stoppingReleasesDescriptors(kind: WatcherKind) throws {
        let folder = try WatchFolder()
        let spec = try folder.create("spec.yaml")
        func openDescriptors() throws -> Int {
            try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count
        }
        let before = try openDescriptors()
        for _ in 0..<200 {
            let watcher = kind.make { _ in }
            watcher.watch([spec, folder.file("other.yaml")])
            watcher.stop()
        }
        let after = try openDescriptors()
        #expect(after - before < 40, "\(after - before) more descriptors after 200 watch/stop cycles")
    }
}
