/// A stroke style: width in points, colour, dash pattern, caps and joins.
public struct Stroke: Hashable, Sendable {
    public enum Cap: String, Hashable, Sendable { case butt, round, square }
    public enum Join: String, Hashable, Sendable { case miter, round, bevel }

    public var color: Color
    public var width: Double
    public var dash: [Double]
    public var cap: Cap
    public var join: Join

    public init(color: Color, width: Double, dash: [Double] = [], cap: Cap = .butt, join: Join = .miter) {
        self.color = color
        self.width = width
        self.dash = dash
        self.cap = cap
        self.join = join
    }
}

/// A raster of straight-alpha RGBA8 pixels, row-major, top row first.
public struct RasterImage: Hashable, Sendable {
    public var width: Int
    public var height: Int
    /// `width * height * 4` bytes: r, g, b, a.
    public var pixels: [UInt8]
    /// Scale with nearest-neighbour sampling (crisp cells) rather than smoothing.
    public var smooth: Bool

    public init(width: Int, height: Int, pixels: [UInt8], smooth: Bool = false) {
        self.width = width
        self.height = height
        self.pixels = pixels
        self.smooth = smooth
    }
}

/// One drawing instruction. The painter is a plain switch over these cases.
public enum SceneNode: Hashable, Sendable {
    /// Fill and/or stroke a path (fill first).
    case path(Path, fill: Color?, stroke: Stroke?)
    /// Draw many small copies of one marker path (`marker` is centred on the origin) at `centers`:
    /// dense scatter plots draw through this so the backend can stamp a sprite.
    case markers(marker: Path, centers: [Point], fills: [Color], stroke: Stroke?)
    /// Stroke many polylines with one style, each in its own colour: parallel coordinates draw their
    /// trials through this so the renderer can choose strokes or a raster per output format.
    case polylines(Polylines)
    /// Paint a raster image stretched over `rect`.
    case image(RasterImage, rect: Rect)
    /// A line of text.
    case text(TextRun)
    /// Children drawn with an optional clip rectangle.
    case group(clip: Rect?, [SceneNode])
}

/// A display list in device units (points): everything the renderer needs, nothing it must decide.
///
/// Contract: sizes are positive, text is measured and placed, colours are resolved. The renderer does not
/// re-check anything and knows nothing about specs, scales or data. Nothing in it depends on the output
/// resolution: the renderer is told the pixel scale of a raster output, and rasterising (a PNG, dense
/// polylines) is its decision.
public struct Scene: Hashable, Sendable {
    /// Page size in points.
    public var width: Double
    public var height: Double
    public var background: Color
    public var nodes: [SceneNode]

    public init(width: Double, height: Double, background: Color, nodes: [SceneNode] = []) {
        self.width = width
        self.height = height
        self.background = background
        self.nodes = nodes
    }

    /// Every text run in drawing order, groups flattened: what overlap tests look at.
    public var textRuns: [TextRun] {
        var runs: [TextRun] = []
        func walk(_ nodes: [SceneNode]) {
            for node in nodes {
                switch node {
                case .text(let run): runs.append(run)
                case .group(_, let children): walk(children)
                default: break
                }
            }
        }
        walk(nodes)
        return runs
    }
}
