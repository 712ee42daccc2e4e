import Dispatch
import Foundation
import PlotConcurrency
import PlotWatch

/// Renders every spec once, then re-renders the specs a saved file affects, on a thread of its own,
/// publishing each render to the store as soon as it is done.
///
/// The same machinery as `render --watch`: a platform `FileWatcher`, a `Debouncer` for editors' bursts,
/// a `ChangeQueue` that merges changes arriving during a round, and a `DependencyMap` built from what
/// each render read (`SourceRegistry.paths`), so saving a shared file re-renders every spec that extends
/// it, in parallel, and nothing else.
public final class PreviewWatchLoop: Sendable {
    private let specs: [String]
    private let store: PreviewStore
    private let changes = ChangeQueue()
    private let finished = DispatchSemaphore(value: 0)
    /// How often listeners get a comment line, so a connection whose client went away is noticed (its
    /// write fails) even when no spec changes.
    static let heartbeat: DispatchTimeInterval = .seconds(15)

    public init(specs: [String], store: PreviewStore) {
        self.specs = specs
        self.store = store
    }

    /// Starts the loop on its own thread and returns at once.
    public func start() {
        let thread = Thread { [self] in
            run()
            finished.signal()
        }
        thread.name = "plotspec.preview.watch"
        thread.start()
    }

    /// Ends the loop after the round in progress and waits for it.
    public func stop() {
        changes.close()
        finished.wait()
    }

    private func run() {
        let debouncer = Debouncer { [changes] in changes.push($0) }
        let watcher = FileWatchers.platformDefault { debouncer.add($0) }
        var dependencies = DependencyMap(specs: specs)
        watcher.watch(dependencies.allFiles)
        render(Array(specs.indices), dependencies: &dependencies, watcher: watcher)
        loop: while true {
            switch changes.next(until: .now() + Self.heartbeat) {
            case .closed: break loop
            case .timedOut: store.broadcast(": still here\n\n")
            case .changed(let paths):
                let affected = dependencies.affected(by: paths)
                if !affected.isEmpty { render(affected, dependencies: &dependencies, watcher: watcher) }
            }
        }
        watcher.stop()
        debouncer.stop()
    }

    /// Renders the specs at `indices` in parallel; each is published when it is done, not when the round is.
    private func render(_ indices: [Int], dependencies: inout DependencyMap, watcher: any FileWatcher) {
        let read = Locked([Int: [String]]())
        let specs = specs
        let store = store
        DispatchQueue.concurrentPerform(iterations: indices.count) { position in
            let index = indices[position]
            let rendered = PreviewRender.render(specs[index])
            store.record(rendered, for: index)
            read.withLock { $0[index] = rendered.read }
        }
        for (index, files) in read.withLock({ $0 }) { dependencies.record(index, read: files) }
        watcher.watch(dependencies.allFiles)
    }
}
