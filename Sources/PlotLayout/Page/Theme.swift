import PlotScene
import PlotSpec

/// Sizes, fonts and colours of the figure furniture, all derived from the spec's base font size so a
/// larger `font_size` scales the whole design consistently.
struct Theme {
    let base: Double
    /// The spec's font families (`figure.font`), first choice first; every text run uses them.
    let fontFamilies: [String]

    init(fontSize: Double, fontFamilies: [String] = Font.defaultFamilies) {
        base = fontSize
        self.fontFamilies = fontFamilies
    }

    /// A font in the figure's families at `size` points.
    func font(size: Double, weight: Font.Weight = .normal) -> Font {
        Font(families: fontFamilies, size: size, weight: weight)
    }

    var titleFont: Font { font(size: base * 1.3, weight: .bold) }
    var subtitleFont: Font { font(size: base * 0.95) }
    var axisLabelFont: Font { font(size: base) }
    var tickFont: Font { font(size: base * 0.85) }
    var annotationFont: Font { font(size: base * 0.9) }
    var legendFont: Font { font(size: base * 0.85) }

    var ink: Color { Color(gray: 0.13) }
    var subtleInk: Color { Color(gray: 0.35) }
    var spine: Stroke { Stroke(color: Color(gray: 0.15), width: 0.8) }
    var gridLine: Stroke { Stroke(color: Color(gray: 0.5, alpha: 0.35), width: 0.5) }

    var majorTickLength: Double { base * 0.4 }
    var minorTickLength: Double { base * 0.22 }
    var tickStroke: Stroke { Stroke(color: Color(gray: 0.15), width: 0.8) }
    var minorTickStroke: Stroke { Stroke(color: Color(gray: 0.15), width: 0.6) }
    /// Space between a tick and its label, and between stacked text blocks.
    var gap: Double { base * 0.35 }
    /// Outer margin of the page.
    var pad: Double { base * 0.9 }

    var colorBarWidth: Double { base * 1.3 }
    var colorBarGap: Double { base * 1.4 }
}

extension ColorValue {
    var sceneColor: Color { Color(red: red, green: green, blue: blue, alpha: alpha) }
}
