/// A stable text form of a scene: one line per node, coordinates rounded to 0.01 pt.
///
/// Used by `plotspec dump --stage scene` and by the layout golden tests; stable across runs and machines
/// as long as the text measurer is.
extension Scene {
    public func dump() -> String {
        var out = "scene \(n(width))×\(n(height)) pt, background \(hex(background))\n"
        var stack: [(nodes: ArraySlice<SceneNode>, depth: Int)] = [(nodes[...], 0)]
        while var top = stack.popLast() {
            guard let node = top.nodes.first else { continue }
            top.nodes = top.nodes.dropFirst()
            stack.append(top)
            let indent = String(repeating: "  ", count: top.depth)
            switch node {
            case .path(let path, let fill, let stroke):
                out += indent + "path" + (fill.map { " fill \(hex($0))" } ?? "")
                    + (stroke.map { " stroke \(hex($0.color)) \(n($0.width))" + ($0.dash.isEmpty ? "" : " dashed") } ?? "")
                    + " " + describe(path) + "\n"
            case .markers(_, let centers, let fills, let stroke):
                out += indent + "markers \(centers.count)" + (stroke == nil ? "" : " outlined")
                    + " first \(fills.first.map(hex) ?? "-")\n"
            case .polylines(let polylines):
                out += indent + describe(polylines) + "\n"
            case .image(let image, let rect):
                out += indent + "image \(image.width)×\(image.height) \(image.smooth ? "smooth" : "nearest") in \(describe(rect))\n"
            case .text(let run):
                out += indent + "text \"\(run.text)\" \(n(run.font.size))pt\(run.font.weight == .bold ? " bold" : "")"
                    + (run.font.families == Font.defaultFamilies ? "" : " in \(run.font.families.joined(separator: ", "))")
                    + " \(hex(run.color)) at \(n(run.origin.x)),\(n(run.origin.y))"
                    + (run.rotation == 0 ? "" : " rotated \(n(run.rotation))") + " box \(describe(run.bounds))\n"
            case .group(let clip, let children):
                out += indent + "group" + (clip.map { " clip \(describe($0))" } ?? "") + "\n"
                stack.append((children[...], top.depth + 1))
            }
        }
        return out
    }

    private func n(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(rounded)
    }

    private func hex(_ c: Color) -> String {
        func byte(_ v: Double) -> String {
            let s = String(Int((min(max(v, 0), 1) * 255).rounded()), radix: 16)
            return s.count == 1 ? "0" + s : s
        }
        return "#" + byte(c.red) + byte(c.green) + byte(c.blue) + (c.alpha < 1 ? byte(c.alpha) : "")
    }

    private func describe(_ r: Rect) -> String { "\(n(r.x)),\(n(r.y)) \(n(r.width))×\(n(r.height))" }

    /// Count, style, first colour, the vertices' box and a hash of every vertex and colour as printed
    /// (0.01 pt): thousands of lines in one line of text that still changes when any of them moves.
    private func describe(_ polylines: Polylines) -> String {
        var vertices = 0
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a, 64 bit
        for line in polylines.lines {
            vertices += line.points.count
            let text = hex(line.color) + line.points.map { "\(n($0.x)),\(n($0.y))" }.joined(separator: " ") + ";"
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01b3
            }
        }
        return "polylines \(polylines.lines.count) (\(vertices) vertices) width \(n(polylines.width))"
            + " \(polylines.cap.rawValue)/\(polylines.join.rawValue)"
            + " first \(polylines.lines.first.map { hex($0.color) } ?? "-")"
            + " in " + (polylines.bounds.map(describe) ?? "-") + " hash " + String(hash, radix: 16)
    }

    private func describe(_ path: Path) -> String {
        guard path.elements.count > 6 else {
            return path.elements.map { element -> String in
                switch element {
                case .move(let p): "M\(n(p.x)),\(n(p.y))"
                case .line(let p): "L\(n(p.x)),\(n(p.y))"
                case .curve(_, _, let p): "C…\(n(p.x)),\(n(p.y))"
                case .close: "Z"
                }
            }.joined(separator: " ")
        }
        return "\(path.elements.count) elements in " + (path.bounds.map(describe) ?? "-")
    }
}
