import Dispatch
import PlotConcurrency

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns a burst of file events into one change per file: paths are collected until no new event has
/// arrived for a quiet period, then delivered together.
///
/// One save is several events: vim writes `spec.yaml~`, renames and deletes; VS Code and JetBrains write
/// a temporary file and rename it over the spec; `>` truncates and then writes. Rendering after the first
/// event would read a half-written or missing file, then render again. The default quiet period of
/// **50 ms** is well above the few milliseconds an editor's save takes (a save is a handful of system
/// calls in a row), even on a loaded 2-core machine, and small against the 150 ms from save to figure
/// that a live preview aims at.
///
/// When the watcher reports that every pending path's save is over (`FileChanges.finished`: on Linux the
/// file was closed after writing or renamed into place, with nothing after), the quiet period is
/// **10 ms** instead: long enough for the same save's trailing events (vim deleting its backup, an
/// editor setting permissions) to join the batch, and 40 ms off every save-to-figure time. A program that
/// closes a file and reopens it to write more within the quiet period still gets one render; one that
/// waits longer gets two, the second with the full text. Polling watchers never report a save as over, so
/// they keep the 50 ms.
///
/// A path that is missing when the burst ends gets up to `missingGrace` (default 500 ms) more to
/// reappear, so deleting a file and recreating it with a pause in between (a sync tool, `rm` then a
/// script's write) is one change of the file, not an "file not found" render followed by a good one. A
/// file that stays deleted is reported once the grace is over.
public final class Debouncer: Sendable {
    public static let defaultQuiet: DispatchTimeInterval = .milliseconds(50)
    public static let defaultFinishedQuiet: DispatchTimeInterval = .milliseconds(10)
    public static let defaultMissingGrace: DispatchTimeInterval = .milliseconds(500)

    private struct State: Sendable {
        var pending: Set<String> = []
        /// Pending paths whose save the watcher has not reported over.
        var unfinished: Set<String> = []
        /// Bumped by every `add`; a scheduled delivery only goes ahead if no event came after it.
        var generation = 0
        /// When a delivery first found a pending path missing.
        var missingSince: DispatchTime?
        var stopped = false
    }

    private let state = Locked(State())
    private let queue = WatchQueue(label: "plotspec.watch.debouncer")
    private let quiet: DispatchTimeInterval
    private let finishedQuiet: DispatchTimeInterval
    private let missingGrace: DispatchTimeInterval
    private let deliver: @Sendable (Set<String>) -> Void

    /// `deliver` is called on the debouncer's own queue, one batch at a time.
    public init(
        quiet: DispatchTimeInterval = Debouncer.defaultQuiet,
        finishedQuiet: DispatchTimeInterval = Debouncer.defaultFinishedQuiet,
        missingGrace: DispatchTimeInterval = Debouncer.defaultMissingGrace,
        deliver: @escaping @Sendable (Set<String>) -> Void
    ) {
        self.quiet = quiet
        self.finishedQuiet = finishedQuiet
        self.missingGrace = missingGrace
        self.deliver = deliver
    }

    /// Records a watcher's report; its paths are delivered once events have been quiet for a while (a
    /// short while when every pending save is over).
    public func add(_ changes: FileChanges) {
        guard !changes.paths.isEmpty else { return }
        let (generation, allFinished) = state.withLock { state in
            state.pending.formUnion(changes.paths)
            state.unfinished.formUnion(changes.unfinished)
            state.unfinished.subtract(changes.finished)
            state.generation += 1
            return (state.generation, state.unfinished.isEmpty)
        }
        schedule(generation, after: allFinished ? finishedQuiet : quiet)
    }

    /// Records that `paths` changed, with no word on whether their saves are over.
    public func add(_ paths: Set<String>) {
        add(FileChanges(paths: paths))
    }

    /// Drops whatever is pending; nothing is delivered after this returns.
    public func stop() {
        state.withLock { state in
            state.stopped = true
            state.pending = []
            state.unfinished = []
        }
        queue.drain()
    }

    private func schedule(_ generation: Int, after delay: DispatchTimeInterval) {
        queue.queue.asyncAfter(deadline: .now() + delay) { [self] in fire(generation) }
    }

    private enum Decision {
        case wait
        case retry
        case deliver(Set<String>)
    }

    /// Runs on `queue`, so deliveries never overlap.
    private func fire(_ generation: Int) {
        let now = DispatchTime.now()
        let decision: Decision = state.withLock { state in
            guard !state.stopped, state.generation == generation, !state.pending.isEmpty else { return .wait }
            if state.pending.contains(where: { access($0, F_OK) != 0 }) {
                let since = state.missingSince ?? now
                state.missingSince = since
                if now < since + missingGrace { return .retry }
            }
            defer {
                state.pending = []
                state.unfinished = []
                state.missingSince = nil
            }
            return .deliver(state.pending)
        }
        switch decision {
        case .wait: break
        case .retry: schedule(generation, after: quiet)
        case .deliver(let paths): deliver(paths)
        }
    }
}
