import PlotDiagnostics
import PlotFormula
import PlotYAML

/// State shared by the section decoders: the diagnostics collected so far and the names in scope.
///
/// Every decoder function reports problems here and returns `nil` (or a fallback) so decoding goes on
/// and one run reports every problem in the file.
final class DecodeContext {
    var bag = DiagnosticBag()
    /// The language being read: which keys each section accepts, their ranges and defaults.
    let language: SpecDescription
    /// The keys each described section's reader was asked for, for the test that every key the decoder
    /// reads is described (and every described key is read).
    var keysAsked: [SectionID: KeysAsked] = [:]
    /// Declared parameters, in order; filled by the parameters section before anything refers to them.
    var parameters: [Parameter] = []
    /// Named definitions (`define:`), already checked, in declaration order.
    var definitions = Definitions()
    /// Parameters that were declared but failed to decode or were cut by a limit: references to them
    /// are not reported again, so one mistake gives one error.
    var failedParameterNames: Set<String> = []
    /// Where `hold:` names each parameter it holds, so a plot that varies one can point at both.
    var holdKeySpans: [Int: SourceSpan] = [:]
    /// Definitions that were declared but failed to check, for the same reason.
    var failedDefinitionNames: Set<String> = []
    /// Set when a whole section of declarations could not be read (`parameters` missing or not a
    /// mapping): no name can then be called unknown without guessing.
    var declarationsUnreadable = false
    /// Where `sampling.data` may read files from.
    var dataPolicy = DataReadPolicy()
    /// The spec's `sampling.data` file, read before its parameters (see `preloadData`).
    var preloadedData: PreloadedData?
    /// Where data files read are registered (for source lines under notes, and for `render --watch`).
    var sources: SourceRegistry?
    /// Set when `define` could not be read: formulas may use names it meant to define.
    var definitionsUnreadable = false

    init(language: SpecDescription = .standard) {
        self.language = language
    }

    var parameterNames: [String] { parameters.map(\.name) }

    /// Whether `name` was declared but could not be decoded, so a reference to it is no new mistake.
    func isDeclaredButBroken(_ name: String) -> Bool {
        declarationsUnreadable || failedParameterNames.contains(name) || failedDefinitionNames.contains(name)
    }

    func report(_ diagnostic: Diagnostic) {
        bag.append(diagnostic)
    }

    func report(_ diagnostics: [Diagnostic]) {
        bag.append(contentsOf: diagnostics)
    }

    /// Resolves a parameter name at `node`, reporting an undefined name with a suggestion.
    func parameter(named name: String, at node: YAMLNode) -> Int? {
        if let index = parameters.firstIndex(where: { $0.name == name }) { return index }
        if declarationsUnreadable || failedParameterNames.contains(name) { return nil }
        report(
            Messages.Spec.undefinedParameter(
                name, at: node.span, suggestion: Suggestions.closest(to: name, among: parameterNames)))
        return nil
    }
}

/// The keys a section's reader was asked for, and which of them as required.
struct KeysAsked: Equatable {
    var all: Set<String> = []
    var required: Set<String> = []
}

/// Reads a mapping node key by key. A described section's keys come from the language's description:
/// any other key is reported as unknown (with a "did you mean" among the described keys) and never read.
struct MappingReader {
    let node: YAMLNode
    let section: String
    private let pairs: [YAMLPair]
    private let known: [String]
    private let described: SectionID?
    private let context: DecodeContext

    /// Reads the described section `id`; messages call it `name` when given (`x_axis`), else by the
    /// section's name. Returns nil (after reporting) when `node` is not a mapping.
    init?(_ node: YAMLNode, _ id: SectionID, named name: String? = nil, context: DecodeContext) {
        let section = context.language.section(id)
        self.init(
            node, section: name ?? section.name, known: section.keyNames + section.refused, described: id,
            context: context)
    }

    /// Reads a mapping whose keys are user names (`parameters`, `hold`, a bell's `center`): no key is
    /// unknown here. Returns nil (after reporting) when `node` is not a mapping.
    init?(_ node: YAMLNode, namesIn section: String, context: DecodeContext) {
        self.init(node, section: section, known: [], described: nil, context: context)
    }

    private init?(_ node: YAMLNode, section: String, known: [String], described: SectionID?, context: DecodeContext) {
        guard let pairs = node.mapping else {
            context.report(
                Messages.Spec.wrongType(
                    expected: "a mapping for \(section)", found: node.kindDescription,
                    at: node.span))
            return nil
        }
        self.node = node
        self.section = section
        self.pairs = pairs
        self.known = known
        self.described = described
        self.context = context
        reportUnknownKeys()
    }

    /// The pair under `key`, if present and (in a described section) described: a key the description
    /// does not list was reported as unknown and is never read.
    private func pair(_ key: String) -> YAMLPair? {
        if let described {
            context.keysAsked[described, default: KeysAsked()].all.insert(key)
            guard known.contains(key) else { return nil }
        }
        return pairs.first { $0.keyText == key }
    }

    /// The value node under `key`, if present.
    subscript(_ key: String) -> YAMLNode? { pair(key)?.value }

    subscript(_ key: KeyDescription) -> YAMLNode? { self[key.name] }

    /// The key node of `key`, for errors about the key itself.
    func keyNode(_ key: String) -> YAMLNode? { pair(key)?.key }

    func keyNode(_ key: KeyDescription) -> YAMLNode? { keyNode(key.name) }

    func has(_ key: String) -> Bool { self[key] != nil }

    func has(_ key: KeyDescription) -> Bool { has(key.name) }

    /// The value under `key`, reporting a missing-key error at the mapping when it is absent and the
    /// description requires it (`Presence.required`, or `.requiredAfterMerge` as the decoder sees the merged tree).
    func required(_ key: KeyDescription) -> YAMLNode? {
        if let described { context.keysAsked[described, default: KeysAsked()].required.insert(key.name) }
        switch key.presence {
        case .required, .requiredAfterMerge: return required(key.name)
        case .optional, .defaulted, .rule: return self[key]
        }
    }

    private func required(_ key: String) -> YAMLNode? {
        if let value = self[key] { return value }
        context.report(Messages.Spec.missingKey(key, in: section, at: node.span))
        return nil
    }

    /// All pairs, in order (for sections keyed by user names such as `parameters`).
    var entries: [YAMLPair] { pairs }

    private func reportUnknownKeys() {
        guard described != nil else { return }
        for pair in pairs {
            guard let key = pair.keyText else { continue }
            if !known.contains(key) {
                context.report(
                    Messages.Spec.unknownKey(
                        key, in: section, at: pair.key.span, suggestion: Suggestions.closest(to: key, among: known)))
            }
        }
    }
}
