/// A stable text form of a scene: one line per node, coordinates rounded to 0.01 pt.
///
/// Used by `plotspec dump --stage scene` and by the scene golden tests (`docs/testing.md`), so it shows everything
/// that is drawn, yet stays reviewable for a 1200 × 900 figure: a short path prints every element; a long path
/// prints its element count, bounds, first elements, last point and a hash of every element as printed; a `markers`
/// node its marker, colours and centres (all of them up to `DumpLimits.listedPoints`, else the first and last few
/// plus a hash of all); a `polylines` node its line and vertex counts, style, colours, box and a hash of every
/// vertex and colour; an image its size, filter and a hash of its pixel bytes; a run of more than
/// `DumpLimits.listedRun` sibling paths (mesh faces, one polyline per trial) its first and last few and a hash of
/// all. Hashes are taken over the rounded text, so float noise below 0.005 pt does not change them, and they are
/// stable across runs and machines (FNV-1a, `SceneDigest`) as long as the text measurer is.
extension Scene {
    public func dump() -> String {
        var out =
            "scene \(DumpFormat.number(width))×\(DumpFormat.number(height)) pt, "
            + "background \(DumpFormat.hex(background))\n"
        var stack: [(nodes: ArraySlice<SceneNode>, depth: Int)] = [(nodes[...], 0)]
        while var top = stack.popLast() {
            guard let node = top.nodes.first else { continue }
            top.nodes = top.nodes.dropFirst()
            stack.append(top)
            let indent = String(repeating: "  ", count: top.depth)
            switch node {
            case .path:
                // A long run of alike sibling paths (mesh faces, one polyline per trial) is summarised.
                let run = top.nodes.prefix { DumpFormat.runKey($0) == DumpFormat.runKey(node) }
                stack[stack.count - 1].nodes = top.nodes.dropFirst(run.count)
                let lines = ([node] + run).compactMap { node -> String? in
                    guard case .path(let path, let fill, let stroke) = node else { return nil }
                    return indent + "path" + (fill.map { " fill \(DumpFormat.hex($0))" } ?? "")
                        + (stroke.map { " stroke " + DumpFormat.stroke($0) } ?? "")
                        + " " + DumpFormat.path(path)
                }
                out += DumpFormat.run(lines, indent: indent)
            case .markers(let marker, let centers, let fills, let stroke):
                out +=
                    indent + "markers \(centers.count)"
                    + (stroke.map { " outlined " + DumpFormat.stroke($0) } ?? "")
                    + " marker " + DumpFormat.path(marker) + "\n"
                out += indent + "  fills " + DumpFormat.colors(fills) + "\n"
                out += indent + "  at " + DumpFormat.points(centers) + "\n"
            case .polylines(let polylines):
                out += indent + DumpFormat.polylines(polylines) + "\n"
            case .image(let image, let rect):
                out +=
                    indent + "image \(image.width)×\(image.height) \(image.smooth ? "smooth" : "nearest")"
                    + " in \(DumpFormat.rect(rect)) pixels \(DumpFormat.pixelHash(image))\n"
            case .text(let run):
                out +=
                    indent + "text \"\(run.text)\" \(DumpFormat.number(run.font.size))pt"
                    + (run.font.weight == .bold ? " bold" : "") + (run.font.slant == .italic ? " italic" : "")
                    + (run.font.families == Font.defaultFamilies
                        ? "" : " in \(run.font.families.joined(separator: ", "))")
                    + " \(DumpFormat.hex(run.color)) at \(DumpFormat.point(run.origin))"
                    + (run.rotation == 0 ? "" : " rotated \(DumpFormat.number(run.rotation))")
                    + " box \(DumpFormat.rect(run.bounds))\n"
            case .group(let clip, let children):
                out += indent + "group" + (clip.map { " clip \(DumpFormat.rect($0))" } ?? "") + "\n"
                stack.append((children[...], top.depth + 1))
            }
        }
        return out
    }
}

/// How much of a long list the scene dump prints in full.
enum DumpLimits {
    /// Paths with more elements print a summary (count, bounds, the first few, a hash).
    static let listedElements = 6
    /// Elements printed at the start of a summarised path.
    static let leadingElements = 3
    /// Marker centres printed in full up to this count; beyond it the first and last few and a hash.
    static let listedPoints = 12
    /// Centres printed at each end of a summarised list.
    static let endPoints = 3
    /// Runs of sibling paths up to this length print every path; longer ones the first and last few
    /// and a hash of all.
    static let listedRun = 100
    /// Paths printed at each end of a summarised run.
    static let endRun = 4
}

