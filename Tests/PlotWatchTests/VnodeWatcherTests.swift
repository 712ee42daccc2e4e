import Dispatch
import Foundation
import PlotWatch
import Testing

/// A `VnodeEventSource` the test fires by hand, standing in for kqueue (which Linux does not have): the
/// files are real and changed on disk; the test sends the events macOS would send for each change.
final class ManualVnodeSource: VnodeEventSource, @unchecked Sendable {
    final class Watch: VnodeWatch, @unchecked Sendable {
        let path: String
        let queue: DispatchQueue
        let handler: @Sendable (VnodeEvent) -> Void
        private let lock = NSLock()
        private var cancelled = false

        init(path: String, queue: DispatchQueue, handler: @escaping @Sendable (VnodeEvent) -> Void) {
            self.path = path
            self.queue = queue
            self.handler = handler
        }

        var isLive: Bool { lock.withLock { !cancelled } }

        func cancel() { lock.withLock { cancelled = true } }
    }

    private let lock = NSLock()
    private var watches: [Watch] = []

    func watch(
        _ path: String, queue: DispatchQueue, handler: @escaping @Sendable (VnodeEvent) -> Void
    ) -> (any VnodeWatch)? {
        // As `open(O_EVTONLY)`: nothing to open, no watch.
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let watch = Watch(path: path, queue: queue, handler: handler)
        lock.withLock { watches.append(watch) }
        return watch
    }

    /// The watches open now on `path`.
    func live(_ path: String) -> [Watch] { lock.withLock { watches.filter { $0.path == path && $0.isLive } } }

    /// Every watch open now.
    var liveCount: Int { lock.withLock { watches.filter(\.isLive).count } }

    /// Sends `event` to every live watch on `path`, as the kernel would, on the watch's queue.
    func fire(_ path: String, _ event: VnodeEvent) {
        for watch in live(path) { watch.queue.async { watch.handler(event) } }
    }
}

/// `VnodeWatcher`'s bookkeeping: which paths an event reports, and how watches follow files that editors
/// replace. The events are those macOS sends for each change (a folder's entries changing is a write on
/// the folder; a file replaced by a rename, or deleted, gets a delete).
@Suite struct VnodeWatcherTests {
    final class Harness {
        let folder: WatchFolder
        let source = ManualVnodeSource()
        let changes = ChangeQueue()
        let watcher: VnodeWatcher

        init() throws {
            folder = try WatchFolder()
            let changes = changes
            watcher = VnodeWatcher(source: source) { changes.push($0.paths) }
        }

        deinit { watcher.stop() }

        func next() -> Set<String>? {
            if case .changed(let paths) = changes.next(until: .now() + 10) { return paths }
            return nil
        }

        func quiet() -> Bool { changes.next(until: .now() + 0.3) == .timedOut }
    }

    @Test func aWriteInPlaceIsReported() throws {
        let harness = try Harness()
        let spec = try harness.folder.create("spec.yaml")
        harness.watcher.watch([spec])
        #expect(harness.source.live(spec).count == 1 && harness.source.live(harness.folder.path).count == 1)
        try SavePattern.writeInPlace.save("first: 2\n", to: spec)
        harness.source.fire(spec, .write)
        #expect(harness.next() == [spec])
    }

    /// A temporary file renamed over the spec: the folder's event reports it and the watch moves to the
    /// new file, whose next write is seen.
    @Test func aFileReplacedByRenameIsReportedAndFollowed() throws {
        let harness = try Harness()
        let spec = try harness.folder.create("spec.yaml")
        harness.watcher.watch([spec])
        let old = try #require(harness.source.live(spec).first)
        try SavePattern.temporaryAndRename.save("first: 3\n", to: spec)
        harness.source.fire(harness.folder.path, .write)
        #expect(harness.next() == [spec])
        #expect(!old.isLive, "the watch on the replaced file is closed")
        #expect(harness.source.live(spec).count == 1, "and one is open on the new file")
        try SavePattern.writeInPlace.save("first: 4\n", to: spec)
        harness.source.fire(spec, .write)
        #expect(harness.next() == [spec])
    }

