import Dispatch

/// Runs a loop body for every index on Dispatch's global pool, each iteration seeing the same value of
/// raw buffers: plotspec's one way to spread a loop over cores.
///
/// The formula evaluator, the noise generator and the rasterisers fill one output buffer from many
/// threads, each iteration writing its own disjoint part. Unsafe pointers are not `Sendable`, so that
/// promise cannot be checked by the compiler; it is made here, once, instead of by a different
/// unchecked wrapper in every module (docs/architecture.md, "Parallel loops").
public enum ParallelLoop {
    /// Calls `body(index, shared)` for every index in `0..<iterations`, concurrently, and returns when
    /// all have finished.
    ///
    /// The caller guarantees what makes this sound: iterations only write memory no other iteration
    /// reads or writes (a disjoint range of rows, chunks or pixel columns), and anything `shared` points
    /// to stays alive for the call (true of a `withUnsafe…Pointer` scope around it). Nested calls are
    /// safe: a nested `concurrentPerform` runs on its calling thread plus whatever pool threads are free.
    public static func run<Shared>(
        iterations: Int, sharing shared: Shared, _ body: @Sendable (_ index: Int, _ shared: Shared) -> Void
    ) {
        let disjoint = DisjointWrites(shared)
        DispatchQueue.concurrentPerform(iterations: iterations) { body($0, disjoint.value) }
    }
}

/// The value `ParallelLoop.run` hands to every iteration; sendable because the caller of `run` promised
/// that iterations touch disjoint memory.
private struct DisjointWrites<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
