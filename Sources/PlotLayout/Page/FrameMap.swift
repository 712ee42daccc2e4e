import PlotDiagnostics
import PlotSampling
import PlotScales
import PlotScene
import PlotSpec

/// Where one plot frame's data landed on the page, for reading values back off a rendered figure (the
/// preview's hover): the frame rectangle, which parameters run across and up with their axis scales, and
/// where each sample row was drawn.
///
/// Everything here comes from the layout that drew the figure, so a reader needs no plotting logic of
/// its own. Positions are in page points (1/72 inch, y down); multiply by `dpi / 72` for image pixels.
/// Slices have no map yet.
public struct FrameMap: Sendable {
    /// What the frame draws, which decides how a position finds its row.
    public enum Kind: String, Sendable {
        /// A grid of cells: a position falls in one cell, whose row is in `cellRows`.
        case heatmap
        /// Markers: a position is nearest to one of `points` (a scatter's trials, or a history's).
        case scatter
        /// One polyline per row through the axes at `slots`: a position is nearest to one of `lines`.
        case parallel
        /// A 3-D surface: quads between grid points, drawn far first. A position is on the last quad in
        /// `quads` whose corners (`vertices`) enclose it, and reads that quad's nearest corner, whose row
        /// is in `cellRows`.
        case surface
        /// Slice curves along one parameter: a position reads the nearest trial marker (`points`, one per
        /// sample row, when the slice draws its trials) or else the nearest point of `curves`.
        case slice
        /// Importance bars: a position reads the bar whose row (`bands`, top to bottom, the parameters by
        /// share and then the interactions, as `SampleTable.importance.ranked` orders them) holds it.
        case bars
    }

    /// One axis of the frame: the parameter it shows (its index in the spec's parameters) and its scale.
    public struct Axis: Sendable {
        public let parameter: Int
        public let scale: ContinuousScale
    }

    public let kind: Kind
    /// The panel the frame belongs to (its index in reading order); 0 on a page of one plot.
    public var panel: Int
    public let rect: Rect
    /// The parameters across and up, and their axis scales; nil for parallel coordinates and histories.
    public let x: Axis?
    public let y: Axis?
    /// Heatmap: cells across and up. Surface: grid points across and up.
    public let columns: Int
    public let rows: Int
    /// Heatmap: the sample row drawn in each cell, x fastest, the bottom row of cells first. Surface: the
    /// sample row at each grid point, in the same order. Empty when `estimated`.
    public let cellRows: [Int]
    /// Heatmap or surface drawn from the table's `estimate` (an estimate from trials): its cells or grid
    /// points are the estimate's, x fastest and the bottom row first, and read no sample row.
    public let estimated: Bool
    /// Surface: where each grid point was drawn, indexed like `cellRows`.
    public let vertices: [Point]
    /// Surface: the quads in the order they were painted (far first), each named by its first corner
    /// `i + j * (columns - 1)`; its corners are grid points (i, j), (i + 1, j), (i + 1, j + 1), (i, j + 1).
    public let quads: [Int]
    /// Scatter: where each sample row's marker was drawn, indexed like the table's rows.
    public let points: [Point]
    /// Slice: each curve's points on the page, indexed like the table's `slice` curves and their points.
    public let curves: [[Point]]
    /// Importance bars: each bar's row across the frame, top to bottom.
    public let bands: [Rect]
    /// Parallel coordinates: each axis's page x, left to right (the shown value's axis last).
    public let slots: [Double]
    /// Parallel coordinates: each row's page y on every axis of `slots`, indexed like the table's rows.
    public let lines: [[Double]]

    private init(
        kind: Kind, rect: Rect, x: Axis?, y: Axis?, columns: Int = 0, rows: Int = 0, cellRows: [Int] = [],
        estimated: Bool = false, vertices: [Point] = [], quads: [Int] = [], points: [Point] = [],
        curves: [[Point]] = [], bands: [Rect] = [], slots: [Double] = [], lines: [[Double]] = []
    ) {
        self.kind = kind
        panel = 0
        self.rect = rect
        self.x = x
        self.y = y
        self.columns = columns
        self.rows = rows
        self.cellRows = cellRows
        self.estimated = estimated
        self.vertices = vertices
        self.quads = quads
        self.points = points
        self.curves = curves
        self.bands = bands
        self.slots = slots
        self.lines = lines
    }

    /// The map of a heatmap frame: of the table's estimate when it has one, else of its grid; nil when the
    /// table is neither an estimate nor a grid over both axes.
    static func heatmap(frame: PlotFrame, table: SampleTable, x: Int, y: Int) -> FrameMap? {
        let xAxis = Axis(parameter: x, scale: frame.x)
        let yAxis = Axis(parameter: y, scale: frame.y)
        if let estimate = table.estimate {
            return FrameMap(
                kind: .heatmap, rect: frame.rect, x: xAxis, y: yAxis, columns: estimate.nx, rows: estimate.ny,
                estimated: true)
        }
        guard let grid = gridRows(table: table, x: x, y: y) else { return nil }
        return FrameMap(
            kind: .heatmap, rect: frame.rect, x: xAxis, y: yAxis, columns: grid.nx, rows: grid.ny, cellRows: grid.rows)
    }

