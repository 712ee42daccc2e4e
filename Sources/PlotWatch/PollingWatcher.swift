import Dispatch
import PlotConcurrency

/// A `FileWatcher` that looks at every watched file's `FileState` a few times a second: it works on every
/// platform and file system (network mounts included), at the cost of a little latency.
///
/// A change is reported once the file has looked the same for one more poll, so a save that spans two
/// polls (truncated at one, written by the next) is one report, not a report of the empty file and
/// another of the written one. With the default interval of 50 ms a save is reported 50–100 ms after it
/// ends; each poll costs two `stat` calls per file.
public final class PollingWatcher: FileWatcher {
    public static let defaultInterval: DispatchTimeInterval = .milliseconds(50)

    private struct Watched: Sendable {
        /// The state last reported (or seen when the path started being watched).
        var reported: FileState
        /// The state at the previous poll, to tell a file that is still changing.
        var previous: FileState
    }

    private struct State: Sendable {
        var watched: [String: Watched] = [:]
        var stopped = false
    }

    private let state = Locked(State())
    private let onChange: @Sendable (FileChanges) -> Void
    private let queue = WatchQueue(label: "plotspec.watch.polling")
    private let timer: any DispatchSourceTimer

    public init(
        interval: DispatchTimeInterval = PollingWatcher.defaultInterval,
        onChange: @escaping @Sendable (FileChanges) -> Void
    ) {
        self.onChange = onChange
        timer = DispatchSource.makeTimerSource(queue: queue.queue)
        timer.schedule(deadline: .now() + interval, repeating: interval, leeway: .milliseconds(5))
        timer.setEventHandler { [weak self] in self?.poll() }
        timer.resume()
    }

    deinit { timer.cancel() }

    public func watch(_ paths: Set<String>) {
        // New paths start from their state now, read here rather than at the next poll, so a change made
        // right after `watch` returns is a change.
        let fresh = paths.map { ($0, FileState.current($0)) }
        state.withLock { state in
            guard !state.stopped else { return }
            var watched: [String: Watched] = [:]
            for (path, now) in fresh {
                watched[path] = state.watched[path] ?? Watched(reported: now, previous: now)
            }
            state.watched = watched
        }
    }

    public func stop() {
        state.withLock { state in
            state.stopped = true
            state.watched = [:]
        }
        timer.cancel()
        queue.drain()
    }

    private func poll() {
        let paths = state.withLock { $0.stopped ? [] : Array($0.watched.keys) }
        let seen = paths.map { ($0, FileState.current($0)) }
        let changed: Set<String> = state.withLock { state in
            var changed: Set<String> = []
            for (path, now) in seen {
                guard var entry = state.watched[path] else { continue }
                if now != entry.previous {
                    entry.previous = now
                } else if now != entry.reported {
                    entry.reported = now
                    changed.insert(path)
                }
                state.watched[path] = entry
            }
            return state.stopped ? [] : changed
        }
        if !changed.isEmpty { onChange(FileChanges(paths: changed)) }
    }
}
