import Dispatch
import PlotConcurrency

/// What a kqueue `EVFILT_VNODE` filter says happened to an open file or folder (on macOS, Dispatch's
/// file-system-object source delivers them).
public struct VnodeEvent: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Written (for a folder: an entry was added, removed or renamed).
    public static let write = VnodeEvent(rawValue: 1 << 0)
    /// Grown.
    public static let extend = VnodeEvent(rawValue: 1 << 1)
    /// Attributes changed (`touch`, `chmod`).
    public static let attrib = VnodeEvent(rawValue: 1 << 2)
    /// Its last name was removed (deleted, or replaced by a rename onto it).
    public static let delete = VnodeEvent(rawValue: 1 << 3)
    /// Renamed away.
    public static let rename = VnodeEvent(rawValue: 1 << 4)
    /// Access revoked (its volume unmounted).
    public static let revoke = VnodeEvent(rawValue: 1 << 5)
    /// Its link count changed.
    public static let link = VnodeEvent(rawValue: 1 << 6)

    /// Events after which the open descriptor no longer stands for the path.
    static let gone: VnodeEvent = [.delete, .rename, .revoke]
}

/// Opens files and folders for vnode events: kqueue through Dispatch on macOS (`DispatchVnodeSource`); a
/// test drives `VnodeWatcher` with its own.
public protocol VnodeEventSource: AnyObject {
    /// Starts watching the file or folder at `path`, calling `handler` on `queue` with each event; nil when
    /// it cannot be opened (it does not exist). The watch holds a descriptor until it is cancelled.
    func watch(
        _ path: String, queue: DispatchQueue, handler: @escaping @Sendable (VnodeEvent) -> Void
    ) -> (any VnodeWatch)?
}

/// One open watch of a `VnodeEventSource`; `cancel` may be called from any thread.
public protocol VnodeWatch: AnyObject, Sendable {
    /// Stops the events and closes the descriptor.
    func cancel()
}

/// A `FileWatcher` on vnode events (kqueue's `EVFILT_VNODE`, the macOS API for watching given files):
/// one watch on each folder holding a watched file, and one on each watched file that exists.
///
/// A vnode watch follows an open file, not a name, and editors replace files: a watch on the old file
/// sees it deleted and then nothing. So, as `InotifyWatcher` does, the folder is watched too: any event on
/// it (an entry added, removed or renamed) compares each watched file in it with its last `FileState`,
/// reports those that differ and opens the new file. An event on a file itself (written, grown, attributes,
/// deleted, renamed away) reports its paths, and when it says the file is gone, or its identity changed,
/// the watch moves to whatever now has its name. Symbolic links are watched in the link's folder and the
/// target's (`WatchedLocation`). A watched folder that goes away reports its files and is opened again
/// by the next `watch` call.
///
/// Vnode events do not say when a write ends (there is no "closed after writing"), so every report is
/// unfinished and the debouncer waits its full quiet period.
///
/// Sendable so the event handlers may hold it weakly: every mutable field is behind `state`'s lock, and
/// `source` is only called under that lock.
public final class VnodeWatcher: FileWatcher, @unchecked Sendable {
    private struct WatchedFile: Sendable {
        var watch: (any VnodeWatch)?
        var state: FileState
    }

    private struct State: Sendable {
        /// Canonical folder → its watch.
        var folders: [String: any VnodeWatch] = [:]
        /// Each watched location → the watch on the file there (nil while nothing is there) and its
        /// state when last looked at.
        var files: [WatchedLocation: WatchedFile] = [:]
        /// Canonical folder → file name in it → the watched paths (as given) that name that file.
        var names: [String: [String: Set<String>]] = [:]
        var stopped = false
    }

    private let source: any VnodeEventSource
    private let state = Locked(State())
    private let queue = WatchQueue(label: "plotspec.watch.vnode")
    private let onChange: @Sendable (FileChanges) -> Void

    public init(source: any VnodeEventSource, onChange: @escaping @Sendable (FileChanges) -> Void) {
        self.source = source
        self.onChange = onChange
    }

    deinit { stop() }

