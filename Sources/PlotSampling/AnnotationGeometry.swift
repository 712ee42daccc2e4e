import PlotDiagnostics
import PlotFormula
import PlotScales
import PlotSpec

/// What a spec's annotations need from the evaluated landscape, computed with the sample table so that
/// layout only places given values: the rows `argmax`, `argmin`, `true_argmax`, `true_argmin` and `{top: f}` stand for, and every curve
/// traced in data coordinates.
///
/// `argmax`/`argmin` are taken over the value the plot shows (the score, or `1 − score` for a loss), the
/// first such row on ties. `{top: f}` stands for the `max(1, round(f × count))` rows with the best
/// score (highest, or lowest when `sampling.data` minimises), best first (ties by row); the rows are ranked once, so a million-trial table is sorted once
/// however many fractions and annotations refer to it.
///
/// A curve `{p: formula}` relates the two plotted parameters of a heatmap or scatter: the formula gives
/// `p` along the other plotted parameter, sampled at 241 evenly spaced points of its axis, with every
/// other parameter at its held value. Where the formula is not finite (or not positive on a log axis) the
/// curve breaks; that is drawing, not an error.
public struct AnnotationGeometry: Sendable {
    /// The row with the highest shown value; nil for an empty table.
    public var argmaxRow: Int?
    /// The row with the lowest shown value; nil for an empty table.
    public var argminRow: Int?
    /// The row with the highest shown noise-free value (`SampleTable.trueScore`); nil for an empty table.
    public var trueArgmaxRow: Int?
    /// The row with the lowest shown noise-free value; nil for an empty table.
    public var trueArgminRow: Int?
    /// The rows of each `{top: f}` fraction the spec uses, keyed by the fraction.
    public var topRows: [Double: [Int]]
    /// Each curve annotation's trace, keyed by its index in `FigureSpec.annotations`.
    public var curves: [Int: CurveTrace]

    /// Nothing resolved (a table built by hand).
    public static let empty = AnnotationGeometry(argmaxRow: nil, argminRow: nil, topRows: [:], curves: [:])

    public init(
        argmaxRow: Int?, argminRow: Int?, trueArgmaxRow: Int? = nil, trueArgminRow: Int? = nil,
        topRows: [Double: [Int]], curves: [Int: CurveTrace]
    ) {
        self.argmaxRow = argmaxRow
        self.argminRow = argminRow
        self.trueArgmaxRow = trueArgmaxRow
        self.trueArgminRow = trueArgminRow
        self.topRows = topRows
        self.curves = curves
    }

    /// Resolves the anchors and traces the curves of `spec` over `table`. Throws the compiler's
    /// diagnostic when a curve formula does not compile (the decoder checked it, so this reports an
    /// inconsistency instead of dropping the curve).
    public init(spec: FigureSpec, table: SampleTable) throws(DiagnosticError) {
        let shown = spec.plot.shown
        argmaxRow = Self.extremeRow(table.score, greatest: true, shown: shown)
        argminRow = Self.extremeRow(table.score, greatest: false, shown: shown)
        trueArgmaxRow = Self.extremeRow(table.trueScore, greatest: true, shown: shown)
        trueArgminRow = Self.extremeRow(table.trueScore, greatest: false, shown: shown)
        var fractions: Set<Double> = []
        for annotation in spec.annotations {
            for anchor in Self.anchors(of: annotation.kind) {
                if case .topMedian(let fraction) = anchor { fractions.insert(fraction) }
            }
        }
        topRows = Self.bestRows(table, fractions: fractions, direction: spec.sampling.direction)
        curves = [:]
        guard let plane = spec.plot.plane else { return }
        for (index, annotation) in spec.annotations.enumerated() {
            guard case .curve(let curve) = annotation.kind, curve.parameter == plane.x || curve.parameter == plane.y
            else { continue }
            let sweep = curve.parameter == plane.x ? plane.y : plane.x
            curves[index] = try CurveTrace(curve, sweep: sweep, spec: spec)
        }
    }

