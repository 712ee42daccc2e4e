import Testing

@testable import PlotScales

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// CIELAB lightness L* of an sRGB colour (D65 white).
func lightness(_ c: RGB) -> Double {
    func linear(_ u: Double) -> Double { u <= 0.04045 ? u / 12.92 : pow((u + 0.055) / 1.055, 2.4) }
    let y = 0.2126729 * linear(c.r) + 0.7151522 * linear(c.g) + 0.0721750 * linear(c.b)
    let f = y > 216.0 / 24389.0 ? cbrt(y) : (24389.0 / 27.0 * y + 16) / 116
    return 116 * f - 16
}

@Suite("Colormaps")
struct ColormapTests {
    @Test func viridisEndpoints() throws {
        let viridis = try #require(Colormap.named("viridis"))
        #expect(viridis.color(at: 0).hex == "#440154")
        #expect(viridis.color(at: 1).hex == "#fde725")
        #expect(viridis.color(at: -3).hex == "#440154")
        #expect(viridis.color(at: 7).hex == "#fde725")
    }

    @Test(arguments: ["viridis", "plasma", "magma", "inferno", "cividis"])
    func sequentialLightnessIncreases(_ name: String) throws {
        let map = try #require(Colormap.named(name))
        let samples = (0...255).map { lightness(map.color(at: Double($0) / 255)) }
        for (a, b) in zip(samples, samples.dropFirst()) { #expect(b > a) }
        #expect(samples[255] - samples[0] > 60)
    }

    @Test func greysGetDarker() throws {
        let greys = try #require(Colormap.named("greys"))
        #expect(greys.color(at: 0).hex == "#ffffff")
        #expect(lightness(greys.color(at: 1)) < 5)
    }

    @Test(arguments: Colormap.allNames)
    func everyNameResolves(_ name: String) throws {
        let map = try #require(Colormap.named(name))
        #expect(map.table.count == 256)
        let reversed = try #require(Colormap.named(name + "_r"))
        #expect(reversed.color(at: 0) == map.color(at: 1))
        #expect(reversed.color(at: 0.3) == map.reversed().color(at: 0.3))
        #expect(map.reversed().reversed().color(at: 0.42) == map.color(at: 0.42))
    }

    @Test func divergingMapsHaveLightMiddles() throws {
        for name in ["coolwarm", "RdBu"] {
            let map = try #require(Colormap.named(name))
            #expect(lightness(map.color(at: 0.5)) > lightness(map.color(at: 0)) + 20)
            #expect(lightness(map.color(at: 0.5)) > lightness(map.color(at: 1)) + 20)
        }
    }

    @Test func interpolationIsLinearBetweenEntries() throws {
        let map = try #require(Colormap.named("viridis"))
        let a = map.color(at: 10.0 / 255)
        let b = map.color(at: 11.0 / 255)
        let mid = map.color(at: 10.5 / 255)
        #expect(abs(mid.g - (a.g + b.g) / 2) < 1e-12)
    }

    /// The value records what it is, so a dump shows the map drawn and equal maps compare equal.
    @Test func resolvedMapKnowsItsCanonicalNameAndDirection() throws {
        let written = try #require(Colormap.named("Grays_R"))
        #expect(written.name == "greys" && written.isReversed && written.specName == "greys_r")
        #expect(written == Colormap.named("greys")?.reversed())
        #expect(written.reversed() == Colormap.named("greys"))
        #expect(Colormap.named("viridis") == .viridis)
        #expect(Colormap.named("viridis") != Colormap.named("magma"))
    }

    @Test func unknownNameIsNil() {
        #expect(Colormap.named("viridiss") == nil)
    }

    @Test func discreteBuckets() {
        let red = RGB(r: 1, g: 0, b: 0)
        let blue = RGB(r: 0, g: 0, b: 1)
        let map = Colormap.discrete([red, blue])
        #expect(map.color(at: 0.2) == red)
        #expect(map.color(at: 0.5) == blue)
        #expect(map.color(at: 1) == blue)
    }

    @Test(arguments: [
        ("#ff8000", "#ff8000"), ("#F80", "#ff8800"), ("navy", "#000080"), (" Crimson ", "#dc143c"),
        ("grey", "#808080"), ("0.3", "#4d4d4d"), ("1", "#ffffff"), ("teal", "#008080")
    ])
    func parsesColors(_ text: String, _ hex: String) {
        #expect(Colormap.parseColor(text)?.hex == hex)
    }

    @Test(arguments: ["#12345", "#gg0000", "bluish", "1.5", "-0.2", "", "nan"])
    func rejectsBadColors(_ text: String) {
        #expect(Colormap.parseColor(text) == nil)
    }
}
