import Dispatch
import PlotConcurrency

/// Runs one job per item on up to `jobs` threads and hands the results back in item order, each as soon
/// as it and every earlier one are done (so output streams in argument order while later items run).
///
/// Jobs use Dispatch's global queue, the same pool the formula evaluator and rasterisers spread their own
/// chunks over with `concurrentPerform`; a nested `concurrentPerform` runs on its calling thread plus
/// whatever pool threads are free, so nesting cannot deadlock and Dispatch keeps the busy threads near the
/// processor count. At most `window` results wait unreported at any time, which bounds memory when one
/// early item is slow.
enum OrderedWork {
    static func run<Result: Sendable>(
        count: Int, jobs: Int, work: @escaping @Sendable (Int) -> Result, report: (Int, Result) -> Void
    ) {
        guard jobs > 1, count > 1 else {
            for index in 0..<count { report(index, work(index)) }
            return
        }
        let workers = min(jobs, count)
        let slots = Slots<Result>(count: count, window: workers * 4)
        for _ in 0..<workers {
            DispatchQueue.global(qos: .userInitiated).async {
                while let index = slots.claimNext() {
                    slots.store(work(index), at: index)
                }
            }
        }
        for index in 0..<count {
            report(index, slots.take(index))
        }
    }
}

/// The results of one `OrderedWork.run`: claimed in order, filled by workers, taken by the reporter.
private final class Slots<Result: Sendable>: Sendable {
    /// Each item's result once stored, until the reporter takes it, and the next item to claim.
    private let state: Locked<(results: [Result?], next: Int)>
    private let count: Int
    private let ready: [DispatchSemaphore]
    /// Free places in the window; a worker takes one before claiming an item, the reporter gives it back.
    private let window: DispatchSemaphore

    init(count: Int, window: Int) {
        state = Locked((results: Array(repeating: nil, count: count), next: 0))
        self.count = count
        ready = (0..<count).map { _ in DispatchSemaphore(value: 0) }
        self.window = DispatchSemaphore(value: window)
    }

    /// The next unclaimed item, or nil when all are claimed. Items are claimed in order, so the item the
    /// reporter waits for is always claimed before any later one and the window cannot deadlock.
    func claimNext() -> Int? {
        // Finished workers leave without waiting for a place in the window.
        if state.withLock({ $0.next >= count }) { return nil }
        window.wait()
        let index: Int? = state.withLock { state in
            guard state.next < count else { return nil }
            defer { state.next += 1 }
            return state.next
        }
        if index == nil { window.signal() }
        return index
    }

    func store(_ result: Result, at index: Int) {
        state.withLock { $0.results[index] = result }
        ready[index].signal()
    }

    /// Waits for item `index`, then frees its place in the window.
    func take(_ index: Int) -> Result {
        ready[index].wait()
        let result = state.withLock { state in
            defer { state.results[index] = nil }
            return state.results[index]
        }
        window.signal()
        // `store` ran before `ready` was signalled, so the slot is filled.
        guard let result else { preconditionFailure("result \(index) signalled but missing") }
        return result
    }
}
