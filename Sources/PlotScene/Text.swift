/// A font request: families in order of preference, size in points, weight and slant.
public struct Font: Hashable, Sendable {
    public enum Weight: String, Hashable, Sendable { case normal, bold }
    public enum Slant: String, Hashable, Sendable { case normal, italic }

    /// The families used when a spec names none: the design the bundled figures were drawn in.
    public static let defaultFamilies = ["DejaVu Sans"]

    /// Family names, first choice first; the renderer falls back along the list and then to any installed
    /// font that has the character. Never empty in a scene built by layout.
    public var families: [String]
    public var size: Double
    public var weight: Weight
    public var slant: Slant

    public init(
        families: [String] = Font.defaultFamilies, size: Double, weight: Weight = .normal, slant: Slant = .normal
    ) {
        self.families = families
        self.size = size
        self.weight = weight
        self.slant = slant
    }
}

/// The measured size of a single line of text, in points.
public struct TextExtents: Hashable, Sendable {
    /// Advance width of the line.
    public var width: Double
    /// Height above the baseline (the font's ascent, not just this string's ink).
    public var ascent: Double
    /// Depth below the baseline, positive.
    public var descent: Double

    public init(width: Double, ascent: Double, descent: Double) {
        self.width = width
        self.ascent = ascent
        self.descent = descent
    }

    public var height: Double { ascent + descent }
}

/// Measures text with the same engine that will draw it, so layout and pixels agree.
///
/// Layout receives one of these from the driver; it never talks to Cairo itself.
public protocol TextMeasurer {
    func measure(_ text: String, font: Font) -> TextExtents
}

/// Where a text run's anchor point sits relative to its text.
public struct TextAnchor: Hashable, Sendable {
    public enum Horizontal: String, Hashable, Sendable { case left, center, right }
    public enum Vertical: String, Hashable, Sendable { case top, middle, baseline, bottom }

    public var horizontal: Horizontal
    public var vertical: Vertical

    public init(_ horizontal: Horizontal, _ vertical: Vertical) {
        self.horizontal = horizontal
        self.vertical = vertical
    }
}

/// One line of text placed in the scene, already measured.
///
/// The painter only needs `origin` (left end of the baseline), `rotation`, `font`, `color` and `text`;
/// `bounds` is the axis-aligned box the run covers on the page, which layout uses to avoid overlaps.
public struct TextRun: Hashable, Sendable {
    public var text: String
    public var font: Font
    public var color: Color
    /// Left end of the baseline, in device units.
    public var origin: Point
    /// Radians in device space (y down), as `cairo_rotate` takes them: −π/2 reads bottom-to-top.
    public var rotation: Double
    /// The box the run occupies on the page (axis-aligned, after rotation).
    public var bounds: Rect

    public init(text: String, font: Font, color: Color, origin: Point, rotation: Double, bounds: Rect) {
        self.text = text
        self.font = font
        self.color = color
        self.origin = origin
        self.rotation = rotation
        self.bounds = bounds
    }
}
