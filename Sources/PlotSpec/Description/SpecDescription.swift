/// The spec language, described once: every section's keys with their shapes, ranges, defaults and docs.
///
/// This value is the single source of the language. The decoder takes from it which keys a section
/// accepts (unknown keys and their did-you-mean), which are required, the ranges it checks and the
/// defaults it fills in; `SpecSchema`/`JSONSchemaWriter` print it as JSON Schema (`plotspec schema`);
/// `KeyTableWriter` prints the key tables of docs/spec-reference.md. A key is added in its section's
/// file here and read by its decoder through that description; nothing else lists it.
/// `SpecDescription.standard` is the language; tests decode and write schemas with changed copies to
/// show that both follow.
public struct SpecDescription: Sendable {
    public var spec = TopLevelDescription()
    public var figure = FigureDescription()
    public var parameter = ParameterDescription()
    public var sampling = SamplingDescription()
    public var trials = TrialsDescription()
    public var focus = FocusDescription()
    public var data = DataDescription()
    public var score = ScoreDescription()
    public var term = TermDescription()
    public var bell = BellDescription()
    public var ridge = RidgeDescription()
    public var penalty = PenaltyDescription()
    public var interaction = InteractionDescription()
    public var noise = NoiseDescription()
    public var plot = PlotDescription()
    public var heatmap = HeatmapDescription()
    public var surface = SurfaceDescription()
    public var parallel = ParallelDescription()
    public var scatter = ScatterDescription()
    public var slice = SliceDescription()
    public var history = HistoryDescription()
    public var bucket = BucketDescription()
    public var axis = AxisDescription()
    public var colorbar = ColorbarDescription()
    public var textAnnotation = TextAnnotationDescription()
    public var markerAnnotation = MarkerAnnotationDescription()
    public var lineAnnotation = LineAnnotationDescription()
    public var regionAnnotation = RegionAnnotationDescription()
    public var curveAnnotation = CurveAnnotationDescription()
    public var facet = FacetDescription()
    public var facetRows = FacetRowsDescription()
    public var panels = PanelsDescription()
    public var view = ViewDescription()
    public var importance = ImportanceDescription()
    public var estimate = EstimateDescription()

    public init() {}

    /// The language plotspec reads.
    public static let standard = SpecDescription()

    /// The section `id` names, as this description has it.
    public func section(_ id: SectionID) -> SectionDescription {
        switch id {
        case .spec: spec.section
        case .figure: figure.section
        case .parameter: parameter.section
        case .sampling: sampling.section
        case .trials: trials.section
        case .focus: focus.section
        case .data: data.section
        case .score: score.section
        case .term: term.section
        case .factor: term.factorSection
        case .bell: bell.section
        case .ridge: ridge.section
        case .penalty: penalty.section
        case .interaction: interaction.section
        case .noise: noise.section
        case .plot: plot.section
        case .heatmap: heatmap.section
        case .surface: surface.section
        case .parallel: parallel.section
        case .scatter: scatter.section
        case .slice: slice.section
        case .history: history.section
        case .bucket: bucket.section
        case .axis: axis.section
        case .colorbar: colorbar.section
        case .textAnnotation: textAnnotation.section
        case .markerAnnotation: markerAnnotation.section
        case .lineAnnotation: lineAnnotation.section
        case .regionAnnotation: regionAnnotation.section
        case .curveAnnotation: curveAnnotation.section
        case .facet: facet.section
        case .facetRows: facetRows.section
        case .panels: panels.section
        case .view: view.section
        case .importance: importance.section
        case .estimate: estimate.section
        }
    }

    /// The annotation kinds: each kind key with the section of its annotation.
    /// (Each annotation section lists its kind key first.)
    public var annotationKinds: [(kind: String, section: SectionID)] {
        SectionID.annotations.map { (section($0).keys.first?.name ?? "", $0) }
    }
}

/// The top level of a spec file.
public struct TopLevelDescription: Sendable {
    public var extends = KeyDescription(
        "extends",
        .anyOf(
            [
                .string(description: "path"),
                .list(.string(description: "path"), maxItems: nil, description: "")
            ], description: ""),
        doc: "Files (relative to this one) whose sections are merged under this spec.")
    public var figure = KeyDescription("figure", .section(.figure), .requiredAfterMerge)
    public var seed = DefaultedKey(
        "seed", .integer(minimum: 0, maximum: nil, description: ""), default: 0,
        doc: "Seed of every random number in the figure.")
    public var parameters = KeyDescription(
        "parameters", .map(.section(.parameter), description: "The hyperparameters, by name."), .requiredAfterMerge)
    public var hold = KeyDescription(
        "hold",
        .map(
            .parameterValue(description: "held value"),
            description: "Values for parameters that are not sampled."))
    public var define = KeyDescription(
        "define", .map(.formula(description: "a named sub-formula"), description: "Named sub-formulas."))
    public var sampling = KeyDescription("sampling", .section(.sampling), .requiredAfterMerge)
    public var score = KeyDescription(
        "score", .section(.score), .rule("required (may come from `extends`) unless `sampling.data` gives the score"))
    public var plot = KeyDescription(
        "plot", .section(.plot), .rule("required unless every view of `panels` has its own"))
    public var facet = KeyDescription("facet", .section(.facet))
    public var panels = KeyDescription("panels", .section(.panels))
    public var annotations = KeyDescription(
        "annotations", annotationList, doc: "Takeaways drawn on the plot (on every panel of a page of panels).")

    /// A list of annotations, each exactly one kind (top level, and a view's own).
    static let annotationList = SchemaNode.list(
        .anyOf(
            SectionID.annotations.map(SchemaNode.section),
            description: "An annotation: exactly one of text, marker, line, region, curve."),
        maxItems: SpecLimits.maxAnnotations, description: "")

    // No section is required of a single file (what the JSON Schema checks): a figure may take parameters
    // and score from `extends`, and a shared file has no figure. The decoder requires them after merging.
    public var section: SectionDescription {
        SectionDescription(
            "the spec", doc: "A plotspec figure: one YAML file describes one figure.",
            keys: [
                extends, figure, seed.described, parameters, hold, define, sampling, score, plot,
                facet, panels, annotations
            ])
    }
}
