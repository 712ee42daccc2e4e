import Dispatch
import Foundation
import PlotWatch
import Testing

@Suite struct DebouncerTests {
    /// Events closer together than the quiet period are one delivery holding every path.
    @Test func burstIsOneDelivery() {
        let changes = ChangeQueue()
        let debouncer = Debouncer(quiet: .milliseconds(200)) { changes.push($0) }
        defer { debouncer.stop() }
        debouncer.add(["/nonexistent-but-irrelevant/a"])
        debouncer.add(["/b"])
        debouncer.add(["/b", "/c"])
        // Missing paths get extra time to reappear, so these are delivered after the grace; still one batch.
        #expect(changes.next(until: .now() + 10) == .changed(["/nonexistent-but-irrelevant/a", "/b", "/c"]))
        #expect(changes.next(until: .now() + 0.8) == .timedOut)
    }

    /// A deleted file that comes back within the grace is delivered once, after it is back.
    @Test func missingFileWaitsForItsReturn() throws {
        let folder = try WatchFolder()
        let path = folder.file("spec.yaml")
        let changes = ChangeQueue()
        let debouncer = Debouncer(quiet: .milliseconds(20), missingGrace: .seconds(5)) { changes.push($0) }
        defer { debouncer.stop() }
        debouncer.add([path])
        #expect(changes.next(until: .now() + 0.3) == .timedOut)
        try folder.create("spec.yaml")
        debouncer.add([path])
        #expect(changes.next(until: .now() + 10) == .changed([path]))
        #expect(FileManager.default.fileExists(atPath: path))
    }

    /// A save the watcher reports over is delivered after the short quiet period, not the long one.
    @Test func aFinishedSaveIsDeliveredSooner() {
        let changes = ChangeQueue()
        let debouncer = Debouncer(quiet: .seconds(30), finishedQuiet: .milliseconds(10)) { changes.push($0) }
        defer { debouncer.stop() }
        debouncer.add(FileChanges(paths: ["/"], finished: ["/"]))
        #expect(changes.next(until: .now() + 10) == .changed(["/"]))
    }

    /// One pending path whose save is not over holds the whole batch to the long quiet period.
    @Test func anUnfinishedSaveHoldsTheBatch() {
        let changes = ChangeQueue()
        let debouncer = Debouncer(quiet: .seconds(30), finishedQuiet: .milliseconds(10)) { changes.push($0) }
        defer { debouncer.stop() }
        debouncer.add(FileChanges(paths: ["/", "/tmp"], finished: ["/"]))
        #expect(changes.next(until: .now() + 0.5) == .timedOut)
    }

    /// A later report that a finished path is being written again makes it unfinished; finishing it
    /// again delivers. (The short quiet period is 2 s here so that the second report surely comes
    /// within it, however slowly this machine runs the test.)
    @Test func aLaterWriteReopensAFinishedSave() {
        let changes = ChangeQueue()
        let debouncer = Debouncer(quiet: .seconds(30), finishedQuiet: .seconds(2)) { changes.push($0) }
        defer { debouncer.stop() }
        debouncer.add(FileChanges(paths: ["/"], finished: ["/"]))
        debouncer.add(FileChanges(paths: ["/"]))
        #expect(changes.next(until: .now() + 2.5) == .timedOut)
        debouncer.add(FileChanges(paths: ["/"], finished: ["/"]))
        #expect(changes.next(until: .now() + 10) == .changed(["/"]))
    }

    /// A report that says nothing about the save (a `chmod` after it) leaves it finished.
    @Test func anAttributeChangeLeavesASaveFinished() {
        let changes = ChangeQueue()
        let debouncer = Debouncer(quiet: .seconds(30), finishedQuiet: .milliseconds(10)) { changes.push($0) }
        defer { debouncer.stop() }
        debouncer.add(FileChanges(paths: ["/", "/tmp"], finished: ["/"], unfinished: []))
        #expect(changes.next(until: .now() + 10) == .changed(["/", "/tmp"]))
    }

    /// Nothing is delivered after `stop`.
    @Test func stopDropsPending() {
        let changes = ChangeQueue()
        let debouncer = Debouncer(quiet: .milliseconds(50)) { changes.push($0) }
        debouncer.add(["/"])
        debouncer.stop()
        #expect(changes.next(until: .now() + 0.5) == .timedOut)
    }
}

@Suite struct ChangeQueueTests {
    /// Changes pushed while the loop is busy are taken as one round.
    @Test func pendingChangesMerge() {
        let queue = ChangeQueue()
        queue.push(["a"])
        queue.push(["b"])
        #expect(queue.next(until: .now() + 1) == .changed(["a", "b"]))
        #expect(queue.next(until: .now() + 0.1) == .timedOut)
    }

    /// Closing (Ctrl-C) wins over pending changes and wakes a waiting loop.
    @Test func closeEndsTheLoop() {
        let queue = ChangeQueue()
        queue.push(["a"])
        queue.close()
        #expect(queue.next(until: .now() + 1) == .closed)
        let waiting = ChangeQueue()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.05) { waiting.close() }
        #expect(waiting.next(until: .now() + 10) == .closed)
    }
}
