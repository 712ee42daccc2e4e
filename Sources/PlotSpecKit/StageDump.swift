import PlotDiagnostics
import PlotSampling
import PlotSpec

/// A pipeline stage `plotspec dump` can print.
public enum DumpStage: String, CaseIterable, Sendable {
    /// The typed spec (`FigureSpec.summary()`).
    case spec
    /// The score lowered to one formula, definitions as `let` lines.
    case formula
    /// The laid-out scene (`Scene.dump()`), measured with the renderer's font engine.
    case scene
}

extension Pipeline {
    /// The text form of one stage of a decoded spec: what `plotspec dump --stage` prints.
    public func dump(_ stage: DumpStage, of spec: FigureSpec) throws(DiagnosticError) -> String {
        switch stage {
        case .spec: spec.summary()
        case .formula: LandscapeEvaluator.scoreListing(spec)
        case .scene: try layout(spec, table: evaluate(spec)).dump()
        }
    }

    /// The JSON Schema (draft 2020-12) of the spec language, as `plotspec schema` prints it.
    public static func jsonSchema() -> String {
        JSONSchemaWriter.write()
    }

    /// The key tables of docs/spec-reference.md, generated from the same description as the schema.
    public static func keyTables() -> String {
        KeyTableWriter.write()
    }
}
