/// An sRGB colour with components in [0, 1].
///
/// PlotScales stays independent of PlotScene; layout converts `RGB` to the scene's `Color`.
public struct RGB: Hashable, Sendable {
    public var r: Double
    public var g: Double
    public var b: Double

    public init(r: Double, g: Double, b: Double) {
        self.r = r
        self.g = g
        self.b = b
    }

    /// `#rrggbb`, lower case, components rounded to 8 bits.
    public var hex: String {
        let digits = Array("0123456789abcdef")
        func byte(_ c: Double) -> String {
            let v = Int((Swift.min(Swift.max(c, 0), 1) * 255).rounded())
            return String([digits[v / 16], digits[v % 16]])
        }
        return "#" + byte(r) + byte(g) + byte(b)
    }
}

/// A named mapping from [0, 1] to colours: a lookup table read with linear interpolation, or buckets.
///
/// A value, not a name: the spec decoder resolves `colormap: Viridis_r` once into the map it draws
/// (`name` "viridis", `isReversed` true, the table already reversed), so no later stage looks a name up.
public struct Colormap: Hashable, Sendable {
    /// The built-in map's canonical name (`viridis`, `greys` for `grays`), or `discrete`.
    public let name: String
    /// Whether the map runs from its last colour to its first (`_r` in the spec).
    public let isReversed: Bool
    let table: [RGB]
    /// Buckets instead of interpolation: `t` picks entry `floor(t × count)`.
    let stepped: Bool

    init(name: String, table: [RGB], stepped: Bool = false, isReversed: Bool = false) {
        self.name = name
        self.table = table
        self.stepped = stepped
        self.isReversed = isReversed
    }

    /// The map as a spec names it: `viridis`, or `viridis_r` when reversed.
    public var specName: String { isReversed ? name + "_r" : name }

    /// The colour at `t`, clamped to [0, 1]; NaN maps to the low end (layout draws missing values itself).
    public func color(at t: Double) -> RGB {
        guard let first = table.first, let last = table.last else { return RGB(r: 0, g: 0, b: 0) }
        let u = t.isNaN ? 0 : Swift.min(Swift.max(t, 0), 1)
        let n = table.count
        if stepped {
            return table[Swift.min(Int(u * Double(n)), n - 1)]
        }
        if n == 1 || u == 0 { return first }
        if u == 1 { return last }
        let x = u * Double(n - 1)
        let i = Swift.min(Int(x), n - 2)
        let f = x - Double(i)
        let a = table[i]
        let b = table[i + 1]
        return RGB(r: a.r + (b.r - a.r) * f, g: a.g + (b.g - a.g) * f, b: a.b + (b.b - a.b) * f)
    }

    /// The same map running the other way.
    public func reversed() -> Colormap {
        Colormap(name: name, table: table.reversed(), stepped: stepped, isReversed: !isReversed)
    }

    /// Looks a map up by name, case-insensitively; a `_r` suffix reverses it.
    public static func named(_ name: String) -> Colormap? {
        let key = name.lowercased()
        if key.hasSuffix("_r"), let base = named(String(key.dropLast(2))) {
            return base.reversed()
        }
        let canonical = aliases[key] ?? key
        guard let data = tables[canonical] else { return nil }
        return Colormap(name: canonical, table: unpack(data))
    }

    /// The default map of every colour encoding.
    public static let viridis = Colormap(name: "viridis", table: unpack(ColormapData.viridis))

    /// Every built-in name (reversed variants `<name>_r` are accepted too).
    public static let allNames: [String] = [
        "viridis", "plasma", "magma", "inferno", "cividis", "coolwarm", "rdbu", "greys"
    ]

    /// Hard-edged buckets: `t` in [k/n, (k+1)/n) gets `colors[k]`. Used for discrete colour legends.
    public static func discrete(_ colors: [RGB]) -> Colormap {
        Colormap(name: "discrete", table: colors, stepped: true)
    }

    static let tables: [String: [Double]] = [
        "viridis": ColormapData.viridis, "plasma": ColormapData.plasma, "magma": ColormapData.magma,
        "inferno": ColormapData.inferno, "cividis": ColormapData.cividis, "coolwarm": ColormapData.coolwarm,
        "rdbu": ColormapData.rdbu, "greys": ColormapData.greys
    ]

    static let aliases: [String: String] = ["grays": "greys", "gray": "greys", "grey": "greys"]

    private static func unpack(_ flat: [Double]) -> [RGB] {
        stride(from: 0, to: flat.count - 2, by: 3).map { RGB(r: flat[$0], g: flat[$0 + 1], b: flat[$0 + 2]) }
    }
}
