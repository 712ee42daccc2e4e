import PlotScene

/// Draws a `Scene` on a canvas: the background, then each node in order.
///
/// The scene is already fully resolved, so this is a plain switch with no decisions. Groups are walked with
/// an explicit stack rather than recursion, so even a pathological nesting depth cannot overflow the stack.
public enum ScenePainter {
    public static func paint(_ scene: Scene, on canvas: some Canvas) {
        if scene.background.alpha > 0 {
            canvas.fill(Path(rect: Rect(x: 0, y: 0, width: scene.width, height: scene.height)), color: scene.background)
        }
        // Each level remembers whether it pushed a clip, so the pop happens when its children run out.
        var stack: [(children: IndexingIterator<[SceneNode]>, clipped: Bool)] = [(scene.nodes.makeIterator(), false)]
        while !stack.isEmpty {
            guard let node = stack[stack.count - 1].children.next() else {
                if stack.removeLast().clipped { canvas.popClip() }
                continue
            }
            switch node {
            case .path(let path, let fill, let stroke):
                if let fill { canvas.fill(path, color: fill) }
                if let stroke { canvas.stroke(path, style: stroke) }
            case .markers(let marker, let centers, let fills, let stroke):
                canvas.drawMarkers(marker: marker, centers: centers, fills: fills, stroke: stroke)
            case .polylines(let polylines):
                canvas.drawPolylines(polylines)
            case .image(let image, let rect):
                canvas.drawImage(image, in: rect)
            case .text(let run):
                canvas.drawText(run)
            case .group(let clip, let children):
                if let clip { canvas.pushClip(clip) }
                stack.append((children.makeIterator(), clip != nil))
            }
        }
    }
}
