import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import PlotPreview

/// Dragging a surface in the page asks `/figures/ID/view` for the figure from another camera: a new
/// render, not the stored one; angles outside the spec language's ranges, or not numbers, are refused;
/// a figure that is not a surface has no other view.
@Suite struct SurfaceViewTests {
    static func store(_ fixture: PreviewFixture) throws -> PreviewStore {
        let surface = try fixture.copy(PreviewFixture.surface)
        let heatmap = try fixture.copy(PreviewFixture.heatmap)
        let store = PreviewStore(specs: [surface, heatmap])
        store.record(PreviewRender.render(surface), for: 0)
        store.record(PreviewRender.render(heatmap), for: 1)
        return store
    }

    @Test func aSurfaceRendersFromAnotherCamera() async throws {
        let fixture = try PreviewFixture()
        let app = PreviewRouterTests.application(try Self.store(fixture))
        try await app.test(.router) { client in
            var stored: [UInt8] = []
            try await client.execute(uri: "/figures/0/image", method: .get) { response in
                stored = Array(response.body.readableBytesView)
            }
            try await client.execute(uri: "/figures/0/hover", method: .get) { response in
                let json = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                let camera = json?["camera"] as? [String: Double]
                #expect(camera == ["elevation": 32, "azimuth": 135], "the spec's own camera")
            }
            try await client.execute(uri: "/figures/0/view?elevation=50&azimuth=100", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "image/png")
                let turned = Array(response.body.readableBytesView)
                #expect(turned.prefix(4) == [0x89, 0x50, 0x4E, 0x47])
                #expect(turned != stored, "a new view, not the stored figure")
            }
            // The spec's own angles give the stored figure back, byte for byte.
            try await client.execute(uri: "/figures/0/view?elevation=32&azimuth=135", method: .get) { response in
                #expect(Array(response.body.readableBytesView) == stored)
            }
        }
    }

    @Test(arguments: [
        "/figures/0/view", "/figures/0/view?elevation=50", "/figures/0/view?elevation=91&azimuth=0",
        "/figures/0/view?elevation=10&azimuth=-361", "/figures/0/view?elevation=nan&azimuth=0",
        "/figures/0/view?elevation=1e400&azimuth=0", "/figures/0/view?elevation=ten&azimuth=0",
        "/figures/0/view/hover", "/figures/0/view/hover?elevation=91&azimuth=0",
        "/figures/0/view/hover?elevation=nan&azimuth=0"
    ])
    func anglesOutsideTheLanguagesRangesAreRefused(_ target: String) async throws {
        let fixture = try PreviewFixture()
        let app = PreviewRouterTests.application(try Self.store(fixture))
        try await app.test(.router) { client in
            try await client.execute(uri: target, method: .get) { response in
                #expect(response.status == .badRequest, "\(target)")
            }
        }
    }

    @Test func onlyASurfaceHasOtherViews() async throws {
        let fixture = try PreviewFixture()
        let app = PreviewRouterTests.application(try Self.store(fixture))
        try await app.test(.router) { client in
            try await client.execute(uri: "/figures/1/view?elevation=10&azimuth=10", method: .get) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(uri: "/figures/7/view?elevation=10&azimuth=10", method: .get) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(uri: "/figures/1/view/hover?elevation=10&azimuth=10", method: .get) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(uri: "/figures/1/hover", method: .get) { response in
                let json = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                #expect(json?["camera"] == nil)
            }
        }
    }
}
