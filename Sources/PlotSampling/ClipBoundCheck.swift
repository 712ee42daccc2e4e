import PlotDiagnostics
import PlotSpec

/// Finds labels and markers at `argmax`/`argmin` whose sample's score sits on a clip bound. On a fine grid
/// with noise the best sample is often a noise spike pressed against the bound (many samples tie there and
/// the first wins), which is a fact about the noise, not about where the model peaks; `true_argmax`
/// answers that question, so the warning suggests it.
public enum ClipBoundCheck {
    /// One warning per label or marker, at the annotation; on a page of panels, each panel's annotations
    /// against its own samples (an annotation every panel draws is reported once).
    public static func warnings(_ spec: FigureSpec, table: SampleTable) -> [Diagnostic] {
        if let grid = spec.panels, grid.panels.count == table.panels.count {
            return zip(grid.panels, table.panels).flatMap { Self.warnings($0.spec, table: $1) }.uniqued()
        }
        guard let clip = spec.score.clip else { return [] }
        var warnings: [Diagnostic] = []
        for annotation in spec.annotations {
            let anchors = AnnotationGeometry.anchors(of: annotation.kind)
            for (anchor, row, name) in [
                (AnchorPoint.argmax, table.annotations.argmaxRow, "argmax"),
                (.argmin, table.annotations.argminRow, "argmin")
            ] where anchors.contains(anchor) {
                guard let row, clip.lowerBound == table.score[row] || clip.upperBound == table.score[row] else {
                    continue
                }
                warnings.append(
                    Messages.Evaluation.bestSampleOnClipBound(
                        anchor: name, bound: table.score[row], at: annotation.span))
                break
            }
        }
        return warnings
    }
}
