import Dispatch
import PlotConcurrency

/// Changed paths waiting for the watch loop, which takes them all at once: changes that arrive while the
/// loop is rendering are merged into the next round rather than queued as rounds of their own.
public final class ChangeQueue: Sendable {
    /// What `next` found.
    public enum Next: Equatable, Sendable {
        case changed(Set<String>)
        /// `close` was called (Ctrl-C): the loop should finish.
        case closed
        case timedOut
    }

    private let state = Locked((pending: Set<String>(), closed: false))
    /// Signalled on every push and on close; a waiter re-checks the state, so extra signals are harmless.
    private let signal = DispatchSemaphore(value: 0)

    public init() {}

    public func push(_ paths: Set<String>) {
        guard !paths.isEmpty else { return }
        state.withLock { $0.pending.formUnion(paths) }
        signal.signal()
    }

    /// Ends the queue: `next` returns `.closed` from now on, even if changes are pending.
    public func close() {
        state.withLock { $0.closed = true }
        signal.signal()
    }

    /// Waits until paths are pending (and takes them all) or the queue is closed, at most until `deadline`.
    public func next(until deadline: DispatchTime = .distantFuture) -> Next {
        while true {
            let found: Next? = state.withLock { state in
                if state.closed { return .closed }
                guard !state.pending.isEmpty else { return nil }
                defer { state.pending = [] }
                return .changed(state.pending)
            }
            if let found { return found }
            if signal.wait(timeout: deadline) == .timedOut { return .timedOut }
        }
    }
}
