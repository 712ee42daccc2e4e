import Foundation
import PlotConcurrency
import PlotDiagnostics
import PlotRender
import PlotSampling
import PlotScene
import Testing

@testable import PlotLayout
@testable import PlotSpec

/// The bundled specs laid out at page sizes and font sizes other than the 8 × 6 in, 10 pt they were
/// designed at, measured with the real Cairo measurer: no text may overlap other text, leave the page or
/// be cut by a clip, no filled shape (annotation and legend boxes, colour bars) may leave the page, and
/// the plot itself must keep a usable size. Where things cannot fit, the layout must drop or shrink
/// decorations rather than break these rules.
@Suite struct FigureSizeTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var spec: String
        var width: Double
        var height: Double
        var fontSize: Double
        var title: String?
        var subtitle: String?

        var testDescription: String {
            "\(spec) \(width)×\(height) in @\(fontSize) pt" + (title.map { " title \($0.count) chars" } ?? "")
        }

        /// Pages where the font is large for the page: only the hard rules apply, not the frame share.
        /// A surface needs room on three sides of its box for axis text, so it is cramped sooner.
        /// (Known limit: at 3 × 2.5 in the surface box is only about a sixth of the page.)
        var isCramped: Bool {
            min(width * 72 / fontSize, height * 72 / fontSize) < (spec.hasSuffix("surface") ? 25 : 20)
        }
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let specNames: [String] = [
        "architecture_search_surface", "hyperparameter_parallel_coordinates", "hyperparameter_trials_scatter",
        "learning_rate_vs_batch_size_heatmap", "learning_rate_vs_weight_decay_heatmap"
    ]

    static let sizes: [(Double, Double)] = [(3, 2.5), (4, 3), (6, 4), (12, 4), (5, 8), (16, 9)]
    static let fontSizes: [Double] = [8, 10, 14]

    static let longTitle =
        "A very long title that describes the whole hyperparameter landscape in far more "
        + "words than any page could hold on one line, so it must wrap or shrink"
    static let longSubtitle =
        "And an equally verbose subtitle: held parameters, sampling details, the seed, "
        + "the colormap and a remark about how the best trials are drawn on top of the rest"

    static var sizeCases: [Case] {
        specNames.flatMap { name in
            sizes.flatMap { size in
                fontSizes.map { Case(spec: name, width: size.0, height: size.1, fontSize: $0) }
            }
        }
    }

    static var longTitleCases: [Case] {
        specNames.flatMap { name in
            [(3.0, 2.5, 8.0), (4, 3, 10), (8, 6, 10), (5, 8, 14)].map {
                Case(spec: name, width: $0.0, height: $0.1, fontSize: $0.2, title: longTitle, subtitle: longSubtitle)
            }
        }
    }

    /// Specs are decoded and evaluated once: the figure block does not change the samples.
    static let evaluated = Cache()

    struct Cache: Sendable {
        private let specs = Locked([String: (FigureSpec, SampleTable)]())

        func load(_ name: String) throws -> (FigureSpec, SampleTable) {
            try specs.withLock { specs in
                if let hit = specs[name] { return hit }
                let path = FigureSizeTests.repository.appendingPathComponent("specs/\(name).yaml").path
                let root = try SpecLoader.load(path: path, sources: SourceRegistry())
                let (decoded, diagnostics) = SpecDecoder.decode(root, sourcePath: path)
                guard let spec = decoded else { throw LayoutFixture.Failure(description: "\(diagnostics)") }
                let entry = (spec, try LandscapeEvaluator.evaluate(spec))
                specs[name] = entry
                return entry
            }
        }
    }

    static func scene(_ c: Case) throws -> (FigureSpec, Scene) {
        let (decoded, table) = try evaluated.load(c.spec)
        // The test-only builder (`@testable import PlotSpec`): another page for the same landscape.
        let f = decoded.figure
        let spec = decoded.replacing(
            figure: FigureSettings(
                title: c.title ?? f.title, subtitle: c.subtitle ?? f.subtitle, widthInches: c.width,
                heightInches: c.height, dpi: f.dpi, output: f.output, outputSpan: f.outputSpan, fontSize: c.fontSize,
                background: f.background))
        return (spec, try FigureLayout.layout(spec, table: table, measurer: SceneRenderer.measurer()))
    }

    @Test(arguments: sizeCases)
    func layoutHoldsAtSize(_ c: Case) throws {
        try check(c)
    }

    @Test(arguments: longTitleCases)
    func longTitlesWrapOrShrink(_ c: Case) throws {
        let (_, scene) = try check(c)
        let page = Rect(x: 0, y: 0, width: scene.width, height: scene.height)
        let titleRuns = scene.textRuns.filter {
            $0.font.weight == .bold && $0.rotation == 0 && $0.bounds.minY < page.height * 0.4
        }
        #expect(titleRuns.count >= 1, "the title is still drawn")
    }

    @discardableResult
    private func check(_ c: Case) throws -> (FigureSpec, Scene) {
        let (spec, scene) = try Self.scene(c)
        for problem in try Self.problems(spec, scene, cramped: c.isCramped) {
            Issue.record(Comment(rawValue: problem))
        }
        return (spec, scene)
    }

    /// Every rule the scene breaks, one line each.
    static func problems(_ spec: FigureSpec, _ scene: Scene, cramped: Bool) throws -> [String] {
        let page = Rect(x: 0, y: 0, width: scene.width, height: scene.height)
        let items = SceneItems(scene.nodes)
        var problems = LayoutFixture.overlaps(items.texts.map(\.run)).map { "text overlaps: '\($0)' × '\($1)'" }
        let measurer = SceneRenderer.measurer()
        for (run, clip) in items.texts {
            let box = rotatedBox(run, measurer.measure(run.text, font: run.font))
            if !page.insetBy(dx: -0.5, dy: -0.5).contains(box) {
                problems.append("off the page: '\(run.text)' \(box.short)")
            }
            if let clip, !clip.insetBy(dx: -0.5, dy: -0.5).contains(box) {
                problems.append("cut by a clip: '\(run.text)' \(box.short) in \(clip.short)")
            }
        }
        for (bounds, clip) in items.filledShapes where clip == nil && !page.insetBy(dx: -1, dy: -1).contains(bounds) {
            problems.append("a filled shape leaves the page: \(bounds.short)")
        }
        guard let plot = plotArea(spec, items) else { return problems + ["no plot area found"] }
        // A surface keeps its box's aspect, so only its longer side can fill the page; on cramped pages
        // the plot may shrink to make room for its text, but must still be there.
        let shares = (plot.width / page.width, plot.height / page.height)
        let share = if case .surface = spec.plot { max(shares.0, shares.1) } else { min(shares.0, shares.1) }
        if share < (cramped ? 0.04 : 0.25) {
            problems.append("plot area \(plot.short) is too small on a \(page.width)×\(page.height) page")
        }
        if !page.insetBy(dx: -1, dy: -1).contains(plot) { problems.append("plot area \(plot.short) leaves the page") }
        return problems
    }

    /// The box of a run recomputed from its origin, rotation and measured extents, independent of the
    /// bounds layout stored (so a wrong rotated box is caught too).
    static func rotatedBox(_ run: TextRun, _ e: TextExtents) -> Rect {
        let c = cos(run.rotation)
        let s = sin(run.rotation)
        let corners = [(0, -e.ascent), (e.width, -e.ascent), (0, e.descent), (e.width, e.descent)].map { x, y in
            Point(run.origin.x + x * c - y * s, run.origin.y + x * s + y * c)
        }
        let xs = corners.map(\.x)
        let ys = corners.map(\.y)
        let x0 = xs.min() ?? 0
        let y0 = ys.min() ?? 0
        return Rect(x: x0, y: y0, width: (xs.max() ?? 0) - x0, height: (ys.max() ?? 0) - y0)
    }

    /// The data area: the clip of 2-D plots, the projected panes of a surface, the axes of parallel
    /// coordinates.
    static func plotArea(_ spec: FigureSpec, _ items: SceneItems) -> Rect? {
        switch spec.plot {
        case .heatmap, .scatter, .slice:
            return items.clips.first
        case .surface:
            return items.filledShapes.prefix(3).map(\.bounds).reduce(nil) { $0?.union($1) ?? $1 }
        case .parallelCoordinates:
            return items.verticalLines.reduce(nil) { $0?.union($1) ?? $1 }
        case .history, .importance:
            return items.clips.first
        }
    }
}

