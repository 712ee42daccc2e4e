import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import PlotPreview

@Suite struct PreviewRouterTests {
    /// A store holding one rendered heatmap (id 0) and one spec that failed (id 1).
    static func store(_ fixture: PreviewFixture) throws -> PreviewStore {
        let heatmap = try fixture.copy(PreviewFixture.heatmap)
        let missing = fixture.folder.appendingPathComponent("missing.yaml").path
        let store = PreviewStore(specs: [heatmap, missing])
        store.record(PreviewRender.render(heatmap), for: 0)
        store.record(PreviewRender.render(missing), for: 1)
        return store
    }

    static func application(_ store: PreviewStore) -> some ApplicationProtocol {
        let hosts = AllowedHosts(serving: "127.0.0.1", port: 8080)
        return Application(router: PreviewRouter.make(store: store, hosts: { hosts }))
    }

    @Test func servesThePageFigureAndHoverData() async throws {
        let fixture = try PreviewFixture()
        let app = Self.application(try Self.store(fixture))
        try await app.test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
                #expect(String(buffer: response.body).contains("new EventSource(\"/events\")"))
            }
            try await client.execute(uri: "/figures/0/image?v=1", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "image/png")
                #expect(Array(response.body.readableBytesView.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
            }
            try await client.execute(uri: "/figures/0/hover", method: .get) { response in
                #expect(response.status == .ok)
                let json = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                #expect((json?["frames"] as? [Any])?.count == 1)
            }
            try await client.execute(uri: "/figures", method: .get) { response in
                let list = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [[String: Any]]
                #expect(list?.count == 2)
                #expect(list?.first?["hasImage"] as? Bool == true)
                #expect(list?.last?["errorCount"] as? Int == 1)
                #expect((list?.last?["errors"] as? String)?.hasPrefix("plotspec: error: cannot read") == true)
            }
        }
    }

    @Test(arguments: [
        "/figures/1/image", "/figures/2/image", "/figures/-1/image", "/figures/99999999999999999999/image",
        "/figures/0/../../../etc/passwd", "/figures/0/image/extra", "/etc/passwd", "/specs/x.yaml"
    ])
    func answersUnknownFiguresAndPathsWithNotFoundOrBadRequest(_ target: String) async throws {
        let fixture = try PreviewFixture()
        let app = Self.application(try Self.store(fixture))
        try await app.test(.router) { client in
            try await client.execute(uri: target, method: .get) { response in
                #expect(response.status == .notFound || response.status == .badRequest)
                #expect(response.body.readableBytes == 0)
            }
        }
    }

    @Test(arguments: [
        "/figures/%2e%2e/image", "/figures/0%2fimage", "/figures/..%2f..%2fetc%2fpasswd", "/figures/0%00/image",
        "/figures/0/image?v=" + String(repeating: "9", count: 1000)
    ])
    func refusesTraversalWithBadRequest(_ target: String) async throws {
        let fixture = try PreviewFixture()
        let app = Self.application(try Self.store(fixture))
        try await app.test(.router) { client in
            try await client.execute(uri: target, method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    /// A symbolic link in the served folder pointing out of it is never followed: figures are ids.
    @Test func neverFollowsASymlinkNamedInTheURL() async throws {
        let fixture = try PreviewFixture()
        let link = fixture.folder.appendingPathComponent("outside")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/etc")
        let app = Self.application(try Self.store(fixture))
        try await app.test(.router) { client in
            for target in ["/outside/passwd", "/figures/outside/image", "/figures/0/outside"] {
                try await client.execute(uri: target, method: .get) { response in
                    #expect(response.status == .notFound)
                    #expect(response.body.readableBytes == 0)
                }
            }
        }
    }

    @Test(arguments: ["evil.example", "evil.example:8080", "localhost:9999", "127.0.0.1.evil.example"])
    func refusesAForeignHostHeader(_ host: String) async throws {
        let fixture = try PreviewFixture()
        let app = Self.application(try Self.store(fixture))
        let field = try #require(HTTPField.Name("Host"))
        try await app.test(.router) { client in
            try await client.execute(uri: "/figures/0/image", method: .get, headers: [field: host]) { response in
                #expect(response.status == .forbidden)
                #expect(response.body.readableBytes == 0)
            }
        }
    }

    /// The events route streams every render to the page until the store closes.
    @Test func streamsRendersAsServerSentEvents() async throws {
        let fixture = try PreviewFixture()
        let store = try Self.store(fixture)
        let app = Self.application(store)
        try await app.test(.router) { client in
            async let events = client.execute(uri: "/events", method: .get) { String(buffer: $0.body) }
            while store.listenerCount == 0 { try await Task.sleep(for: .milliseconds(10)) }
            store.record(PreviewRender.render(fixture.folder.appendingPathComponent("missing.yaml").path), for: 1)
            store.close()
            let text = try await events
            #expect(text.contains("event: figure\ndata: {\"id\":1,"))
            #expect(text.contains("\"version\":2"))
        }
        #expect(store.listenerCount == 0)
    }
}
