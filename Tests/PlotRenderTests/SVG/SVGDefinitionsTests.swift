import Testing

@testable import PlotRender

@Suite struct SVGDefinitionsTests {
    @Test func theSameContentGetsTheSameIdAndOneDefinition() {
        var defs = SVGDefinitions()
        let a = defs.id(prefix: "marker", content: "M0 0H1") { "<path id=\"\($0)\"/>" }
        let b = defs.id(prefix: "marker", content: "M0 0H1") { "<path id=\"\($0)\"/>" }
        #expect(a == b)
        #expect(defs.markup.components(separatedBy: "\n").filter { !$0.isEmpty }.count == 1)
    }

    @Test func idsDependOnContentNotOnWhatCameBefore() {
        var first = SVGDefinitions()
        var second = SVGDefinitions()
        _ = second.id(prefix: "clip", content: "x=\"1\"") { $0 }
        _ = second.id(prefix: "marker", content: "M9 9") { $0 }
        let alone = first.id(prefix: "marker", content: "M0 0H1") { $0 }
        let afterOthers = second.id(prefix: "marker", content: "M0 0H1") { $0 }
        #expect(alone == afterOthers)
        #expect(alone.hasPrefix("marker-") && alone.count == "marker-".count + 8)
    }

    @Test func aHashCollisionGetsAnOrderedSuffix() {
        var defs = SVGDefinitions(hash: { _ in "00000000" })
        let a = defs.id(prefix: "clip", content: "a") { $0 }
        let b = defs.id(prefix: "clip", content: "b") { $0 }
        let c = defs.id(prefix: "clip", content: "c") { $0 }
        #expect([a, b, c] == ["clip-00000000", "clip-00000000-2", "clip-00000000-3"])
        #expect(defs.id(prefix: "clip", content: "b") { $0 } == b)
    }

    @Test func shortHashIsStable() {
        // FNV-1a 64 of "" is cbf29ce484222325; folded: cbf29ce4 ^ 84222325.
        #expect(SVGDefinitions.shortHash("") == String(0xcbf2_9ce4 ^ 0x8422_2325, radix: 16))
        #expect(SVGDefinitions.shortHash("M0 0H1") == SVGDefinitions.shortHash("M0 0H1"))
        #expect(SVGDefinitions.shortHash("M0 0H1") != SVGDefinitions.shortHash("M0 0H2"))
    }
}
