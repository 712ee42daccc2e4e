import PlotScene

/// Writes a `Scene` as SVG 1.1 directly, instead of through Cairo's SVG surface.
///
/// Cairo's writer outlines every glyph (text cannot be searched, copied or edited) and numbers its ids from
/// a process-wide counter (the same figure gives different bytes alone or in a batch). This writer emits
/// real `<text>` in the scene's font families with named fallbacks, ids derived from content (`SVGDefinitions`), numbers
/// with fixed decimals (`SVGNumber`), images as embedded PNG, and one element per line so a diff of two
/// figures reads element by element. The output is a function of the scene alone.
///
/// Each node kind is written to match what `CairoCanvas` paints: a path fills (non-zero) and then strokes,
/// with Cairo's miter limit of 10; markers are one shared `<path>` placed by `<use>`; polylines are one
/// `<path>` per line in a `<g>` holding their shared style, or the PNG's raster above `PolylineTechnique`'s
/// limit; images are clipped to and stretched over their rectangle, nearest-neighbour unless smooth; clips
/// intersect as they nest.
public enum SVGWriter {
    /// The SVG document for `scene`, UTF-8 encoded, for a figure of `pixelScale` pixels per point (the
    /// resolution of images the viewer should not blur, and of anything rasterised).
    public static func write(_ scene: Scene, pixelScale: Double) -> [UInt8] {
        let scale = pixelScale > 0 ? pixelScale : 1
        var document = Document(pixelScale: scale, polylineTechnique: .output(pixelScale: scale))
        document.writeBody(scene)
        return Array(document.assemble(scene).utf8)
    }
}

// MARK: - Document

extension SVGWriter {
    /// The body being written plus the definitions it refers to; assembled once the body is complete.
    struct Document {
        /// Output pixels per point in the PNG of the same scene: how finely nearest-neighbour images are
        /// enlarged (see `SVGImageData`).
        let pixelScale: Double
        /// Strokes or a raster for `polylines` nodes.
        let polylineTechnique: PolylineTechnique
        var body = ""
        var definitions = SVGDefinitions()

        /// Header, `<defs>` (shapes and clips in order of first use), background and body.
        func assemble(_ scene: Scene) -> String {
            let width = SVGNumber.format(scene.width)
            let height = SVGNumber.format(scene.height)
            var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            // Cairo's default miter limit is 10, SVG's is 4; set once on the root, every element inherits it.
            text +=
                "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                + " version=\"1.1\" width=\"\(width)pt\" height=\"\(height)pt\" viewBox=\"0 0 \(width) \(height)\""
                + " stroke-miterlimit=\"10\">\n"
            if !definitions.markup.isEmpty {
                text += "<defs>\n" + definitions.markup + "</defs>\n"
            }
            if scene.background.alpha > 0 {
                text += "<rect width=\"\(width)\" height=\"\(height)\"" + SVGPaint.fill(scene.background) + "/>\n"
            }
            text += body
            text += "</svg>\n"
            return text
        }

        /// Every node in order. Groups are walked with an explicit stack, as `ScenePainter` does, so no
        /// nesting depth can overflow the call stack.
        mutating func writeBody(_ scene: Scene) {
            var stack: [IndexingIterator<[SceneNode]>] = [scene.nodes.makeIterator()]
            while !stack.isEmpty {
                guard let node = stack[stack.count - 1].next() else {
                    if stack.count > 1 { body += "</g>\n" }
                    stack.removeLast()
                    continue
                }
                switch node {
                case .path(let path, let fill, let stroke):
                    writePath(path, fill: fill, stroke: stroke)
                case .markers(let marker, let centers, let fills, let stroke):
                    writeMarkers(marker, centers: centers, fills: fills, stroke: stroke)
                case .polylines(let polylines):
                    writePolylines(polylines)
                case .image(let image, let rect):
                    writeImage(image, in: rect)
                case .text(let run):
                    body += SVGTextElement.make(run)
                case .group(let clip, let children):
                    if let clip {
                        body += "<g clip-path=\"url(#\(clipId(clip)))\">\n"
                    } else {
                        body += "<g>\n"
                    }
                    stack.append(children.makeIterator())
                }
            }
        }

