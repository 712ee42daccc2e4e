#if os(Linux)
    import Dispatch
    import Glibc
    import PlotConcurrency

    /// A `FileWatcher` on Linux's inotify: one watch per FOLDER holding a watched file, read through a
    /// Dispatch read source, with events matched to watched paths by file name.
    ///
    /// Folders, not files, because editors replace a file rather than write it: vim, VS Code and JetBrains
    /// write a temporary file and rename it over the spec, so a watch on the old file's inode would see it
    /// deleted and then nothing. A folder watch sees the new file arrive under the watched name
    /// (`IN_MOVED_TO`, `IN_CREATE`), as well as writes in place (`IN_MODIFY`, `IN_CLOSE_WRITE`), `touch`
    /// (`IN_ATTRIB`) and deletion. For a symbolic link, the folder of the file it points to is watched
    /// too, so writing the target is a change of the link.
    public final class InotifyWatcher: FileWatcher {
        private static let folderEvents: UInt32 =
            UInt32(IN_MODIFY) | UInt32(IN_ATTRIB) | UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_FROM)
            | UInt32(IN_MOVED_TO) | UInt32(IN_CREATE) | UInt32(IN_DELETE) | UInt32(IN_DELETE_SELF)
            | UInt32(IN_MOVE_SELF) | UInt32(IN_ONLYDIR)

        private struct State: Sendable {
            /// Watch descriptor → the canonical folder it watches.
            var folderOf: [Int32: String] = [:]
            /// Canonical folder → its watch descriptor.
            var descriptorOf: [String: Int32] = [:]
            /// Canonical folder → file name in it → the watched paths (as given) that name that file.
            var names: [String: [String: Set<String>]] = [:]
            var stopped = false
        }

        private let descriptor: Int32
        private let state = Locked(State())
        private let queue = WatchQueue(label: "plotspec.watch.inotify")
        private let source: any DispatchSourceRead
        /// Signalled by the source's cancel handler once it has closed the descriptor.
        private let closed = DispatchSemaphore(value: 0)
        private let onChange: @Sendable (FileChanges) -> Void

        /// A watcher, or nil when the kernel refuses an inotify instance (no support, or the per-user
        /// limit of instances reached).
        public init?(onChange: @escaping @Sendable (FileChanges) -> Void) {
            let descriptor = inotify_init1(Int32(IN_NONBLOCK) | Int32(IN_CLOEXEC))
            guard descriptor >= 0 else { return nil }
            self.descriptor = descriptor
            self.onChange = onChange
            source = DispatchSource.makeReadSource(fileDescriptor: descriptor, queue: queue.queue)
            // Dispatch may still be watching the descriptor until the source is cancelled, so the
            // descriptor is closed in the cancel handler and nowhere else.
            source.setCancelHandler { [closed] in
                close(descriptor)
                closed.signal()
            }
            source.setEventHandler { [weak self] in self?.readEvents() }
            source.resume()
        }

        deinit { stop() }

        public func watch(_ paths: Set<String>) {
            let wanted = WatchedLocation.byFolder(paths)
            state.withLock { state in
                guard !state.stopped else { return }
                for (folder, watch) in state.descriptorOf where wanted[folder] == nil {
                    inotify_rm_watch(descriptor, watch)
                    state.descriptorOf[folder] = nil
                    state.folderOf[watch] = nil
                }
                for folder in wanted.keys where state.descriptorOf[folder] == nil {
                    // A folder that cannot be watched (gone, or the watch limit reached) is skipped; the
                    // next `watch` call tries again.
                    let watch = inotify_add_watch(descriptor, folder, Self.folderEvents)
                    guard watch >= 0 else { continue }
                    state.descriptorOf[folder] = watch
                    state.folderOf[watch] = folder
                }
                state.names = wanted
            }
        }

        public func stop() {
            let first = state.withLock { state in
                defer { state.stopped = true }
                return !state.stopped
            }
            guard first else { return }
            source.cancel()
            // On the watcher's own queue the cancel handler cannot run until this returns.
            if !queue.isCurrent { closed.wait() }
        }

        /// Reads every event queued on the descriptor and reports the watched paths they name.
        private func readEvents() {
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            var changed: Set<String> = []
            var finished: Set<String> = []
            var unfinished: Set<String> = []
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                guard count > 0 else { break }  // EAGAIN: nothing more queued
                let events = InotifyEvent.parse(buffer[0..<count])
                state.withLock { state in
                    for event in events {
                        let paths = Self.paths(named: event, in: &state)
                        changed.formUnion(paths)
                        switch event.ending {
                        case .finished:
                            finished.formUnion(paths)
                            unfinished.subtract(paths)
                        case .unfinished:
                            unfinished.formUnion(paths)
                            finished.subtract(paths)
                        case .neither: break
                        }
                    }
                }
            }
            let stopped = state.withLock(\.stopped)
            if !changed.isEmpty, !stopped {
                onChange(FileChanges(paths: changed, finished: finished, unfinished: unfinished))
            }
        }

        /// The watched paths one event concerns; forgets a folder watch the kernel dropped or that no
        /// longer watches the folder's path (deleted or moved), so the next `watch` adds it again.
        private static func paths(named event: InotifyEvent, in state: inout State) -> Set<String> {
            if event.mask & UInt32(IN_Q_OVERFLOW) != 0 {
                // Events were lost: any watched file may have changed.
                return state.names.values.reduce(into: []) { $0.formUnion($1.values.joined()) }
            }
            guard let folder = state.folderOf[event.watch] else { return [] }
            let folderGone = UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF) | UInt32(IN_IGNORED)
            if event.mask & folderGone != 0 {
                state.folderOf[event.watch] = nil
                state.descriptorOf[folder] = nil
                return Set((state.names[folder] ?? [:]).values.joined())
            }
            return state.names[folder]?[event.name] ?? []
        }
    }

    /// One event as the kernel queues it: a fixed header (`struct inotify_event`) then a NUL-padded name.
    struct InotifyEvent {
        var watch: Int32
        var mask: UInt32
        /// The file's name inside the watched folder; empty for an event on the folder itself.
        var name: String

        static let headerSize = MemoryLayout<inotify_event>.size

        /// What an event says about the save in progress.
        enum Ending {
            /// The save is over: the file was closed after a write, or a file was renamed onto it.
            case finished
            /// More is coming: written, created, deleted or renamed away (and any event on the folder or
            /// an overflow, which say nothing about how a save ends).
            case unfinished
            /// Neither: `touch` or `chmod` after a save does not make it unfinished.
            case neither
        }

        var ending: Ending {
            if mask & (UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO)) != 0, !name.isEmpty { return .finished }
            if mask == UInt32(IN_ATTRIB) { return .neither }
            return .unfinished
        }

        /// The events in bytes returned by one `read` (the kernel only returns whole events).
        static func parse(_ bytes: ArraySlice<UInt8>) -> [InotifyEvent] {
            var events: [InotifyEvent] = []
            bytes.withUnsafeBytes { raw in
                var offset = 0
                while offset + headerSize <= raw.count {
                    let watch = raw.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                    let mask = raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                    let length = Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                    let start = offset + headerSize
                    let end = min(start + length, raw.count)
                    let nameBytes = raw[start..<end].prefix { $0 != 0 }
                    events.append(
                        InotifyEvent(watch: watch, mask: mask, name: String(decoding: nameBytes, as: UTF8.self)))
                    offset = start + length
                }
            }
            return events
        }
    }
#endif
