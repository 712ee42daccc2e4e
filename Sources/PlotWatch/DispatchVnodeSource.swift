#if canImport(Darwin)
    import Darwin
    import Dispatch

    /// Vnode events on macOS: each file or folder opened with `O_EVTONLY` (which does not keep a volume
    /// from being unmounted) and watched by a Dispatch file-system-object source, Dispatch's front end to
    /// kqueue's `EVFILT_VNODE`.
    ///
    /// Not built or run on Linux, where plotspec is developed and tested: `VnodeWatcherTests` drives the
    /// watcher's bookkeeping with real files and a hand-fired source instead (docs/architecture.md).
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
            // The handler holds the source (as Apple's examples do); Dispatch releases both handlers once
            // the source is cancelled, which ends the cycle.
            source.setEventHandler { handler(VnodeEvent(source.data)) }
            // The descriptor is closed only once Dispatch has stopped watching it.
            source.setCancelHandler { close(descriptor) }
            source.resume()
            return DispatchVnodeWatch(source)
        }
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
