/// The keys of one mapping section, in documentation order, as the decoder and the schema see them.
public struct SectionDescription: Sendable {
    /// How messages name the section ("heatmap", "a bucket", "figure").
    public var name: String
    /// One line: what the section is.
    public var doc: String
    public var keys: [KeyDescription]
    /// Keys of which exactly one must be present (the plot kind, a term's kind); empty when there is none.
    public var exactlyOne: [String]
    /// Keys the decoder recognises here only to refuse them with a reason of their own (`noise` as a
    /// factor), rather than as unknown keys. They are not part of the language, so no schema lists them.
    public var refused: [String]

    public init(
        _ name: String, doc: String, keys: [KeyDescription], exactlyOne: [String] = [],
        refused: [String] = []
    ) {
        self.name = name
        self.doc = doc
        self.keys = keys
        self.exactlyOne = exactlyOne
        self.refused = refused
    }

    public var keyNames: [String] { keys.map(\.name) }

    /// Keys a single file must hold (the JSON Schema's `required`).
    public var required: [String] { keys.filter { $0.presence == .required }.map(\.name) }

    public subscript(_ name: String) -> KeyDescription? { keys.first { $0.name == name } }
}

/// Names every described section, so a shape can refer to a section and the reference is resolved
/// through the description in use (`SpecDescription.section(_:)`).
public enum SectionID: String, Sendable, CaseIterable {
    case spec, figure, parameter
    case sampling, trials, focus, data
    case score, term, factor, bell, ridge, penalty, interaction, noise
    case plot, heatmap, surface, parallel, scatter, slice, bucket, axis, colorbar, history
    case facet, facetRows, panels, view
    case textAnnotation, markerAnnotation, lineAnnotation, regionAnnotation, curveAnnotation
    case importance
    case estimate
}

extension SectionID {
    /// The annotation kinds' sections, in documentation order.
    public static let annotations: [SectionID] = [
        .textAnnotation, .markerAnnotation, .lineAnnotation, .regionAnnotation, .curveAnnotation
    ]
}
