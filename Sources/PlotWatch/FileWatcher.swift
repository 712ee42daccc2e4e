/// Watches a set of files and reports which of them changed.
///
/// A report (`FileChanges`) names the watched paths exactly as they were given to `watch(_:)`, so a caller
/// can look them up in its own tables, and says which of them a save has finished with when the platform
/// tells. Reports are raw: one save can produce several (an editor's write to a temporary file and
/// rename, a truncate and a write); put a `Debouncer` between a watcher and whatever re-renders.
///
/// A path may name a file that does not exist yet, as long as its folder exists: creating it is a change.
/// Every way editors save is a change of the path: writing in place, truncating and writing, writing a
/// temporary file and renaming it over the path, deleting and recreating it, and (for a symbolic link)
/// writing the file it points to.
///
/// Not `Sendable`: Dispatch's sources are not marked so on Linux. Call `watch` and `stop` from one thread
/// (the watch loop's); reports arrive on the watcher's own queue.
public protocol FileWatcher: AnyObject {
    /// Replaces the set of files watched. Paths watched before and still in the set keep being watched
    /// without a gap, so a change made while the caller was busy is still reported.
    func watch(_ paths: Set<String>)

    /// Stops watching and releases every file descriptor; nothing is reported after it returns.
    func stop()
}

/// The file watchers plotspec has, and the one to use on this platform.
public enum FileWatchers {
    /// The platform's own notifications (inotify on Linux, kqueue vnode events through Dispatch on
    /// macOS), else polling.
    /// `onChange` is called on a private queue with what changed.
    public static func platformDefault(onChange: @escaping @Sendable (FileChanges) -> Void) -> any FileWatcher {
        #if os(Linux)
            // inotify can be unavailable (a kernel built without it, or the per-user instance limit
            // reached); polling then still works.
            if let watcher = InotifyWatcher(onChange: onChange) { return watcher }
            return PollingWatcher(onChange: onChange)
        #elseif canImport(Darwin)
            return VnodeWatcher(source: DispatchVnodeSource(), onChange: onChange)
        #else
            return PollingWatcher(onChange: onChange)
        #endif
    }
}
