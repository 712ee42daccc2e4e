import PlotConcurrency
import PlotDiagnostics

/// What the preview knows about each spec: its last good figure, its current diagnostics, and the
/// pages listening for changes.
///
/// Memory is bounded by design: per spec only the latest successful render's PNG and hover data and the
/// latest diagnostics are kept (a failed render keeps the last good figure, to show dimmed under the
/// errors); each listener's queue keeps only its newest few events, so a page that stops reading costs a
/// fixed amount until its connection is closed.
public final class PreviewStore: Sendable {
    /// One spec as the page sees it.
    struct Entry: Sendable {
        let id: Int
        let path: String
        /// Bumped by every render, so the page can ask for `/figures/ID/image?v=VERSION` and never see
        /// a cached old figure.
        var version = 0
        var png: [UInt8]?
        var hover: HoverJSON.Source?
        /// `hover` as JSON, written on the first request for it.
        var hoverDocument: String?
        var render: PreviewRender?
    }

    private let entries: Locked<[Entry]>
    private let listeners = Locked((next: 0, streams: [Int: AsyncStream<String>.Continuation](), closed: false))
    /// Events a slow listener may have queued before the oldest are dropped (each event names a spec's
    /// latest state in full, so a dropped one is superseded by a later one or by the page's reload).
    static let listenerBuffer = 64

    public init(specs: [String]) {
        entries = Locked(specs.enumerated().map { Entry(id: $0, path: $1) })
    }

    /// Records a render of spec `id` and tells every listener.
    public func record(_ render: PreviewRender, for id: Int) {
        let event: String? = entries.withLock { entries in
            guard entries.indices.contains(id) else { return nil }
            entries[id].version += 1
            entries[id].render = render
            if let png = render.png {
                entries[id].png = png
                entries[id].hover = render.hover
                entries[id].hoverDocument = nil
            }
            return "event: figure\ndata: " + Self.json(entries[id]) + "\n\n"
        }
        if let event { broadcast(event) }
    }

    /// The PNG of spec `id`'s last good render.
    /// The spec file of figure `id`, for the renders the page asks for beyond the stored one.
    func path(_ id: Int) -> String? { entries.withLock { $0.indices.contains(id) ? $0[id].path : nil } }

    func image(_ id: Int) -> [UInt8]? { entries.withLock { $0.indices.contains(id) ? $0[id].png : nil } }

    /// The hover data of spec `id`'s last good render, written outside the lock on first use.
    func hover(_ id: Int) -> String? {
        let found = entries.withLock { entries -> (HoverJSON.Source?, String?, Int)? in
            guard entries.indices.contains(id) else { return nil }
            return (entries[id].hover, entries[id].hoverDocument, entries[id].version)
        }
        guard let (source, cached, version) = found else { return nil }
        if let cached { return cached }
        guard let document = source?.document else { return nil }
        entries.withLock { entries in
            if entries[id].version == version { entries[id].hoverDocument = document }
        }
        return document
    }

    /// Every spec's state, as the page's first load reads it.
    func summary() -> String {
        "[" + entries.withLock { $0.map(Self.json) }.joined(separator: ",") + "]"
    }

    // MARK: - Listeners

    /// A stream of server-sent-event texts; it ends when the store is closed. Ending the stream (the
    /// client went away) removes it.
    func listen() -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream<String>.makeStream(
            bufferingPolicy: .bufferingNewest(Self.listenerBuffer))
        let id: Int? = listeners.withLock { state in
            guard !state.closed else { return nil }
            state.next += 1
            state.streams[state.next] = continuation
            return state.next
        }
        guard let id else {
            continuation.finish()
            return stream
        }
        continuation.onTermination = { [weak self] _ in
            self?.listeners.withLock { _ = $0.streams.removeValue(forKey: id) }
        }
        return stream
    }

    /// How many pages are listening (for tests and the memory bound).
    var listenerCount: Int { listeners.withLock { $0.streams.count } }

    /// Sends a text to every listener.
    func broadcast(_ event: String) {
        let streams = listeners.withLock { Array($0.streams.values) }
        for stream in streams { stream.yield(event) }
    }

    /// Ends every listener's stream, now and for listeners that come later (shutting down).
    public func close() {
        let streams = listeners.withLock { state in
            state.closed = true
            defer { state.streams = [:] }
            return Array(state.streams.values)
        }
        for stream in streams { stream.finish() }
    }

    // MARK: - JSON

    private static func json(_ entry: Entry) -> String {
        let name = entry.path.split(separator: "/").last.map(String.init) ?? entry.path
        var fields = [
            "\"id\":\(entry.id)", "\"name\":" + JSONText.quote(name), "\"path\":" + JSONText.quote(entry.path),
            "\"version\":\(entry.version)", "\"hasImage\":\(entry.png != nil)"
        ]
        if let render = entry.render {
            fields += [
                "\"seconds\":\(Double(Int(render.seconds * 1000)) / 1000)",
                "\"errors\":" + JSONText.quote(render.errors), "\"errorCount\":\(render.errorCount)",
                "\"warnings\":" + JSONText.quote(render.warnings), "\"warningCount\":\(render.warningCount)"
            ]
        }
        return "{" + fields.joined(separator: ",") + "}"
    }
}