    public func watch(_ paths: Set<String>) {
        let wanted = WatchedLocation.byFolder(paths)
        state.withLock { state in
            guard !state.stopped else { return }
            for (folder, watch) in state.folders where wanted[folder] == nil {
                watch.cancel()
                state.folders[folder] = nil
            }
            for (location, file) in state.files where wanted[location.folder]?[location.name] == nil {
                file.watch?.cancel()
                state.files[location] = nil
            }
            for (folder, names) in wanted {
                if state.folders[folder] == nil {
                    // A folder that cannot be opened is skipped; the next `watch` call tries again.
                    state.folders[folder] = source.watch(folder, queue: queue.queue) { [weak self] event in
                        self?.folderChanged(folder, event)
                    }
                }
                for name in names.keys {
                    let location = WatchedLocation(folder: folder, name: name)
                    if state.files[location] == nil {
                        state.files[location] = WatchedFile(
                            watch: openFile(location), state: FileState.current(location.path))
                    }
                }
            }
            state.names = wanted
        }
    }

    public func stop() {
        let first = state.withLock { state in
            defer { state.stopped = true }
            guard !state.stopped else { return false }
            for watch in state.folders.values { watch.cancel() }
            for file in state.files.values { file.watch?.cancel() }
            state.folders = [:]
            state.files = [:]
            state.names = [:]
            return true
        }
        if first { queue.drain() }
    }

    private func openFile(_ location: WatchedLocation) -> (any VnodeWatch)? {
        source.watch(location.path, queue: queue.queue) { [weak self] event in self?.fileChanged(location, event) }
    }

    /// An entry of `folder` changed (or the folder itself went away): report every watched file in it
    /// whose state changed, and move watches to files that replaced the old ones.
    private func folderChanged(_ folder: String, _ event: VnodeEvent) {
        let changed: Set<String> = state.withLock { state in
            guard !state.stopped, let names = state.names[folder] else { return [] }
            if !event.intersection(.gone).isEmpty {
                // The folder and the files in it are opened afresh by the next `watch`.
                state.folders[folder]?.cancel()
                state.folders[folder] = nil
                for name in names.keys {
                    let location = WatchedLocation(folder: folder, name: name)
                    state.files[location]?.watch?.cancel()
                    state.files[location] = nil
                }
                return Set(names.values.joined())
            }
            var changed: Set<String> = []
            for (name, paths) in names {
                let location = WatchedLocation(folder: folder, name: name)
                if refresh(location, in: &state, gone: false) { changed.formUnion(paths) }
            }
            return changed
        }
        report(changed)
    }

    /// The watched file at `location` changed: report it, and when it is gone or replaced, watch what
    /// now has its name.
    private func fileChanged(_ location: WatchedLocation, _ event: VnodeEvent) {
        let changed: Set<String> = state.withLock { state in
            guard !state.stopped, let paths = state.names[location.folder]?[location.name] else { return [] }
            _ = refresh(location, in: &state, gone: !event.intersection(.gone).isEmpty)
            return paths
        }
        report(changed)
    }

    /// Reads the state of the file at `location` and reopens its watch when the file there is not the one
    /// watched (or `gone` says so); true when the state changed.
    private func refresh(_ location: WatchedLocation, in state: inout State, gone: Bool) -> Bool {
        let now = FileState.current(location.path)
        let before = state.files[location]
        let replaced = gone || before?.watch == nil || now.target?.identity != before?.state.target?.identity
        var file = WatchedFile(watch: before?.watch, state: now)
        if replaced {
            file.watch?.cancel()
            file.watch = openFile(location)
        }
        state.files[location] = file
        return before?.state != now
    }

    private func report(_ changed: Set<String>) {
        let stopped = state.withLock(\.stopped)
        if !changed.isEmpty, !stopped { onChange(FileChanges(paths: changed)) }
    }
}

extension WatchedLocation {
    /// The file's full path.
    var path: String { folder == "/" ? "/" + name : folder + "/" + name }
}

extension FileState.Fields {
    /// Which file this is, whatever its contents: device and inode.
    var identity: [UInt64] { [device, inode] }
}
