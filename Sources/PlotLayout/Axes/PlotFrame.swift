import PlotScales
import PlotScene

/// The data rectangle of a 2-D plot: where data coordinates land on the page.
struct PlotFrame {
    let rect: Rect
    let x: ContinuousScale
    let y: ContinuousScale

    /// Page position of a data point (y grows upwards in data, downwards on the page).
    func point(_ xValue: Double, _ yValue: Double) -> Point {
        Point(rect.minX + x.normalize(xValue) * rect.width, rect.maxY - y.normalize(yValue) * rect.height)
    }

    func pageX(_ value: Double) -> Double { rect.minX + x.normalize(value) * rect.width }
    func pageY(_ value: Double) -> Double { rect.maxY - y.normalize(value) * rect.height }
}

/// One axis of a cartesian plot, with its ticks already chosen.
struct CartesianAxis {
    let scale: ContinuousScale
    let ticks: [Tick]
    let label: String
    let grid: Bool

    var labelledTicks: [Tick] { ticks.filter { $0.label != nil && $0.isMajor } }
}
