/// Named sub-formulas (a spec's `define:` section), kept as bindings that formulas refer to by name.
///
/// A formula that uses `u` holds the variable `u`, never a copy of `u`'s expression: pasting copies turns a
/// chain of definitions that each use the previous one twice into a tree that doubles with every line.
/// Bindings are checked once, compiled once into a register that every use reads, and printed once
/// (`let u = log10(learning_rate)`), so the work done for a spec stays proportional to what was written.
///
/// Contract: an entry's expression mentions variables and *earlier* entries only (the spec decoder
/// enforces it), so the entries are in dependency order and every pass over them is a single pass.
public struct Definitions: Hashable, Sendable {
    /// One `name: formula` binding.
    public struct Entry: Hashable, Sendable {
        public let name: String
        public let expression: Expression
    }

    /// The bindings in declaration (and so dependency) order.
    public private(set) var entries: [Entry] = []
    private var positions: [String: Int] = [:]

    public init() {}

    /// No definitions.
    public static let none = Definitions()

    /// Adds `name` bound to `expression`; a name already bound keeps its first binding.
    public mutating func append(name: String, expression: Expression) {
        guard positions[name] == nil else { return }
        positions[name] = entries.count
        entries.append(Entry(name: name, expression: expression))
    }

    public var isEmpty: Bool { entries.isEmpty }
    public var count: Int { entries.count }
    public var names: [String] { entries.map(\.name) }

    public func contains(_ name: String) -> Bool { positions[name] != nil }

    /// The expression bound to `name`, if any.
    public func expression(named name: String) -> Expression? {
        positions[name].map { entries[$0].expression }
    }

    /// A copy with `bindings` substituted into every entry (e.g. held parameters replaced by constants).
    /// Each entry is rewritten once; uses of other entries stay names.
    public func substituting(_ bindings: [String: Expression]) -> Definitions {
        guard !bindings.isEmpty else { return self }
        var copy = Definitions()
        for entry in entries { copy.append(name: entry.name, expression: entry.expression.substituting(bindings)) }
        return copy
    }

    /// The entries `roots` use directly or through other entries, in declaration order.
    ///
    /// Walks each entry at most once, so a chain of entries each using the previous one twice costs one
    /// visit per entry.
    public func used(by roots: [Expression]) -> [Entry] {
        guard !entries.isEmpty else { return [] }
        var needed = Set<Int>()
        var pending: [Int] = []
        func visit(_ expression: Expression) {
            for name in expression.mentionedNames {
                if let index = positions[name], needed.insert(index).inserted { pending.append(index) }
            }
        }
        roots.forEach(visit)
        while let index = pending.popLast() { visit(entries[index].expression) }
        return needed.sorted().map { entries[$0] }
    }

    /// `let u = log10(learning_rate)` lines for the entries `roots` use, in order, for dumps.
    public func listing(usedBy roots: [Expression]) -> String {
        used(by: roots).map { "let \($0.name) = \($0.expression)\n" }.joined()
    }
}