    /// The points a label or marker is placed by (none for other kinds).
    public static func anchors(of kind: AnnotationKind) -> [AnchorPoint] {
        switch kind {
        case .label(let label): [label.target, label.position].compactMap { $0 }
        case .marker(let marker): [marker.at]
        default: []
        }
    }

    /// For each fraction, the `max(1, round(fraction × count))` rows with the highest score, best first
    /// (ties by row). The rows are ranked once, however many fractions there are: `validate` evaluates
    /// this too, and a million trials take one sort.
    static func bestRows(_ table: SampleTable, fractions: Set<Double>, direction: ScoreDirection = .maximize)
        -> [Double: [Int]]
    {
        guard table.count > 0, !fractions.isEmpty else { return [:] }
        let score = table.score
        let order = (0..<table.count).sorted { a, b in
            score[a] != score[b] ? direction.isBetter(score[a], than: score[b]) : a < b
        }
        var rows: [Double: [Int]] = [:]
        for fraction in fractions {
            let k = min(table.count, max(1, Int((fraction * Double(table.count)).rounded())))
            rows[fraction] = Array(order.prefix(k))
        }
        return rows
    }

    /// The first row with the greatest (or least) shown value of `values` (the score or the true score).
    private static func extremeRow(_ values: [Double], greatest: Bool, shown: ShownValue) -> Int? {
        guard !values.isEmpty else { return nil }
        var best = 0
        for row in 1..<values.count {
            let value = shown.apply(values[row])
            let bestValue = shown.apply(values[best])
            if greatest ? value > bestValue : value < bestValue { best = row }
        }
        return best
    }
}

/// A curve annotation in data coordinates: pieces of (value of the swept parameter, value of the curve's
/// parameter), each of two points or more.
public struct CurveTrace: Sendable, Equatable {
    /// The plotted parameter the curve is traced along.
    public var sweep: Int
    public var pieces: [[CurvePoint]]

    init(_ curve: CurveAnnotation, sweep: Int, spec: FigureSpec) throws(DiagnosticError) {
        let program = try CompiledFormula(
            curve.formula.expression, variables: spec.parameterNames,
            definitions: spec.definitions)
        var point = spec.parameters.map(\.heldValue)
        let scale = spec.parameters[sweep].continuousScale
        let logarithmic = spec.parameters[curve.parameter].scale.isLogarithmic
        var pieces: [[CurvePoint]] = [[]]
        for k in 0...240 {
            let v = scale.value(atNormalized: Double(k) / 240)
            point[sweep] = v
            let computed = program.evaluate(point: point)
            guard computed.isFinite, !logarithmic || computed > 0 else {
                if !(pieces.last?.isEmpty ?? true) { pieces.append([]) }
                continue
            }
            pieces[pieces.count - 1].append(CurvePoint(sweep: v, value: computed))
        }
        self.sweep = sweep
        self.pieces = pieces.filter { $0.count > 1 }
    }
}

/// One sample of a curve: where along the swept parameter, and the curve's value there.
public struct CurvePoint: Sendable, Equatable {
    public var sweep: Double
    public var value: Double
}

extension Plot {
    /// The value the plot shows.
    var shown: ShownValue {
        switch self {
        case .heatmap(let plot): plot.shown
        case .surface(let plot): plot.shown
        case .parallelCoordinates(let plot): plot.shown
        case .scatter(let plot): plot.shown
        case .slice(let plot): plot.shown
        case .history(let plot): plot.shown
        case .importance: .score
        }
    }

    /// The two parameters of a 2-D plot's plane (curves lie in it); nil for kinds without one.
    var plane: (x: Int, y: Int)? {
        switch self {
        case .heatmap(let plot): (plot.x, plot.y)
        case .scatter(let plot): (plot.x, plot.y)
        case .surface, .parallelCoordinates, .slice, .history, .importance: nil
        }
    }
}