/// The scene's drawables, flattened, with the clip each is drawn under.
struct SceneItems {
    var texts: [(run: TextRun, clip: Rect?)] = []
    var filledShapes: [(bounds: Rect, clip: Rect?)] = []
    var clips: [Rect] = []
    /// Unclipped, unfilled vertical segments of width ≥ 1 (parallel-coordinate axis lines).
    var verticalLines: [Rect] = []

    init(_ nodes: [SceneNode]) {
        walk(nodes, clip: nil)
    }

    private mutating func walk(_ nodes: [SceneNode], clip: Rect?) {
        for node in nodes {
            switch node {
            case .text(let run):
                texts.append((run, clip))
            case .path(let path, let fill, let stroke):
                guard let bounds = path.bounds else { continue }
                if fill != nil { filledShapes.append((bounds, clip)) }
                if fill == nil, clip == nil, bounds.width == 0, bounds.height > 0, (stroke?.width ?? 0) > 1 {
                    verticalLines.append(bounds)
                }
            case .group(let groupClip, let children):
                if let groupClip { clips.append(groupClip) }
                walk(children, clip: groupClip ?? clip)
            default:
                break
            }
        }
    }
}

extension Rect {
    /// Rounded for messages.
    var short: String { "[\(Int(x.rounded())), \(Int(y.rounded())), \(Int(width.rounded()))×\(Int(height.rounded()))]" }
}