        private mutating func writePath(_ path: Path, fill: Color?, stroke: Stroke?) {
            let stroke = stroke.flatMap { $0.width > 0 ? $0 : nil }
            guard !path.isEmpty, fill != nil || stroke != nil else { return }
            body +=
                "<path d=\"" + SVGPathData.make(path) + "\""
                + (fill.map(SVGPaint.fill) ?? " fill=\"none\"")
                + (stroke.map(SVGPaint.stroke) ?? "") + "/>\n"
        }

        /// One shared `<path>` in `<defs>`, one `<use>` per centre. Fill and stroke sit on the `<use>` or on
        /// an enclosing `<g>` and are inherited by the shared path, which sets neither.
        private mutating func writeMarkers(_ marker: Path, centers: [Point], fills: [Color], stroke: Stroke?) {
            guard !marker.isEmpty, !centers.isEmpty else { return }
            let stroke = stroke.flatMap { $0.width > 0 ? $0 : nil }
            let d = SVGPathData.make(marker)
            let id = definitions.id(prefix: "marker", content: d) { "<path id=\"\($0)\" d=\"\(d)\"/>" }
            // As in `CairoCanvas`: one colour per centre, else the first colour for all, else no fill.
            let perPoint = fills.count == centers.count && fills.count > 1
            let shared = perPoint ? "" : (fills.first.map(SVGPaint.fill) ?? " fill=\"none\"")
            body += "<g" + shared + (stroke.map(SVGPaint.stroke) ?? "") + ">\n"
            for (i, center) in centers.enumerated() {
                body +=
                    "<use xlink:href=\"#\(id)\" x=\"" + SVGNumber.format(center.x) + "\" y=\""
                    + SVGNumber.format(center.y) + "\"" + (perPoint ? SVGPaint.fill(fills[i]) : "") + "/>\n"
            }
            body += "</g>\n"
        }

        /// One `<path>` per line inside a `<g>` carrying the shared width, caps and joins; or the raster
        /// image where the technique rasterises.
        private mutating func writePolylines(_ polylines: Polylines) {
            if let raster = polylineTechnique.raster(polylines) {
                writeImage(raster.image, in: raster.rect)
                return
            }
            guard polylines.width > 0, !polylines.lines.isEmpty else { return }
            body +=
                "<g fill=\"none\""
                + SVGPaint.strokeShape(
                    width: polylines.width, cap: polylines.cap,
                    join: polylines.join, dash: []) + ">\n"
            for line in polylines.lines where !line.points.isEmpty {
                body +=
                    "<path d=\"" + SVGPathData.make(Path(polyline: line.points)) + "\""
                    + SVGPaint.strokeColor(line.color) + "/>\n"
            }
            body += "</g>\n"
        }

        private mutating func writeImage(_ image: RasterImage, in rect: Rect) {
            guard image.width > 0, image.height > 0, rect.width > 0, rect.height > 0,
                let uri = SVGImageData.uri(image, displayed: (rect.width * pixelScale, rect.height * pixelScale))
            else { return }
            // optimizeSpeed is SVG 1.1's nearest-neighbour (librsvg, Inkscape); browsers read the CSS values.
            let filtering =
                image.smooth
                ? ""
                : " image-rendering=\"optimizeSpeed\" style=\"image-rendering:crisp-edges;image-rendering:pixelated\""
            body +=
                "<image x=\"" + SVGNumber.format(rect.x) + "\" y=\"" + SVGNumber.format(rect.y)
                + "\" width=\"" + SVGNumber.format(rect.width) + "\" height=\"" + SVGNumber.format(rect.height)
                + "\" preserveAspectRatio=\"none\"" + filtering + " xlink:href=\"" + uri + "\"/>\n"
        }

        private mutating func clipId(_ rect: Rect) -> String {
            // cairo_rectangle with a negative size spans the other way; SVG rejects negative sizes.
            let x = min(rect.x, rect.x + rect.width)
            let y = min(rect.y, rect.y + rect.height)
            let box =
                "x=\"" + SVGNumber.format(x) + "\" y=\"" + SVGNumber.format(y) + "\" width=\""
                + SVGNumber.format(abs(rect.width)) + "\" height=\"" + SVGNumber.format(abs(rect.height)) + "\""
            return definitions.id(prefix: "clip", content: box) { "<clipPath id=\"\($0)\"><rect \(box)/></clipPath>" }
        }
    }
}
