import HTTPTypes
import Hummingbird

/// Refuses, before any route runs, requests the preview must never answer: a `Host` that is not the
/// served address or localhost (DNS rebinding: a page on another site whose name resolves to 127.0.0.1
/// would otherwise read the figures), and request targets that try to leave the route table (`..`,
/// percent-encoded dots, slashes or backslashes, NUL and other control bytes, over-long targets).
///
/// Routes only take ids, never paths, so a traversal could not reach a file anyway; refusing it here
/// with 400 means it is not even routed, and nothing is read.
struct RequestGuard<Context: RequestContext>: RouterMiddleware {
    /// Read per request: the port is only known once the server listens (`--port 0`).
    let hosts: @Sendable () -> AllowedHosts
    /// HTTPTypes hides `.host` to steer code to `authority`; a raw Host field must still be checked.
    static var hostField: HTTPField.Name? { HTTPField.Name("Host") }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        // HTTP/1 puts the Host header in `authority`; a Host field left beside it must pass too.
        let fields = Self.hostField.map { request.headers[values: $0] } ?? []
        let named = [request.head.authority] + fields.map(Optional.some)
        let allowed = hosts()
        guard named.contains(where: { $0 != nil }), named.allSatisfy({ $0.map(allowed.allows) ?? true }) else {
            return Response(status: .forbidden)
        }
        guard RequestTarget.isPlain(request.head.path ?? "") else { return Response(status: .badRequest) }
        return try await next(request, context)
    }
}

/// The `Host` header values the preview answers: the address it listens on and the loopback names,
/// with the served port or none. Listening on every interface (`0.0.0.0`, `::`), it also answers any IP
/// address written as such: DNS rebinding needs a name, and the machine's names are not known here.
struct AllowedHosts: Sendable {
    let names: Set<String>
    let port: Int
    let anyAddress: Bool

    init(serving host: String, port: Int) {
        let served = AllowedHosts.bracketed(host.lowercased())
        names = Set(["localhost", "127.0.0.1", "[::1]", served])
        self.port = port
        anyAddress = ["0.0.0.0", "[::]"].contains(served)
    }

    func allows(_ header: String) -> Bool {
        let value = header.lowercased()
        var name = value
        // The port follows the last colon that is not inside an IPv6 address's brackets.
        if let colon = value.lastIndex(of: ":"), !value[colon...].contains("]") {
            guard Int(value[value.index(after: colon)...]) == port else { return false }
            name = String(value[..<colon])
        }
        return names.contains(name) || (anyAddress && Self.isAddressLiteral(name))
    }

    /// An IPv4 address in dotted-quad form or a bracketed IPv6 address.
    static func isAddressLiteral(_ name: String) -> Bool {
        if name.hasPrefix("["), name.hasSuffix("]") {
            let inner = name.dropFirst().dropLast()
            return !inner.isEmpty && inner.contains(":") && inner.allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." }
        }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4
            && parts.allSatisfy { part in part.count <= 3 && part.allSatisfy(\.isASCII) && (UInt8(part) != nil) }
    }

    /// An IPv6 address as it appears in a Host header.
    private static func bracketed(_ host: String) -> String {
        host.contains(":") && !host.hasPrefix("[") ? "[" + host + "]" : host
    }
}

/// Which request targets the preview routes at all.
enum RequestTarget {
    /// Far more than any route with its query needs; longer targets are refused unread.
    static let maxLength = 512

    /// Whether `target` (path and query, as sent) is short, printable ASCII, without a `..` segment or
    /// percent-encoded dot, slash, backslash or control byte.
    static func isPlain(_ target: String) -> Bool {
        let bytes = Array(target.utf8)
        guard bytes.first == UInt8(ascii: "/"), bytes.count <= maxLength else { return false }
        guard bytes.allSatisfy({ $0 > 0x20 && $0 < 0x7f && $0 != UInt8(ascii: "\\") }) else { return false }
        let lowered = target.lowercased()
        for encoded in ["%2e", "%2f", "%5c", "%00", "%25"] where lowered.contains(encoded) { return false }
        let path = lowered.split(separator: "?", maxSplits: 1).first ?? ""
        return !path.split(separator: "/", omittingEmptySubsequences: false).contains { $0 == ".." || $0 == "." }
    }
}
