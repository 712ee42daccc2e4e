import Dispatch
import Foundation
import PlotDiagnostics
import PlotSpecKit
import PlotWatch

/// `render --watch`: renders every spec once, then re-renders the specs a saved file affects, until
/// Ctrl-C.
///
/// A round renders the affected specs in parallel and reports them in argument order exactly as `render`
/// does (a "wrote" line, with the render time, or the diagnostics, and a failing round's summary line).
/// What each spec depends on is what its latest render read (`SourceRegistry.paths`: the spec and every
/// file it extends, as far as loading got), so adding or removing an `extends` entry changes what is
/// watched, and a spec that failed to load still watches the files it could read. Ctrl-C ends the loop
/// after the round in progress (figures are written atomically, so none is left half-written) with exit
/// status 0; a second Ctrl-C stops at once.
struct RenderWatch {
    let specs: [String]
    let settings: Render.Settings
    let jobs: Int
    let diagnostics: DiagnosticOptions

    private struct Rendered: Sendable {
        var result: SpecResult
        /// The files the render read, taken before `RunOrder` adds other specs' files to its registry.
        var read: [String]
        var seconds: Double
    }

    func run() {
        let changes = ChangeQueue()
        let interrupt = Self.onInterrupt { changes.close() }
        let debouncer = Debouncer { changes.push($0) }
        let watcher = FileWatchers.platformDefault { debouncer.add($0) }
        var state = LoopState(specs: specs)
        // The specs themselves are watched before the first render reads them, so a save during it counts.
        watcher.watch(state.dependencies.allFiles)
        renderRound(Array(specs.indices), state: &state, watcher: watcher)
        let count = state.dependencies.allFiles.count
        FileHandle.standardError.write(
            Data("watching \(RunSummary.counted(count, "file")); press Ctrl-C to stop\n".utf8))
        while case .changed(let paths) = changes.next() {
            let affected = state.dependencies.affected(by: paths)
            guard !affected.isEmpty else { continue }
            renderRound(affected, state: &state, watcher: watcher)
        }
        watcher.stop()
        debouncer.stop()
        interrupt.cancel()
    }

    /// What the loop keeps between rounds.
    private struct LoopState {
        var dependencies: DependencyMap
        /// Each spec's output file as of its latest render, claimed for it in rounds that skip it.
        var targets: [OutputTarget?]

        init(specs: [String]) {
            dependencies = DependencyMap(specs: specs)
            targets = Array(repeating: nil, count: specs.count)
        }
    }

    /// Renders the specs at `indices` (ascending) in parallel and reports them in argument order.
    private func renderRound(_ indices: [Int], state: inout LoopState, watcher: any FileWatcher) {
        let reporter = RunReporter(options: diagnostics, command: "render")
        var run = RunOrder()
        var claimedUpTo = 0
        let paths = specs
        let settings = settings
        OrderedWork.run(
            count: indices.count, jobs: jobs,
            work: { position in
                let start = DispatchTime.now()
                let result = Render.render(paths[indices[position]], settings)
                return Rendered(result: result, read: result.sources.paths, seconds: Self.seconds(since: start))
            },
            report: { position, rendered in
                let index = indices[position]
                // Watch the new dependencies before printing, so whoever reads the line can edit them.
                state.dependencies.record(index, read: rendered.read)
                watcher.watch(state.dependencies.allFiles)
                for skipped in claimedUpTo..<index {
                    if let target = state.targets[skipped] { run.reserve(target, by: paths[skipped]) }
                }
                claimedUpTo = index + 1
                var result = rendered.result
                state.targets[index] = result.target
                run.settle(&result)
                let start = DispatchTime.now()
                result.commit()
                let seconds = rendered.seconds + Self.seconds(since: start)
                // `commit` wrote the "wrote FILE" line; the watch loop adds how long the render took.
                result.lines = result.lines.map {
                    $0.hasPrefix("wrote ") ? $0 + String(format: " in %.2f s", seconds) : $0
                }
                reporter.report(result)
            })
        _ = reporter.finish()
    }

    private static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    /// Calls `handler` on the first SIGINT (Ctrl-C) instead of dying; a second SIGINT kills the process as
    /// usual, in case a render does not finish. Cancel the returned source when done.
    static func onInterrupt(_ handler: @escaping @Sendable () -> Void) -> any DispatchSourceSignal {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler {
            signal(SIGINT, SIG_DFL)
            handler()
        }
        source.resume()
        return source
    }
}
