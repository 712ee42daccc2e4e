import PlotScene
import PlotSpec

/// The frame of a 2-D plot inside its region: margins from the measured axis text, so every tick label
/// and axis label fits without overlapping, plus `rightExtent` reserved for a colour bar.
struct CartesianFrameLayout {
    let theme: Theme
    let text: TextPlacement

    /// The frame rectangle left in `region` after the margins each decoration needs.
    func frameRect(in region: Rect, x: CartesianAxis, y: CartesianAxis, rightExtent: Double) -> Rect {
        let axes = AxisDrawing(theme: theme, text: text)
        let top = region.minY + theme.base * 0.3
        let left = region.minX + theme.pad + axes.leftExtent(y)
        let bottom = theme.pad + axes.bottomExtent(x)
        var width = region.maxX - left - rightExtent - theme.pad
        let overhang = axes.horizontalOverhang(x, frameWidth: max(width, 1))
        let extraLeft = max(0, overhang.left - (left - region.minX - theme.pad))
        let extraRight = max(0, overhang.right - rightExtent)
        width -= extraLeft + extraRight
        return Rect(x: left + extraLeft, y: top, width: max(width, 10), height: max(region.maxY - top - bottom, 10))
    }
}
