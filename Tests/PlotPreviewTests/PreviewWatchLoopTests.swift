import Foundation
import Testing

@testable import PlotPreview

/// Live updates with real files: the loop renders, watches what each spec read, and publishes renders.
@Suite(.serialized) struct PreviewWatchLoopTests {
    /// The next `figure` event's JSON, or nil after `seconds`.
    static func nextFigure(_ events: inout AsyncStream<String>.Iterator, within seconds: Double = 20) async
        -> [String: Any]?
    {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline, let event = await events.next() {
            guard event.hasPrefix("event: figure\ndata: ") else { continue }
            let json = event.dropFirst("event: figure\ndata: ".count)
            return try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        }
        return nil
    }

    @Test func followsEditsBreaksAndFixesOfASpec() async throws {
        let fixture = try PreviewFixture()
        let path = try fixture.copy(PreviewFixture.heatmap)
        let original = try String(contentsOfFile: path, encoding: .utf8)
        let store = PreviewStore(specs: [path])
        var events = store.listen().makeAsyncIterator()
        let loop = PreviewWatchLoop(specs: [path], store: store)
        loop.start()
        defer {
            store.close()
            loop.stop()
        }
        let first = try #require(await Self.nextFigure(&events))
        #expect(first["errorCount"] as? Int == 0)
        let firstImage = try #require(store.image(0))

        // An edit re-renders and replaces the figure.
        try original.replacingOccurrences(of: "colormap: magma", with: "colormap: viridis")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let edited = try #require(await Self.nextFigure(&events))
        #expect(edited["errorCount"] as? Int == 0)
        #expect(store.image(0) != firstImage)
        let editedImage = store.image(0)

        // A typo keeps the last good figure and reports where it is, as the terminal does.
        try original.replacingOccurrences(of: "colormap: magma", with: "colormapp: magma")
            .write(toFile: path, atomically: false, encoding: .utf8)
        let broken = try #require(await Self.nextFigure(&events))
        let errors = try #require(broken["errors"] as? String)
        #expect(errors.contains(path + ":21:5: error:"))
        #expect(errors.contains("did you mean 'colormap'"))
        #expect(broken["hasImage"] as? Bool == true)
        #expect(store.image(0) == editedImage)

        // Fixing it clears the errors.
        try original.write(toFile: path, atomically: true, encoding: .utf8)
        let fixed = try #require(await Self.nextFigure(&events))
        #expect(fixed["errorCount"] as? Int == 0)
        #expect(store.image(0) == firstImage)
    }

    /// Saving a file the spec extends re-renders the spec.
    @Test func followsTheFilesASpecExtends() async throws {
        let fixture = try PreviewFixture()
        let path = try fixture.copy(PreviewFixture.heatmap)
        let shared = fixture.folder.appendingPathComponent("shared/landscape.yaml").path
        let store = PreviewStore(specs: [path])
        var events = store.listen().makeAsyncIterator()
        let loop = PreviewWatchLoop(specs: [path], store: store)
        loop.start()
        defer {
            store.close()
            loop.stop()
        }
        _ = try #require(await Self.nextFigure(&events))
        let text = try String(contentsOfFile: shared, encoding: .utf8)
        try (text + "\nbogus_key: 1\n").write(toFile: shared, atomically: true, encoding: .utf8)
        let broken = try #require(await Self.nextFigure(&events))
        #expect((broken["errors"] as? String)?.contains("landscape.yaml") == true)
        #expect(broken["version"] as? Int == 2)
    }

    /// A listener that goes away is dropped, and the store keeps one figure per spec however many renders.
    @Test func aListenerThatLeavesCostsNothing() async throws {
        let fixture = try PreviewFixture()
        let missing = fixture.folder.appendingPathComponent("missing.yaml").path
        let store = PreviewStore(specs: [missing])
        let reader = Task {
            for await _ in store.listen() {}
        }
        while store.listenerCount == 0 { try await Task.sleep(for: .milliseconds(5)) }
        reader.cancel()
        while store.listenerCount != 0 { try await Task.sleep(for: .milliseconds(5)) }
        #expect(store.listenerCount == 0)
        // Nobody listens: recording still works and queues nothing.
        for _ in 0..<100 { store.record(PreviewRender.render(missing), for: 0) }
        #expect(store.summary().contains("\"version\":100"))
    }
}
