/// One report of a `FileWatcher`: the watched paths that changed, and those among them whose save is over.
///
/// A watcher that sees how a save ends says so: on Linux, the file closed after a write (`IN_CLOSE_WRITE`)
/// or another file renamed onto it (`IN_MOVED_TO`, how editors that write a temporary file finish) with
/// no write, creation, deletion or rename away after it. The `Debouncer` then waits a few milliseconds
/// instead of its full quiet period, which is most of a live preview's latency. A watcher that cannot
/// tell (polling) reports no path as finished, and the full quiet period applies.
public struct FileChanges: Hashable, Sendable {
    /// The watched paths, as given to `watch(_:)`, that changed.
    public var paths: Set<String>
    /// The paths among `paths` whose latest event ended a save.
    public var finished: Set<String>
    /// The paths among `paths` whose latest event says more may come (a write, a creation, a deletion,
    /// a rename away). A path in neither set had only events that say nothing about the save (an
    /// attribute change after it, such as `chmod`), and keeps what earlier reports said.
    public var unfinished: Set<String>

    /// A report; by default every path not `finished` is `unfinished` (no word that the save is over).
    public init(paths: Set<String>, finished: Set<String> = [], unfinished: Set<String>? = nil) {
        self.paths = paths
        self.finished = finished.intersection(paths)
        self.unfinished = (unfinished ?? paths.subtracting(finished)).intersection(paths).subtracting(finished)
    }
}
