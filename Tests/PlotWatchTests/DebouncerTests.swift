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
