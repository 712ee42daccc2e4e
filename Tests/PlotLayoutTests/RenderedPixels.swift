import PlotRender
import PlotScene

/// A scene rendered to PNG and decoded again, so layout tests can check what was drawn where.
struct RenderedPixels {
    let image: RasterImage
    let scale: Double

    /// Renders `scene` through the PNG path the CLI uses, at `pixelScale` pixels per point, and decodes
    /// the bytes.
    init(_ scene: Scene, pixelScale: Double) throws {
        image = try PNGDecoder.decode(SceneRenderer.render(scene, format: .png, pixelScale: pixelScale))
        scale = pixelScale
    }

    /// The straight RGBA of the device pixel under page point `p` (points), or nil off the image.
    func rgba(at p: Point) -> [Int]? {
        let x = Int((p.x * scale).rounded(.down))
        let y = Int((p.y * scale).rounded(.down))
        guard (0..<image.width).contains(x), (0..<image.height).contains(y) else { return nil }
        let o = (y * image.width + x) * 4
        return image.pixels[o..<(o + 4)].map(Int.init)
    }

    /// Whether the pixel under `p` can be `color` drawn with its own alpha over anything: each channel
    /// within (1 − alpha) × 255 plus `slack` levels of the colour's own value.
    func shows(_ color: Color, at p: Point, slack: Double = 3) -> Bool {
        guard let pixel = rgba(at: p) else { return false }
        let bound = (1 - color.alpha) * 255 + slack
        return zip(pixel.prefix(3), [color.red, color.green, color.blue]).allSatisfy {
            abs(Double($0.0) - $0.1 * 255) <= bound
        }
    }
}
