import PlotScales
import PlotScene
import PlotSpec

/// Where the vertical axes of a parallel-coordinates plot stand and how values map onto them.
///
/// Slots run left to right: one per plotted parameter in the spec's `axes:` order, then the shown value
/// (score or loss). Every axis spans the same vertical extent, `rect.minY` (top, high values) to
/// `rect.maxY`; values outside an axis's domain are pinned to its ends.
struct ParallelGeometry {
    struct Slot {
        /// The parameter on this axis; nil for the shown-value axis.
        let parameter: Int?
        let scale: ContinuousScale
        /// Page x of the axis line.
        let x: Double
    }

    /// Top and bottom of the axes; left and right edges of the first and last axis' surroundings.
    let rect: Rect
    let slots: [Slot]

    /// The shown-value axis, always last.
    var valueSlot: Int { slots.count - 1 }

    /// Horizontal distance between neighbouring axes.
    var spacing: Double {
        slots.count > 1 ? (slots[slots.count - 1].x - slots[0].x) / Double(slots.count - 1) : rect.width
    }

    /// Half the width of annotation bands and ticks drawn across an axis.
    var bandHalfWidth: Double { min(spacing * 0.12, 14) }

    /// Normalised position in [0, 1] (pinned) of `value` on a slot.
    @inline(__always)
    func position(_ slot: Int, _ value: Double) -> Double {
        let t = slots[slot].scale.normalize(value)
        return t.isFinite ? min(max(t, 0), 1) : 0
    }

    /// Page y of `value` on a slot.
    func y(_ slot: Int, _ value: Double) -> Double {
        rect.maxY - position(slot, value) * rect.height
    }

    /// The axis an annotation point lies on.
    ///
    /// The rule, in order: the annotation's `axis:` parameter when it is plotted; for a written point
    /// `{parameter: value, …}`, the leftmost plotted axis among the parameters it names; otherwise (and
    /// for `argmax`, `argmin` and `{top: f}` without `axis:`) the shown-value axis.
    func slot(for anchor: AnchorPoint, axis: Int?) -> Int {
        if let axis, let slot = slots.firstIndex(where: { $0.parameter == axis }) { return slot }
        if case .data(let values) = anchor,
            let slot = slots.firstIndex(where: { $0.parameter.map { values[$0] != nil } ?? false })
        {
            return slot
        }
        return valueSlot
    }
}
