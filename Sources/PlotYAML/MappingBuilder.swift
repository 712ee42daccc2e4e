import PlotDiagnostics

/// Collects one mapping's keys and values as they arrive, rejecting duplicate keys and applying merge keys.
///
/// Merge keys follow the YAML merge-key spec: `<<: *base` or `<<: [*a, *b]` (inline mappings too) adds the
/// merged mappings' pairs; keys written explicitly in this mapping win wherever they appear, and among
/// several merged mappings the earlier one in the list wins. Merged pairs appear where the `<<` key was.
struct MappingBuilder {
    private enum Entry {
        case pair(YAMLPair)
        case merge([[YAMLPair]])
    }

    private var entries: [Entry] = []
    /// The key waiting for its value; `nil` while a key is expected.
    private var pendingKey: YAMLNode?
    /// Whether `pendingKey` was rejected (complex or duplicate), so its value is dropped too.
    private var pendingKeyRejected = false
    /// Explicit keys and where each was first written; `<<` is recorded too so a second one is a duplicate.
    private var keySpans: [String: SourceSpan] = [:]

    init() {}

    /// Accepts the next complete node, which is a key or a value in alternation.
    mutating func receive(_ node: YAMLNode, diagnostics: inout DiagnosticBag) {
        guard let key = pendingKey else {
            acceptKey(node, diagnostics: &diagnostics)
            return
        }
        pendingKey = nil
        guard !pendingKeyRejected else { return }
        if Self.isMergeKey(key) {
            if let merged = mergedMappings(node, diagnostics: &diagnostics) { entries.append(.merge(merged)) }
        } else {
            entries.append(.pair(YAMLPair(key: key, value: node)))
        }
    }

    /// The finished pairs: explicit ones in order, merged ones at the position of their `<<` key.
    func build() -> [YAMLPair] {
        var seen = Set(keySpans.keys)
        var pairs: [YAMLPair] = []
        pairs.reserveCapacity(entries.count)
        for entry in entries {
            switch entry {
            case .pair(let pair):
                pairs.append(pair)
            case .merge(let mappings):
                for mapping in mappings {
                    for pair in mapping {
                        // Merged mappings were built by this type, so their keys are scalars.
                        guard let text = pair.keyText, seen.insert(text).inserted else { continue }
                        pairs.append(pair)
                    }
                }
            }
        }
        return pairs
    }

    // MARK: - Keys

    private mutating func acceptKey(_ key: YAMLNode, diagnostics: inout DiagnosticBag) {
        pendingKey = key
        pendingKeyRejected = false
        guard let scalar = key.scalar else {
            diagnostics.append(Messages.YAML.complexKey(found: key.kindDescription, at: key.span))
            pendingKeyRejected = true
            return
        }
        if let first = keySpans[scalar.text] {
            diagnostics.append(Messages.YAML.duplicateKey(scalar.text, at: key.span, first: first))
            pendingKeyRejected = true
            return
        }
        keySpans[scalar.text] = key.span
    }

    /// `<<` written plainly without a tag, or tagged `!!merge`.
    private static func isMergeKey(_ key: YAMLNode) -> Bool {
        guard let scalar = key.scalar, scalar.text == "<<" else { return false }
        return key.tag == "!!merge" || (key.tag == nil && scalar.style == .plain)
    }

    /// The mappings a merge value names, or `nil` (with an error) if it is not a mapping or list of them.
    private func mergedMappings(_ value: YAMLNode, diagnostics: inout DiagnosticBag) -> [[YAMLPair]]? {
        switch value.kind {
        case .mapping(let pairs):
            return [pairs]
        case .sequence(let items):
            var mappings: [[YAMLPair]] = []
            for item in items {
                guard let pairs = item.mapping else {
                    diagnostics.append(Messages.YAML.badMerge(found: item.kindDescription, at: item.span))
                    return nil
                }
                mappings.append(pairs)
            }
            return mappings
        case .scalar:
            diagnostics.append(Messages.YAML.badMerge(found: value.kindDescription, at: value.span))
            return nil
        }
    }
}
