import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import PlotPreview

/// Hovering a 3-D surface reads the cell the reader sees: the hover data serves each grid point's pixel
/// and row and the quads in painting order, and the page reads the last-painted quad under the pointer,
/// then its nearest corner. These tests pick the way the page does (`SurfacePick`) from the served JSON,
/// for the spec's camera and for turned views, and check the picks against the geometry.
@Suite struct SurfaceHoverTests {
    /// The surface frame of a hover document, and the rows it indexes.
    struct SurfaceFrame {
        let columns: Int
        let rows: Int
        let cells: [Int]
        let vertices: [Double]
        let quads: [Int]
        let rect: [Double]
        /// The parameters across and up (their places in each row).
        let x: Int
        let y: Int
        let tableRows: [[Any]]

        init(_ body: ByteBuffer) throws {
            let json = try #require(try JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any])
            let frames = try #require(json["frames"] as? [[String: Any]])
            let frame = try #require(frames.first { $0["kind"] as? String == "surface" })
            columns = try #require(frame["columns"] as? Int)
            rows = try #require(frame["rows"] as? Int)
            cells = try #require(frame["cells"] as? [Int])
            vertices = try #require(frame["vertices"] as? [Double])
            quads = try #require(frame["quads"] as? [Int])
            rect = try #require(frame["rect"] as? [Double])
            x = try #require((frame["x"] as? [String: Any])?["parameter"] as? Int)
            y = try #require((frame["y"] as? [String: Any])?["parameter"] as? Int)
            let panels = try #require(json["panels"] as? [[String: Any]])
            tableRows = try #require(panels.first?["rows"] as? [[Any]])
        }

        func point(_ vertex: Int) -> (x: Double, y: Double) { (vertices[2 * vertex], vertices[2 * vertex + 1]) }

        /// The grid points (index `i + j * columns`) at the corners of quad `q`, in drawing order.
        func corners(_ q: Int) -> [Int] {
            let (i, j) = (q % (columns - 1), q / (columns - 1))
            return [j * columns + i, j * columns + i + 1, (j + 1) * columns + i + 1, (j + 1) * columns + i]
        }

        func centroid(_ q: Int) -> (x: Double, y: Double) {
            let points = corners(q).map(point)
            return (points.map(\.x).reduce(0, +) / 4, points.map(\.y).reduce(0, +) / 4)
        }

        /// Whether quad `q`'s polygon holds the point (even–odd crossings, as the page counts them).
        func contains(_ q: Int, _ x: Double, _ y: Double) -> Bool {
            let polygon = corners(q).map(point)
            var inside = false
            var b = 3
            for a in 0..<4 {
                let (p, r) = (polygon[a], polygon[b])
                if (p.y > y) != (r.y > y), x < (r.x - p.x) * (y - p.y) / (r.y - p.y) + p.x { inside.toggle() }
                b = a
            }
            return inside
        }

        /// What the page does: the last quad in painting order whose polygon holds the point, then its
        /// corner nearest the point; nil off the surface.
        func pick(_ x: Double, _ y: Double) -> (vertex: Int, quad: Int)? {
            guard let q = quads.last(where: { contains($0, x, y) }) else { return nil }
            let nearest = corners(q).min {
                let (p, r) = (point($0), point($1))
                return (p.x - x) * (p.x - x) + (p.y - y) * (p.y - y) < (r.x - x) * (r.x - x) + (r.y - y) * (r.y - y)
            }
            return nearest.map { ($0, q) }
        }
    }

    static func store(_ fixture: PreviewFixture) throws -> PreviewStore {
        let surface = try fixture.copy(PreviewFixture.surface)
        let store = PreviewStore(specs: [surface])
        store.record(PreviewRender.render(surface), for: 0)
        return store
    }

