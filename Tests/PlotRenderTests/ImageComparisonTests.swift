import PlotScene
import Testing

@testable import PlotRender

/// The RMS is matplotlib's `calculate_rms`, and the worst block finds a change the RMS dilutes.
@Suite struct ImageComparisonTests {
    /// A `width` × `height` image of one colour.
    static func plain(_ width: Int, _ height: Int, _ rgba: [UInt8] = [200, 150, 100, 255]) -> RasterImage {
        RasterImage(
            width: width, height: height, pixels: Array([[UInt8]](repeating: rgba, count: width * height).joined()))
    }

    /// `image` with channel `channel` of pixel (x, y) moved by `delta`.
    static func changed(_ image: RasterImage, x: Int, y: Int, channel: Int, by delta: Int) -> RasterImage {
        var copy = image
        let i = (y * image.width + x) * 4 + channel
        copy.pixels[i] = UInt8(Int(copy.pixels[i]) + delta)
        return copy
    }

    @Test func identicalImagesHaveNoDifference() throws {
        let d = try #require(ImageComparison.difference(expected: Self.plain(20, 10), actual: Self.plain(20, 10)))
        #expect(d.isIdentical && d.rms == 0 && d.worstBlockRMS == 0)
    }

    /// Opaque images count 3 channels per pixel, as matplotlib drops an all-255 alpha channel.
    @Test func opaqueRMSAveragesOverPixelsTimesRGB() throws {
        let base = Self.plain(20, 10)
        let other = Self.changed(Self.changed(base, x: 3, y: 4, channel: 0, by: 30), x: 19, y: 9, channel: 2, by: -40)
        let d = try #require(ImageComparison.difference(expected: base, actual: other))
        #expect(d.channels == 3 && d.differingPixels == 2)
        #expect(abs(d.rms - ((30.0 * 30 + 40 * 40) / Double(20 * 10 * 3)).squareRoot()) < 1e-12)
    }

    /// With any transparency, alpha is a fourth channel, and an alpha change counts.
    @Test func transparentRMSAveragesOverPixelsTimesRGBA() throws {
        let base = Self.plain(20, 10, [0, 0, 0, 0])
        let other = Self.changed(base, x: 0, y: 0, channel: 3, by: 50)
        let d = try #require(ImageComparison.difference(expected: base, actual: other))
        #expect(d.channels == 4)
        #expect(abs(d.rms - (50.0 * 50 / Double(20 * 10 * 4)).squareRoot()) < 1e-12)
    }

    @Test func differentSizesAreNotComparable() {
        #expect(ImageComparison.difference(expected: Self.plain(20, 10), actual: Self.plain(10, 20)) == nil)
        #expect(DiffImage.make(expected: Self.plain(20, 10), actual: Self.plain(20, 11)) == nil)
    }

    /// Blocks tile from the top-left; the bottom-right one of a 44 × 30 image is 4 × 6 pixels.
    @Test(arguments: [(3, 4, 0, 0, 64), (43, 29, 40, 24, 4 * 6)])
    func worstBlockIsTheChangedOneWithItsOwnArea(x: Int, y: Int, blockX: Int, blockY: Int, area: Int) throws {
        let base = Self.plain(44, 30)
        let d = try #require(
            ImageComparison.difference(
                expected: base,
                actual: Self.changed(
                    base, x: x, y: y,
                    channel: 1, by: 60)))
        #expect((d.worstBlockX, d.worstBlockY) == (blockX, blockY))
        #expect(abs(d.worstBlockRMS - (60.0 * 60 / Double(area * 3)).squareRoot()) < 1e-12)
        #expect(d.worstBlockRMS > d.rms * 2, "a local change is much stronger in its block than over the image")
    }

    @Test func diffImageIsGreyWhereEqualAndRedWhereDifferent() throws {
        let base = Self.plain(20, 10)
        let other = Self.changed(base, x: 5, y: 5, channel: 0, by: 1)
        let diff = try #require(
            DiffImage.make(expected: base, actual: Self.changed(other, x: 6, y: 5, channel: 0, by: 50)))
        func pixel(_ x: Int, _ y: Int) -> [UInt8] { Array(diff.pixels[(y * 20 + x) * 4..<(y * 20 + x) * 4 + 4]) }
        let grey = pixel(0, 0)
        #expect(grey[0] == grey[1] && grey[1] == grey[2] && grey[3] == 255)
        let faint = pixel(5, 5)
        let strong = pixel(6, 5)
        #expect(faint[0] > faint[1] && faint[1] == faint[2], "a one-level change still shows red")
        #expect(strong[1] < faint[1], "a larger change is a stronger red")
    }
}
