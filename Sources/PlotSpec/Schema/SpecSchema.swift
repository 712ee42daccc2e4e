/// The spec language as a schema tree: the root of a `SpecDescription`, and walks over it.
public enum SpecSchema {
    /// The top level of a spec file.
    public static let root = SchemaNode.section(.spec)

    /// Every section reachable from the root of `description`, each once, in the order first met.
    public static func sections(of description: SpecDescription = .standard) -> [SectionID] {
        var seen: [SectionID] = []
        var stack: [SchemaNode] = [root]
        while let node = stack.popLast() {
            switch node {
            case .section(let id):
                guard !seen.contains(id) else { continue }
                seen.append(id)
                stack += description.section(id).keys.map(\.value).reversed()
            case .map(let n, _), .pair(let n, _), .list(let n, _, _): stack.append(n)
            case .anyOf(let ns, _): stack += ns.reversed()
            default: break
            }
        }
        return seen
    }
}
