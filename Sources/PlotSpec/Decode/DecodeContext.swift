import PlotDiagnostics
import PlotFormula
import PlotYAML

/// State shared by the section decoders: the diagnostics collected so far and the names in scope.
///
/// Every decoder function reports problems here and returns `nil` (or a fallback) so decoding goes on
/// and one run reports every problem in the file.
final class DecodeContext {
    var bag = DiagnosticBag()
    /// Declared parameters, in order; filled by the parameters section before anything refers to them.
    var parameters: [Parameter] = []
    /// Named definitions (`define:`), already checked, in declaration order.
    var definitions = Definitions()
    /// Parameters that were declared but failed to decode or were cut by a limit: references to them
    /// are not reported again, so one mistake gives one error.
    var failedParameterNames: Set<String> = []
    /// Definitions that were declared but failed to check, for the same reason.
    var failedDefinitionNames: Set<String> = []
    /// Set when a whole section of declarations could not be read (`parameters` missing or not a
    /// mapping): no name can then be called unknown without guessing.
    var declarationsUnreadable = false
    /// Set when `define` could not be read: formulas may use names it meant to define.
    var definitionsUnreadable = false

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
        report(Messages.Spec.undefinedParameter(
            name, at: node.span, suggestion: Suggestions.closest(to: name, among: parameterNames)))
        return nil
    }
}

/// Reads a mapping node key by key, remembering which keys were consumed so the rest can be reported
/// as unknown (with a "did you mean" among the keys this section accepts).
struct MappingReader {
    let node: YAMLNode
    let section: String
    private let pairs: [YAMLPair]
    private let known: [String]
    private let context: DecodeContext

    /// Returns nil (after reporting) when `node` is not a mapping.
    init?(_ node: YAMLNode, section: String, known: [String], context: DecodeContext) {
        guard let pairs = node.mapping else {
            context.report(Messages.Spec.wrongType(expected: "a mapping for \(section)", found: node.kindDescription,
                                                   at: node.span))
            return nil
        }
        self.node = node
        self.section = section
        self.pairs = pairs
        self.known = known
        self.context = context
        reportUnknownKeys()
    }

    /// The value node under `key`, if present.
    subscript(_ key: String) -> YAMLNode? {
        pairs.first { $0.keyText == key }?.value
    }

    /// The key node of `key`, for errors about the key itself.
    func keyNode(_ key: String) -> YAMLNode? {
        pairs.first { $0.keyText == key }?.key
    }

    func has(_ key: String) -> Bool { self[key] != nil }

    /// The value under `key`, reporting a missing-key error at the mapping when absent.
    func required(_ key: String) -> YAMLNode? {
        if let value = self[key] { return value }
        context.report(Messages.Spec.missingKey(key, in: section, at: node.span))
        return nil
    }

    /// All pairs, in order (for sections keyed by user names such as `parameters`).
    var entries: [YAMLPair] { pairs }

    private func reportUnknownKeys() {
        guard !known.isEmpty else { return }
        for pair in pairs {
            guard let key = pair.keyText else { continue }
            if !known.contains(key) {
                context.report(Messages.Spec.unknownKey(
                    key, in: section, at: pair.key.span, suggestion: Suggestions.closest(to: key, among: known)))
            }
        }
    }
}
