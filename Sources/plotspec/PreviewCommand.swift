import ArgumentParser
import Dispatch
import Foundation
import PlotConcurrency
import PlotPreview

/// `plotspec preview`: a local web page showing every spec's figure, following each save.
struct Preview: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve a live page of the specs' figures that re-renders on every save.",
        discussion: """
            Renders each spec in memory (no figure or spec file is written) and serves a page at the printed \
            URL: a gallery of the figures with their render time and warnings; a click shows one large, \
            arrow keys move between them. Saving a spec, or a file it extends, re-renders the figures that \
            depend on it and updates the page without a reload; a spec that stops rendering keeps its last \
            figure, dimmed under its diagnostics. Hovering a heatmap cell, a scatter trial or a \
            parallel-coordinates line shows its \
            parameter values and score; a click copies them as YAML. The server listens on 127.0.0.1 unless \
            --host says otherwise, and answers only requests addressed to it. Ctrl-C stops it (exit status 0).
            """)

    @Argument(help: "Spec files to preview.")
    var specs: [String]

    @Option(help: "Port to listen on (0 picks a free one).")
    var port: Int = 8080

    @Option(help: "Address to listen on. Anything but loopback shows the figures to the network.")
    var host: String = "127.0.0.1"

    @Flag(help: "Open the page in the platform's browser when a display is available.")
    var open = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard !specs.isEmpty else { throw ValidationError("give at least one spec file") }
    }

    func run() throws {
        if !PreviewServer.isLoopback(host) {
            FileHandle.standardError.write(
                Data(
                    """
                    warning: listening on \(host): anyone who can reach this machine can see these figures and \
                    their specs' diagnostics; use the default --host 127.0.0.1 to keep them private

                    """.utf8))
        }
        let server = PreviewServer(specs: specs, host: host, port: port)
        let store = PreviewStore(specs: specs)
        let open = open
        let failure = Locked<String?>(nil)
        let count = specs.count
        let done = DispatchSemaphore(value: 0)
        let task = Task {
            do {
                try await server.run(store: store) { url in
                    let line = "previewing \(count) spec\(count == 1 ? "" : "s") at \(url) (Ctrl-C stops)\n"
                    FileHandle.standardOutput.write(Data(line.utf8))
                    if open { BrowserOpener.open(url) }
                }
            } catch is CancellationError {
            } catch {
                failure.withLock { $0 = "\(error)" }
            }
            done.signal()
        }
        // The first Ctrl-C cancels the server (exit status 0); a second one kills the process as usual.
        let interrupt = RenderWatch.onInterrupt { task.cancel() }
        done.wait()
        interrupt.cancel()
        if let message = failure.withLock({ $0 }) {
            FileHandle.standardError.write(Data("error: preview server: \(message)\n".utf8))
            throw ExitCode(1)
        }
    }
}
