import Hummingbird
import Logging
import NIOCore
import PlotConcurrency

/// `plotspec preview`'s server: renders the specs, follows their files, and serves the page.
public struct PreviewServer: Sendable {
    public let specs: [String]
    public let host: String
    public let port: Int

    public init(specs: [String], host: String = "127.0.0.1", port: Int = 8080) {
        self.specs = specs
        self.host = host
        self.port = port
    }

    /// Whether `host` only accepts connections from this machine.
    public static func isLoopback(_ host: String) -> Bool {
        ["127.0.0.1", "localhost", "::1", "[::1]"].contains(host.lowercased()) || host.hasPrefix("127.")
    }

    /// Serves until the task is cancelled or `shutdown` is called; `onReady` gets the page's URL once the
    /// server listens (the real port, when `port` is 0). Renders start at once, in the background.
    public func run(store: PreviewStore, onReady: @escaping @Sendable (String) -> Void) async throws {
        let loop = PreviewWatchLoop(specs: specs, store: store)
        loop.start()
        defer {
            store.close()
            loop.stop()
        }
        let app = application(store: store, onReady: onReady)
        try await app.runService(gracefulShutdownSignals: [])
    }

    /// The Hummingbird application for `store`, for `run` and for tests.
    func application(store: PreviewStore, onReady: @escaping @Sendable (String) -> Void) -> some ApplicationProtocol {
        var logger = Logger(label: "plotspec.preview")
        // Ctrl-C cancels the server with its event streams open, which Hummingbird logs as errors; what
        // matters (a port in use) is thrown by `run`, and the page shows each spec's state.
        logger.logLevel = .critical
        let host = host
        let requested = port
        let hosts = Locked(AllowedHosts(serving: host, port: requested))
        return Application(
            router: PreviewRouter.make(store: store, hosts: { hosts.withLock { $0 } }),
            configuration: ApplicationConfiguration(address: .hostname(host, port: requested), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? requested
                hosts.withLock { $0 = AllowedHosts(serving: host, port: port) }
                let shown = host.contains(":") ? "[\(host)]" : host
                onReady("http://\(shown):\(port)/")
            },
            logger: logger)
    }
}
