import PlotScene

/// The one fit-to-size policy of the layout: text that does not fit shrinks in half-point steps down to a
/// floor, and what still does not fit there is either left out or kept at the floor, as the caller says.
///
/// Every piece of furniture that shrinks (legend, annotation labels, axis and colour-bar titles, the title
/// block, parallel axis titles) goes through here, so "how small may text get" is answered in one place.
enum FontFit {
    /// The step between tried sizes, in points.
    static let step = 0.5

    /// The largest size of `font`, from its own down to `smallest` points in `step`s, at which `fits`
    /// holds; nil when it does not hold even at `smallest` (the caller leaves the text out rather than
    /// let it spill over its neighbours).
    static func largest(_ font: Font, smallest: Double, fits: (Font) -> Bool) -> Font? {
        var font = font
        while !fits(font) {
            guard font.size > smallest else { return nil }
            font.size = max(smallest, font.size - step)
        }
        return font
    }

    /// Like `largest`, but text that never fits is kept at `smallest` (titles wrap instead of vanishing).
    static func largestOrSmallest(_ font: Font, smallest: Double, fits: (Font) -> Bool) -> Font {
        var font = font
        while !fits(font), font.size > smallest {
            font.size = max(smallest, font.size - step)
        }
        return font
    }
}
