import Testing

@testable import PlotPreview

@Suite struct RequestGuardTests {
    @Test(arguments: [
        "/../etc/passwd", "/figures/../../etc/passwd", "/figures/%2e%2e/image", "/figures/%2E%2E/image",
        "/figures/0%2fimage", "/figures/0%2Fimage", "/figures/..%5cimage", "/figures/0\\image", "/figures/0%00",
        "/figures/0\u{0}/image", "/figures/%252e%252e/image", "/./figures", "figures/0/image", "",
        "/figures/0/image?x=" + String(repeating: "a", count: 600), "/figures/é/image", "/figures/0 /image"
    ])
    func refusesTargetsThatTryToLeaveTheRoutes(_ target: String) {
        #expect(!RequestTarget.isPlain(target))
    }

    @Test(arguments: ["/", "/figures", "/figures/3/image?v=12", "/figures/0/hover", "/events", "/a..b/c"])
    func acceptsPlainTargets(_ target: String) {
        #expect(RequestTarget.isPlain(target))
    }

    @Test(arguments: [
        ("localhost", true), ("localhost:8080", true), ("LOCALHOST:8080", true), ("127.0.0.1:8080", true),
        ("[::1]:8080", true), ("127.0.0.1", true), ("localhost:8081", false), ("evil.example", false),
        ("evil.example:8080", false), ("localhost.evil.example:8080", false), ("127.0.0.1.nip.io:8080", false),
        ("", false), ("localhost:", false), ("[::1]", true)
    ])
    func allowsOnlyTheServedAddressAndLoopbackNames(_ header: String, _ allowed: Bool) {
        #expect(AllowedHosts(serving: "127.0.0.1", port: 8080).allows(header) == allowed)
    }

    @Test func allowsTheAddressItServes() {
        let hosts = AllowedHosts(serving: "192.168.1.20", port: 9000)
        #expect(hosts.allows("192.168.1.20:9000"))
        #expect(!hosts.allows("192.168.1.21:9000"))
        #expect(AllowedHosts(serving: "fd00::1", port: 9000).allows("[fd00::1]:9000"))
    }

    /// Listening on every interface, any address literal may name the server, but a DNS name still may not.
    @Test(arguments: [
        ("192.168.1.20:9000", true), ("10.0.0.1", true), ("[fe80::1]:9000", true), ("localhost:9000", true),
        ("evil.example:9000", false), ("192.168.1.20.nip.io:9000", false), ("192.168.1.256:9000", false),
        ("192.168.1:9000", false), ("10.0.0.1:9001", false), ("[evil]:9000", false)
    ])
    func listeningOnEveryInterfaceAllowsAddressLiteralsOnly(_ header: String, _ allowed: Bool) {
        #expect(AllowedHosts(serving: "0.0.0.0", port: 9000).allows(header) == allowed)
    }
}
