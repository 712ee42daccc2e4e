import PlotDiagnostics
import PlotFormula
import PlotYAML

extension DecodeContext {
    /// `define: {u: "log10(learning_rate)"}`: named sub-formulas usable in later formulas.
    ///
    /// Each is parsed and checked once and kept as a binding (see `Definitions`). A definition may use
    /// parameters and earlier definitions only; using itself, a later one or a cycle is reported as
    /// such, and a definition that failed stays known so its uses are not reported again.
    func decodeDefinitions(_ node: YAMLNode) {
        guard let map = MappingReader(node, namesIn: "define", context: self) else {
            definitionsUnreadable = true
            return
        }
        let declared = map.entries.compactMap { pair in checkedName(pair.key).map { (name: $0, pair: pair) } }
        guard declared.count <= SpecLimits.maxDefinitions else {
            report(
                Messages.Spec.tooLarge(
                    "\(declared.count) definitions", limit: "\(SpecLimits.maxDefinitions)",
                    at: node.span))
            failedDefinitionNames.formUnion(declared.map(\.name))
            return
        }
        var bodies: [(name: String, pair: YAMLPair, text: String, expression: Expression)] = []
        for (name, pair) in declared {
            if parameters.contains(where: { $0.name == name }) || bodies.contains(where: { $0.name == name }) {
                report(Messages.Spec.duplicateName(name, at: pair.key.span))
                continue
            }
            guard let (text, expression) = parsedFormula(pair.value, "definition '\(name)'") else {
                failedDefinitionNames.insert(name)
                continue
            }
            bodies.append((name, pair, text, expression))
        }
        var order = DefinitionOrder(bodies.map { ($0.name, $0.expression) })
        for (index, body) in bodies.enumerated() {
            let notYet = Set(bodies[index...].map(\.name))
            let misuses = order.misuses(at: index, body.expression.occurrences(of: notYet))
            for misuse in misuses {
                switch misuse.kind {
                case .itself: report(Messages.Definition.usesItself(misuse.name, at: misuse.span))
                case .cycle(let path): report(Messages.Definition.cycle(path, at: misuse.span))
                case .sameCycle: break  // reported at the cycle's first member
                case .below(let later):
                    report(
                        Messages.Definition.definedBelow(
                            misuse.name, line: bodies[later].pair.key.span.start.line,
                            at: misuse.span))
                }
            }
            let formula = checkedFormula(
                body.text, body.expression, node: body.pair.value, expecting: .number,
                alsoKnown: notYet.sorted())
            guard let formula, misuses.isEmpty else {
                failedDefinitionNames.insert(body.name)
                continue
            }
            definitions.append(name: body.name, expression: formula.expression)
        }
    }
}

/// Finds uses of a definition that is not defined yet (itself or a later one) and tells a cycle apart
/// from a definition that is merely written in the wrong order.
struct DefinitionOrder {
    enum Kind: Equatable {
        case itself
        /// The names around the cycle, starting and ending with the definition reported.
        case cycle([String])
        /// Part of a cycle already reported at an earlier member: fails without a second message.
        case sameCycle
        /// Index of the later definition.
        case below(Int)
    }

    struct Misuse {
        let name: String
        let span: SourceSpan
        let kind: Kind
    }

    private let names: [String]
    private let positions: [String: Int]
    /// Indexes of the definitions each one mentions.
    private let uses: [[Int]]
    /// Members of cycles already reported, so a cycle is reported once, at its first member.
    private var reported = Set<Int>()

    init(_ definitions: [(name: String, expression: Expression)]) {
        names = definitions.map(\.name)
        var positions: [String: Int] = [:]
        for (index, name) in names.enumerated() where positions[name] == nil { positions[name] = index }
        self.positions = positions
        uses = definitions.map { definition in
            definition.expression.mentionedNames.compactMap { positions[$0] }.sorted()
        }
    }

    /// What is wrong with each use of `occurrences` (names not defined yet) in definition `index`.
    mutating func misuses(at index: Int, _ occurrences: [(name: String, span: SourceSpan)]) -> [Misuse] {
        var found: [Misuse] = []
        var seen = Set<String>()
        for (name, span) in occurrences where seen.insert(name).inserted {
            guard let later = positions[name] else { continue }
            if later == index {
                found.append(Misuse(name: name, span: span, kind: .itself))
            } else if let path = path(from: later, to: index) {
                let members = Set(path)
                if members.isDisjoint(with: reported) {
                    reported.formUnion(members)
                    found.append(Misuse(name: name, span: span, kind: .cycle(([index] + path).map { names[$0] })))
                } else {
                    found.append(Misuse(name: name, span: span, kind: .sameCycle))
                }
            } else {
                found.append(Misuse(name: name, span: span, kind: .below(later)))
            }
        }
        return found
    }

    /// The definitions from `start` to `goal` along uses (both included), if `start` leads back to `goal`.
    /// Each definition is visited at most once.
    private func path(from start: Int, to goal: Int) -> [Int]? {
        var parent: [Int: Int] = [start: start]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let current = queue[head]
            head += 1
            for next in uses[current] {
                if next == goal {
                    var path = [goal, current]
                    var step = current
                    while step != start, let up = parent[step] {
                        step = up
                        path.append(step)
                    }
                    return path.reversed()
                }
                if parent[next] == nil {
                    parent[next] = current
                    queue.append(next)
                }
            }
        }
        return nil
    }
}
