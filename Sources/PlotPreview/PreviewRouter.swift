import Dispatch
import Hummingbird
import PlotConcurrency

/// The preview's routes. Figures are named by their place on the command line (`/figures/ID/…`), never
/// by a path, so nothing in a URL can make the server read a file; every answer comes from the store.
///
/// - `GET /`: the page (`PreviewPage`).
/// - `GET /figures`: every spec's state as JSON (name, version, render time, diagnostics).
/// - `GET /figures/ID/image`: the last good PNG (404 before the first good render).
/// - `GET /figures/ID/hover`: the hover data beside it (`HoverJSON`).
/// - `GET /figures/ID/view?elevation=E&azimuth=A`: a surface rendered from another camera, on demand
///   (the page's drag-to-rotate); 400 for angles that are not numbers in the spec language's ranges, 404
///   for a figure that is not a surface, 503 while `maxViewRenders` are already running.
/// - `GET /figures/ID/view/hover?elevation=E&azimuth=A`: the hover data of that view (its surface quads
///   where that camera put them), with the same checks and limit.
/// - `GET /events`: server-sent events, one `figure` event per render.
enum PreviewRouter {
    static func make(store: PreviewStore, hosts: @escaping @Sendable () -> AllowedHosts) -> Router<BasicRequestContext>
    {
        let router = Router()
        router.add(middleware: RequestGuard(hosts: hosts))
        let viewRenders = Locked(0)
        router.get("/") { _, _ in
            Self.respond(PreviewPage.html, type: "text/html; charset=utf-8")
        }
        router.get("/figures") { _, _ in
            Self.respond(store.summary(), type: "application/json")
        }
        router.get("/figures/:id/image") { _, context -> Response in
            guard let id = context.parameters.get("id", as: Int.self), let png = store.image(id) else {
                return Response(status: .notFound)
            }
            return Self.respond(png, type: "image/png")
        }
        router.get("/figures/:id/hover") { _, context -> Response in
            guard let id = context.parameters.get("id", as: Int.self), let hover = store.hover(id) else {
                return Response(status: .notFound)
            }
            return Self.respond(hover, type: "application/json")
        }
        router.get("/figures/:id/view") { request, context -> Response in
            await Self.view(request, context, store: store, running: viewRenders, type: "image/png") {
                path, elevation, azimuth in
                PreviewRender.view(path, elevation: elevation, azimuth: azimuth)
            }
        }
        router.get("/figures/:id/view/hover") { request, context -> Response in
            await Self.view(request, context, store: store, running: viewRenders, type: "application/json") {
                path, elevation, azimuth in
                PreviewRender.viewHover(path, elevation: elevation, azimuth: azimuth).map { Array($0.utf8) }
            }
        }
        router.get("/events") { _, _ in Self.events(store.listen()) }
        return router
    }

    /// Answers a request for the figure seen from the request's camera with what `make` builds from the
    /// spec's path and the angles, on a worker thread, within `maxViewRenders` (`running` counts this
    /// router's renders in progress).
    private static func view(
        _ request: Request, _ context: BasicRequestContext, store: PreviewStore, running viewRenders: Locked<Int>,
        type: String,
        make: @escaping @Sendable (String, Double, Double) -> [UInt8]?
    ) async -> Response {
        guard let id = context.parameters.get("id", as: Int.self), let path = store.path(id) else {
            return Response(status: .notFound)
        }
        guard let elevation = Self.angle(request, "elevation", within: -90...90),
            let azimuth = Self.angle(request, "azimuth", within: -360...360)
        else { return Response(status: .badRequest) }
        let admitted = viewRenders.withLock { running -> Bool in
            guard running < maxViewRenders else { return false }
            running += 1
            return true
        }
        guard admitted else { return Response(status: .serviceUnavailable) }
        defer { viewRenders.withLock { $0 -= 1 } }
        let bytes = await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: make(path, elevation, azimuth)) }
        }
        guard let bytes else { return Response(status: .notFound) }
        return Self.respond(bytes, type: type)
    }

    /// Camera renders at once: each is a whole decode, evaluation and render, so a page dragging fast (or
    /// a client hammering the route) cannot queue unbounded work; the page sends one view (image and hover
    /// data together) at a time.
    static let maxViewRenders = 2

    /// A query parameter that is a finite number inside `range`; nil otherwise (the request is refused).
    static func angle(_ request: Request, _ name: String, within range: ClosedRange<Double>) -> Double? {
        guard let text = request.uri.queryParameters[Substring(name)], text.count <= 24,
            let value = Double(String(text)), value.isFinite, range.contains(value)
        else { return nil }
        return value
    }

    /// A stream of server-sent events that ends when the store closes or the client goes away (a write
    /// to a closed connection throws, which ends the loop and drops the listener).
    static func events(_ stream: AsyncStream<String>) -> Response {
        var headers = securityHeaders
        headers[.contentType] = "text/event-stream"
        headers[.cacheControl] = "no-store"
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody { writer in
                try await writer.write(ByteBuffer(string: "retry: 500\n\n"))
                for await event in stream { try await writer.write(ByteBuffer(string: event)) }
                try await writer.finish(nil)
            })
    }

    /// Sent with every answer: no sniffing, no framing by other sites, and a page that may only talk to
    /// this server (its script and style are inline; it loads nothing from anywhere else).
    static var securityHeaders: HTTPFields {
        [
            .contentSecurityPolicy:
                "default-src 'none'; img-src 'self'; connect-src 'self'; script-src 'unsafe-inline'; "
                + "style-src 'unsafe-inline'; frame-ancestors 'none'",
            .xContentTypeOptions: "nosniff", .cacheControl: "no-store"
        ]
    }

    private static func respond(_ text: String, type: String) -> Response {
        respond(Array(text.utf8), type: type)
    }

    private static func respond(_ bytes: [UInt8], type: String) -> Response {
        var headers = securityHeaders
        headers[.contentType] = type
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