    /// Deleted: reported, and the watch closed; recreated: the folder's event reports it and opens a watch.
    @Test func aDeletedFileIsWatchedAgainWhenItComesBack() throws {
        let harness = try Harness()
        let spec = try harness.folder.create("spec.yaml")
        harness.watcher.watch([spec])
        try FileManager.default.removeItem(atPath: spec)
        harness.source.fire(spec, .delete)
        #expect(harness.next() == [spec])
        #expect(harness.source.live(spec).isEmpty)
        try harness.folder.create("spec.yaml", "first: 5\n")
        harness.source.fire(harness.folder.path, .write)
        #expect(harness.next() == [spec])
        #expect(harness.source.live(spec).count == 1)
    }

    /// Other entries of the folder changing (an editor's swap file, a rendered figure) report nothing.
    @Test func otherFilesInTheFolderAreNotReported() throws {
        let harness = try Harness()
        let spec = try harness.folder.create("spec.yaml")
        harness.watcher.watch([spec])
        try harness.folder.create(".spec.yaml.swp", "swap")
        harness.source.fire(harness.folder.path, .write)
        #expect(harness.quiet())
    }

    /// A watched symbolic link follows its target: the target's folder and file are watched too.
    @Test func aLinkIsChangedByAWriteToItsTarget() throws {
        let harness = try Harness()
        try FileManager.default.createDirectory(
            atPath: harness.folder.file("real"), withIntermediateDirectories: true)
        let target = try harness.folder.create("real/target.yaml")
        let link = harness.folder.file("spec.yaml")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        harness.watcher.watch([link])
        let canonicalTarget = target  // the test folder's path is already canonical
        #expect(harness.source.live(canonicalTarget).count == 1)
        try SavePattern.writeInPlace.save("first: 6\n", to: target)
        harness.source.fire(canonicalTarget, .write)
        #expect(harness.next() == [link])
    }

    /// Watching another set closes the watches no longer needed; stopping closes every one, and nothing
    /// is reported after it.
    @Test func retargetingAndStoppingCloseWatches() throws {
        let harness = try Harness()
        let first = try harness.folder.create("first.yaml")
        try FileManager.default.createDirectory(
            atPath: harness.folder.file("other"), withIntermediateDirectories: true)
        let second = try harness.folder.create("other/second.yaml")
        harness.watcher.watch([first])
        #expect(harness.source.liveCount == 2)
        harness.watcher.watch([second])
        #expect(harness.source.live(first).isEmpty && harness.source.live(harness.folder.path).isEmpty)
        #expect(harness.source.liveCount == 2)
        harness.watcher.stop()
        #expect(harness.source.liveCount == 0)
        try SavePattern.writeInPlace.save("x: 1\n", to: second)
        harness.source.fire(second, .write)
        #expect(harness.quiet())
    }

    /// A watched folder that is deleted reports its files; the next `watch` opens it again.
    @Test func aFolderThatGoesAwayReportsItsFiles() throws {
        let harness = try Harness()
        let subfolder = harness.folder.file("shared")
        try FileManager.default.createDirectory(atPath: subfolder, withIntermediateDirectories: true)
        let shared = try harness.folder.create("shared/landscape.yaml")
        harness.watcher.watch([shared])
        let old = try #require(harness.source.live(shared).first)
        try FileManager.default.removeItem(atPath: subfolder)
        harness.source.fire(subfolder, .delete)
        #expect(harness.next() == [shared])
        #expect(harness.source.live(subfolder).isEmpty && !old.isLive)
        try FileManager.default.createDirectory(atPath: subfolder, withIntermediateDirectories: true)
        try harness.folder.create("shared/landscape.yaml")
        harness.watcher.watch([shared])
        #expect(harness.source.live(subfolder).count == 1 && harness.source.live(shared).count == 1)
        harness.source.fire(shared, .write)
        #expect(harness.next() == [shared])
    }
}
