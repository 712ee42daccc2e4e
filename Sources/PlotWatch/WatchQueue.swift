import Dispatch

/// The serial queue a watcher reports on, able to tell whether it is the current one, so `stop()` can wait
/// for a report in progress to finish (and so guarantee nothing is reported after it returns) without
/// deadlocking when it is called from a report.
final class WatchQueue: Sendable {
    let queue: DispatchQueue
    private let key = DispatchSpecificKey<Bool>()

    init(label: String) {
        queue = DispatchQueue(label: label)
        queue.setSpecific(key: key, value: true)
    }

    var isCurrent: Bool { DispatchQueue.getSpecific(key: key) == true }

    /// Waits until whatever the queue is running has finished (returns at once on the queue itself).
    func drain() {
        guard !isCurrent else { return }
        queue.sync {}
    }
}