/// The pieces of the scene dump, each a pure function of its value.
enum DumpFormat {
    /// `value` rounded to 0.01, without a trailing `.0` and never `-0`.
    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == 0 { return "0" }
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        return String(rounded)
    }

    static func point(_ p: Point) -> String { "\(number(p.x)),\(number(p.y))" }

    static func rect(_ r: Rect) -> String { "\(number(r.x)),\(number(r.y)) \(number(r.width))×\(number(r.height))" }

    static func hex(_ c: Color) -> String {
        func byte(_ v: Double) -> String {
            let s = String(Int((min(max(v, 0), 1) * 255).rounded()), radix: 16)
            return s.count == 1 ? "0" + s : s
        }
        return "#" + byte(c.red) + byte(c.green) + byte(c.blue) + (c.alpha < 1 ? byte(c.alpha) : "")
    }

    /// Colour, width, and whatever differs from a plain butt-capped, mitred solid line.
    static func stroke(_ s: Stroke) -> String {
        "\(hex(s.color)) \(number(s.width))"
            + (s.dash.isEmpty ? "" : " dash [" + s.dash.map(number).joined(separator: " ") + "]")
            + (s.cap == .butt ? "" : " cap \(s.cap.rawValue)")
            + (s.join == .miter ? "" : " join \(s.join.rawValue)")
    }

    /// Count, style, the colours, the vertices' box and a hash of every vertex and colour as printed
    /// (0.01 pt): thousands of lines in one line of text that still changes when any of them moves.
    static func polylines(_ polylines: Polylines) -> String {
        let printed = polylines.lines.map { line in
            hex(line.color) + " " + line.points.map(point).joined(separator: " ")
        }
        let vertices = polylines.lines.reduce(0) { $0 + $1.points.count }
        return "polylines \(polylines.lines.count) (\(vertices) vertices) width \(number(polylines.width))"
            + " \(polylines.cap.rawValue)/\(polylines.join.rawValue)"
            + " colours " + colors(polylines.lines.map(\.color))
            + " in " + (polylines.bounds.map(rect) ?? "-") + " hash " + SceneDigest.hex(of: printed)
    }

    static func element(_ element: Path.Element) -> String {
        switch element {
        case .move(let p): "M" + point(p)
        case .line(let p): "L" + point(p)
        case .curve(let a, let b, let p): "C" + point(a) + " " + point(b) + " " + point(p)
        case .close: "Z"
        }
    }

    /// Every element of a short path; count, bounds, the first elements, the last and a hash of all of a
    /// long one.
    static func path(_ path: Path) -> String {
        let elements = path.elements.map(element)
        guard elements.count > DumpLimits.listedElements else { return elements.joined(separator: " ") }
        return "\(elements.count) elements in " + (path.bounds.map(rect) ?? "-") + ": "
            + elements.prefix(DumpLimits.leadingElements).joined(separator: " ") + " … "
            + (elements.last ?? "") + " hash " + SceneDigest.hex(of: elements)
    }

    /// All centres of a short list; the first and last few, the bounds and a hash of all of a long one.
    static func points(_ points: [Point]) -> String {
        let printed = points.map(point)
        guard printed.count > DumpLimits.listedPoints else { return printed.joined(separator: " ") }
        let bounds = Path(polyline: points).bounds.map(rect) ?? "-"
        return printed.prefix(DumpLimits.endPoints).joined(separator: " ") + " … "
            + printed.suffix(DumpLimits.endPoints).joined(separator: " ")
            + " in \(bounds) hash \(SceneDigest.hex(of: printed))"
    }

    /// What makes sibling paths alike enough to summarise as one run: filled or not, stroke width and
    /// dash, element count (colours may differ, as a mesh's faces or buckets of trials do); nil for
    /// anything but a path.
    static func runKey(_ node: SceneNode) -> [Double]? {
        guard case .path(let path, let fill, let stroke) = node else { return nil }
        return [fill == nil ? 0 : 1, stroke?.width ?? -1, Double(path.elements.count)] + (stroke?.dash ?? [])
    }

    /// The lines of a run of sibling nodes, each followed by a newline: all of a short run; the first and
    /// last few of a long one, with how many were left out and a hash of every line.
    static func run(_ lines: [String], indent: String) -> String {
        guard lines.count > DumpLimits.listedRun else { return lines.map { $0 + "\n" }.joined() }
        let head = lines.prefix(DumpLimits.endRun)
        let tail = lines.suffix(DumpLimits.endRun)
        return head.map { $0 + "\n" }.joined()
            + indent + "… \(lines.count - head.count - tail.count) more paths (run of \(lines.count),"
            + " hash \(SceneDigest.hex(of: lines)))\n"
            + tail.map { $0 + "\n" }.joined()
    }

    /// One colour when all are equal; else the first, the last, how many differ and a hash of all.
    static func colors(_ colors: [Color]) -> String {
        let printed = colors.map(hex)
        guard let first = printed.first, let last = printed.last else { return "none" }
        if printed.allSatisfy({ $0 == first }) { return "all \(first)" }
        return "\(first) … \(last), \(Set(printed).count) distinct, hash \(SceneDigest.hex(of: printed))"
    }

    /// A hash of the size and every pixel byte.
    static func pixelHash(_ image: RasterImage) -> String {
        var digest = SceneDigest()
        digest.add(image.width)
        digest.add(image.height)
        digest.add(image.pixels)
        return digest.hex
    }
}
