import Foundation
import PlotDiagnostics
import PlotYAML

extension DecodeContext {
    static let outputExtensions = ["png", "svg", "pdf"]

    func decodeFigure(_ node: YAMLNode) -> FigureSettings? {
        let d = language.figure
        guard let map = MappingReader(node, .figure, context: self) else { return nil }
        let title = map[d.title].flatMap { string($0, "title") }
        let subtitle = map[d.subtitle].flatMap { string($0, "subtitle") }
        var dpi = number(map, d.dpi)
        var (width, height) = (d.size.defaultValue.first, d.size.defaultValue.second)
        if let sizeNode = map[d.size.key], let (w, h) = inchPair(sizeNode, as: d.size.key) {
            (width, height) = (w, h)
        }
        if let pixelsNode = map[d.pixels] {
            if map.has(d.size.key), map.has(d.dpi.key), let key = map.keyNode(d.pixels) {
                report(
                    Messages.Spec.exactlyOne(
                        of: [d.pixels.name, "\(d.size.name) with \(d.dpi.name)"],
                        in: "figure", at: key.span))
            } else if let (pw, ph) = pixelPair(pixelsNode, as: d.pixels) {
                // Pixels fix the raster; the page keeps the requested size (or the default width) and dpi follows.
                if map.has(d.size.key) {
                    dpi = pw / width
                } else {
                    width = pw / dpi
                }
                height = ph / dpi
                checkPixelPage(width: width, height: height, dpi: dpi, at: pixelsNode)
            }
        }
        checkPixelBudget(width: width, height: height, dpi: dpi, at: map[d.dpi.key] ?? map[d.size.key] ?? node)
        let fontSize = number(map, d.fontSize)
        let background = color(map, d.background)
        let fonts = map[d.font].flatMap { fontFamilies($0) }
        var output = ""
        let outputNode = map.required(d.output)
        if let outputNode, let path = string(outputNode, "output") {
            checkOutputName(path, at: outputNode)
            output = path
        }
        return FigureSettings(
            title: title, subtitle: subtitle, widthInches: width, heightInches: height, dpi: dpi,
            output: output, outputSpan: outputNode?.span, fontSize: fontSize, background: background,
            fontFamilies: fonts?.names ?? FigureSettings.defaultFontFamilies, fontFamilySpans: fonts?.spans ?? [])
    }

    /// The output must name a figure file exactly as printed: the extension (of the last path component,
    /// as the renderer reads it) picks the format, and a control or bidi character would make the C file
    /// API write a truncated or disguised name.
    private func checkOutputName(_ path: String, at node: YAMLNode) {
        if let scalar = path.unicodeScalars.first(where: \.isControlOrBidi) {
            report(Messages.Output.controlCharacter(scalar, at: node.span))
            return
        }
        let ext = Self.outputExtension(of: path)
        if ext.isEmpty {
            report(Messages.Output.notAFigureFile(path, at: node.span))
        } else if !Self.outputExtensions.contains(ext.lowercased()) {
            report(Messages.Spec.unsupportedOutput("." + ext, at: node.span))
        }
    }

    /// The extension of an output path's last component (`a/b.PNG` → `PNG`; `.png`, `out` → empty):
    /// the rule `render` uses to choose the format.
    static func outputExtension(of path: String) -> String {
        (path as NSString).pathExtension
    }

    private func inchPair(_ node: YAMLNode, as key: KeyDescription) -> (Double, Double)? {
        guard let items = node.sequence, items.count == 2 else {
            report(
                Messages.Spec.wrongType(
                    expected: "[width, height] in inches for size", found: node.kindDescription,
                    at: node.span))
            return nil
        }
        let w = number(items[0], "figure width", as: key)
        let h = number(items[1], "figure height", as: key)
        guard let w, let h else { return nil }
        return (w, h)
    }

    private func pixelPair(_ node: YAMLNode, as key: KeyDescription) -> (Double, Double)? {
        guard let items = node.sequence, items.count == 2 else {
            report(
                Messages.Spec.wrongType(
                    expected: "[width, height] in pixels", found: node.kindDescription,
                    at: node.span))
            return nil
        }
        let side = key.integerRange
        guard let w = integer(items[0], "pixel width", in: side), let h = integer(items[1], "pixel height", in: side)
        else { return nil }
        return (Double(w), Double(h))
    }

    private func checkPixelBudget(width: Double, height: Double, dpi: Double, at node: YAMLNode) {
        let pw = width * dpi
        let ph = height * dpi
        if pw > Double(SpecLimits.maxPixelsPerSide) || ph > Double(SpecLimits.maxPixelsPerSide)
            || pw * ph > Double(SpecLimits.maxPixels)
        {
            report(
                Messages.Spec.tooLarge(
                    "a \(Int(pw)) × \(Int(ph)) pixel figure",
                    limit: "\(SpecLimits.maxPixels / 1_000_000) megapixels and "
                        + "\(SpecLimits.maxPixelsPerSide) pixels a side", at: node.span))
        }
    }
}
