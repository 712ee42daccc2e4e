import PlotScene

extension SceneNode {
    /// The page area a node covers: a text run's box, a path's or polylines' vertex bounds, an image's
    /// rectangle, a clipped group's clip (the union of its children when unclipped); nil for markers (their
    /// centres are data, not furniture) and empty nodes.
    var extent: Rect? {
        switch self {
        case .text(let run): return run.bounds
        case .path(let path, _, _): return path.bounds
        case .image(_, let rect): return rect
        case .markers: return nil
        case .polylines(let lines): return lines.bounds
        case .group(let clip, let children):
            let union = children.compactMap(\.extent).reduce(nil as Rect?) { $0?.union($1) ?? $1 }
            guard let clip else { return union }
            return union.map { _ in clip }
        }
    }
}
