#if canImport(Darwin)
    import Darwin
    import Dispatch

    /// Vnode events on macOS: each file or folder opened with `O_EVTONLY` (which does not keep a volume
    /// from being unmounted) and watched by a Dispatch file-system-object source, Dispatch's front end to
    /// kqueue's `EVFILT_VNODE`.
    ///
    /// Not built or run on Linux, where plotspec is developed and tested: `VnodeWatcherTests` drives the
    /// watcher's bookkeeping with real files and a hand-fired source instead, and this file was only
    /// type-checked against stand-ins for Darwin's Dispatch declarations (docs/architecture.md).
    public final class DispatchVnodeSource: VnodeEventSource {
        public init() {}

        public func watch(
            _ path: String, queue: DispatchQueue, handler: @escaping @Sendable (VnodeEvent) -> Void
        ) -> (any VnodeWatch)? {
            let descriptor = open(path, O_EVTONLY | O_CLOEXEC)
            guard descriptor >= 0 else { return nil }
            let source = DispatchSource.makeFileSystemObjectSource(
                fileDescriptor: descriptor, eventMask: [.write, .extend, .attrib, .delete, .rename, .revoke, .link],
                queue: queue)
            // The handler reads the events through a box rather than capturing the source, so it captures
            // only Sendable values whichever way the SDK annotates Dispatch. The cycle box → source →
            // handler → box ends when the source is cancelled: Dispatch then releases its handlers.
            let box = SourceBox(source)
            source.setEventHandler { handler(VnodeEvent(box.source.data)) }
            // The descriptor is closed only once Dispatch has stopped watching it.
            source.setCancelHandler { close(descriptor) }
            source.resume()
            return DispatchVnodeWatch(source)
        }
    }

    /// A source handed to its own event handler; only read (`data`) on the source's queue.
    final class SourceBox: @unchecked Sendable {
        let source: any DispatchSourceFileSystemObject

        init(_ source: any DispatchSourceFileSystemObject) { self.source = source }
    }

    /// A Dispatch source as a `VnodeWatch`; cancelling a source is safe from any thread.
    final class DispatchVnodeWatch: VnodeWatch, @unchecked Sendable {
        private let source: any DispatchSourceFileSystemObject

        init(_ source: any DispatchSourceFileSystemObject) { self.source = source }

        func cancel() { source.cancel() }
    }

    extension VnodeEvent {
        init(_ events: DispatchSource.FileSystemEvent) {
            self = []
            if events.contains(.write) { insert(.write) }
            if events.contains(.extend) { insert(.extend) }
            if events.contains(.attrib) { insert(.attrib) }
            if events.contains(.delete) { insert(.delete) }
            if events.contains(.rename) { insert(.rename) }
            if events.contains(.revoke) { insert(.revoke) }
            if events.contains(.link) { insert(.link) }
        }
    }
#endif