    static func frame(_ uri: String) async throws -> SurfaceFrame {
        let fixture = try PreviewFixture()
        let app = PreviewRouterTests.application(try store(fixture))
        let body = try await app.test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .ok, "\(uri)")
                #expect(response.headers[.contentType] == "application/json")
                return response.body
            }
        }
        return try SurfaceFrame(body)
    }

    @Test func theSurfaceFrameCoversEveryGridPointAndQuadOnce() async throws {
        let frame = try await Self.frame("/figures/0/hover")
        #expect(frame.columns == 40 && frame.rows == 40, "the spec's 40 × 40 grid")
        #expect(frame.cells.sorted() == Array(0..<frame.tableRows.count))
        #expect(frame.vertices.count == 2 * frame.columns * frame.rows)
        #expect(frame.quads.sorted() == Array(0..<(frame.columns - 1) * (frame.rows - 1)))
        let (x, y, w, h) = (frame.rect[0], frame.rect[1], frame.rect[2], frame.rect[3])
        for k in 0..<frame.columns * frame.rows {
            let p = frame.point(k)
            #expect(p.x >= x - 0.01 && p.x <= x + w + 0.01 && p.y >= y - 0.01 && p.y <= y + h + 0.01)
        }
    }

    /// Seen from straight above no cell hides another: a point just inside from an inner grid point reads
    /// that grid point, whose row holds the grid's i-th depth and j-th width (as `plotspec data` orders them).
    @Test func fromAboveThePointerReadsTheGridPointUnderIt() async throws {
        let frame = try await Self.frame("/figures/0/view/hover?elevation=90&azimuth=-90")
        let depths = Set(frame.tableRows.compactMap { $0[frame.x] as? Double }).sorted()
        let widths = Set(frame.tableRows.compactMap { $0[frame.y] as? Double }).sorted()
        #expect(depths.count == frame.columns && widths.count == frame.rows)
        for j in 1..<frame.rows - 1 {
            for i in 1..<frame.columns - 1 {
                let vertex = j * frame.columns + i
                let p = frame.point(vertex)
                let picked = try #require(frame.pick(p.x + 0.3, p.y - 0.2), "(\(i), \(j)) is on the surface")
                #expect(picked.vertex == vertex, "(\(i), \(j))")
                let row = frame.tableRows[frame.cells[picked.vertex]]
                #expect(row[frame.x] as? Double == depths[i] && row[frame.y] as? Double == widths[j])
            }
        }
    }

    /// Seen low from the shallow-and-narrow corner (azimuth −135), the under-parameterised wall stands in
    /// front and hides the valley behind it. Along a line of sight the seen point is nearer the camera, so
    /// its grid indices sum to at most those of any quad under the pointer (give or take the quads'
    /// corners). Picking the first-painted quad, or the nearest grid point regardless of depth, reads
    /// hidden cells and fails this.
    @Test func aHiddenCellIsNeverReadAndAFrontCellIs() async throws {
        let frame = try await Self.frame("/figures/0/view/hover?elevation=12&azimuth=-135")
        var hidden = 0
        // A quad folded by the projection may not hold its own centre; such points say nothing about it.
        for q in frame.quads where frame.contains(q, frame.centroid(q).x, frame.centroid(q).y) {
            let c = frame.centroid(q)
            let picked = try #require(frame.pick(c.x, c.y), "quad \(q)'s centre is on the surface")
            let behind = q % (frame.columns - 1) + q / (frame.columns - 1)
            let seen = picked.vertex % frame.columns + picked.vertex / frame.columns
            #expect(seen <= behind + 4, "quad \(q): read grid point \(picked.vertex) behind it")
            if seen < behind - 4 { hidden += 1 }
        }
        #expect(hidden >= 20, "this view hides cells behind the wall (\(hidden) found)")
        // The quad nearest the camera is painted last and hidden by nothing: its centre reads its own corner.
        let front = try #require(frame.quads.last)
        #expect(front == 0, "the shallow-and-narrow corner is nearest the camera")
        let c = frame.centroid(front)
        #expect(frame.pick(c.x, c.y).map { frame.corners(front).contains($0.vertex) } == true)
    }

    /// The view's hover data is the stored figure's when the camera is the spec's own.
    @Test func theViewAtTheSpecsCameraServesTheStoredHoverData() async throws {
        let fixture = try PreviewFixture()
        let app = PreviewRouterTests.application(try Self.store(fixture))
        try await app.test(.router) { client in
            var stored = ""
            try await client.execute(uri: "/figures/0/hover", method: .get) { stored = String(buffer: $0.body) }
            try await client.execute(uri: "/figures/0/view/hover?elevation=32&azimuth=135", method: .get) {
                #expect(String(buffer: $0.body) == stored)
            }
            try await client.execute(uri: "/figures/0/view/hover?elevation=50&azimuth=100", method: .get) {
                let json = try JSONSerialization.jsonObject(with: Data(buffer: $0.body)) as? [String: Any]
                #expect(json?["camera"] as? [String: Double] == ["elevation": 50, "azimuth": 100])
                #expect(String(buffer: $0.body) != stored)
            }
        }
    }
}