    /// The map of a surface: each grid point's page position and row, and the quads in painting order,
    /// from the mesh that drew them; nil when the table is not a grid over both axes.
    static func surface(mesh: SurfaceMesh, fit: ScreenFit, table: SampleTable, x: Int, y: Int, spec: FigureSpec)
        -> FrameMap?
    {
        let estimated = table.estimate != nil
        let grid: (nx: Int, ny: Int, rows: [Int])
        if let estimate = table.estimate {
            grid = (estimate.nx, estimate.ny, [])
        } else if let rows = gridRows(table: table, x: x, y: y) {
            grid = rows
        } else {
            return nil
        }
        guard grid.nx == mesh.field.nx, grid.ny == mesh.field.ny else { return nil }
        var vertices: [Point] = []
        vertices.reserveCapacity(grid.nx * grid.ny)
        for j in 0..<grid.ny {
            for i in 0..<grid.nx { vertices.append(fit.page(mesh.vertex(i, j))) }
        }
        let quads = mesh.facesInPaintOrder().map { $0.i + $0.j * (grid.nx - 1) }
        return FrameMap(
            kind: .surface, rect: fit.boxBounds,
            x: Axis(parameter: x, scale: spec.parameters[x].continuousScale),
            y: Axis(parameter: y, scale: spec.parameters[y].continuousScale), columns: grid.nx, rows: grid.ny,
            cellRows: grid.rows, estimated: estimated, vertices: vertices, quads: quads)
    }

    /// The sample row at each point of a grid over parameters `x` and `y`, x fastest and the lowest y
    /// first: the strides `GridField` reads the scores with, so a cell's row is the row painted there.
    private static func gridRows(table: SampleTable, x: Int, y: Int) -> (nx: Int, ny: Int, rows: [Int])? {
        guard let grid = table.grid,
            let xAxis = grid.axes.firstIndex(where: { $0.parameter == x }),
            let yAxis = grid.axes.firstIndex(where: { $0.parameter == y })
        else { return nil }
        let nx = grid.axes[xAxis].count
        let ny = grid.axes[yAxis].count
        let xStride = xAxis == 0 ? 1 : grid.axes[0].count
        let yStride = yAxis == 0 ? 1 : grid.axes[0].count
        var rows: [Int] = []
        rows.reserveCapacity(nx * ny)
        for j in 0..<ny {
            for i in 0..<nx { rows.append(i * xStride + j * yStride) }
        }
        return (nx, ny, rows)
    }

    /// The map of a scatter frame: every row's marker position.
    static func scatter(frame: PlotFrame, table: SampleTable, x: Int, y: Int) -> FrameMap {
        let xs = table.columns[x]
        let ys = table.columns[y]
        let points = (0..<table.count).map { frame.point(xs[$0], ys[$0]) }
        return FrameMap(
            kind: .scatter, rect: frame.rect, x: Axis(parameter: x, scale: frame.x),
            y: Axis(parameter: y, scale: frame.y), points: points)
    }

    /// The map of a history: its trial markers, read like a scatter's (nearest marker) but with no
    /// parameter across or up.
    static func history(rect: Rect, points: [Point]) -> FrameMap {
        FrameMap(kind: .scatter, rect: rect, x: nil, y: nil, points: points)
    }

    /// The map of a slice: its trial markers (empty when it draws none) and its curves' points, with the
    /// parameter across.
    static func slice(frame: PlotFrame, x: Int, points: [Point], curves: [[Point]]) -> FrameMap {
        FrameMap(
            kind: .slice, rect: frame.rect, x: Axis(parameter: x, scale: frame.x), y: nil, points: points,
            curves: curves)
    }

    /// The map of an importance plot: each bar's row, top to bottom.
    static func bars(rect: Rect, bands: [Rect]) -> FrameMap {
        FrameMap(kind: .bars, rect: rect, x: nil, y: nil, bands: bands)
    }

    /// The map of a parallel-coordinates plot: its axes' x and each row's y on them.
    static func parallel(rect: Rect, slots: [Double], lines: [[Double]]) -> FrameMap {
        FrameMap(kind: .parallel, rect: rect, x: nil, y: nil, slots: slots, lines: lines)
    }
}

extension FigureLayout {
    /// Lays out the figure as `layout` does and also returns each plot frame's map, in panel order (a
    /// page of panels has one per panel whose kind has a map).
    public static func layoutWithFrames(_ spec: FigureSpec, table: SampleTable, measurer: any TextMeasurer)
        throws(DiagnosticError) -> (scene: Scene, frames: [FrameMap])
    {
        let composed = try composed(spec, table: table, measurer: measurer)
        let frames = composed.areas.enumerated().compactMap { index, area -> FrameMap? in
            guard var frame = area.frameMap() else { return nil }
            frame.panel = index
            return frame
        }
        return (composed.scene, frames)
    }
}
