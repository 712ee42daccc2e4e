import PlotDiagnostics

extension SourceSpan {
    /// The span of expressions built in code rather than parsed (e.g. by the score-model lowering).
    public static let synthetic = SourceSpan(start: SourceLocation(file: "<generated>", line: 0, column: 0))
}

/// Small builders for making expressions in code; spans default to `SourceSpan.synthetic`.
extension Expression {
    public static func num(_ value: Double, span: SourceSpan = .synthetic) -> Expression {
        .number(value, span)
    }

    public static func name(_ name: String, span: SourceSpan = .synthetic) -> Expression {
        .variable(name, span)
    }

    public static func apply(_ function: String, _ arguments: [Expression], span: SourceSpan = .synthetic) -> Expression
    {
        .call(function, arguments, span)
    }

    public static func op(
        _ op: BinaryOperator, _ left: Expression, _ right: Expression,
        span: SourceSpan = .synthetic
    ) -> Expression {
        .binary(op, left, right, span)
    }

    public static func negated(_ operand: Expression, span: SourceSpan = .synthetic) -> Expression {
        .unary(.negate, operand, span)
    }

    /// The sum of `terms` as a left-leaning chain; `0` when empty.
    public static func sum(_ terms: [Expression], span: SourceSpan = .synthetic) -> Expression {
        guard let first = terms.first else { return .number(0, span) }
        return terms.dropFirst().reduce(first) { .binary(.add, $0, $1, span) }
    }
}

extension Expression {
    /// A copy with every variable named in `bindings` replaced by its expression (used for held
    /// parameters; definitions stay names, see `Definitions`). Replacement expressions are inserted as
    /// they are, not substituted again.
    public func substituting(_ bindings: [String: Expression]) -> Expression {
        guard !bindings.isEmpty else { return self }
        switch self {
        case .number:
            return self
        case .variable(let name, _):
            return bindings[name] ?? self
        case .unary(let op, let operand, let span):
            return .unary(op, operand.substituting(bindings), span)
        case .binary(let op, let left, let right, let span):
            return .binary(op, left.substituting(bindings), right.substituting(bindings), span)
        case .call(let name, let arguments, let span):
            return .call(name, arguments.map { $0.substituting(bindings) }, span)
        }
    }

    /// A copy with every span replaced by `span`, for comparing structure regardless of position.
    public func withSpans(_ span: SourceSpan = .synthetic) -> Expression {
        switch self {
        case .number(let value, _): .number(value, span)
        case .variable(let name, _): .variable(name, span)
        case .unary(let op, let operand, _): .unary(op, operand.withSpans(span), span)
        case .binary(let op, let left, let right, _): .binary(op, left.withSpans(span), right.withSpans(span), span)
        case .call(let name, let arguments, _): .call(name, arguments.map { $0.withSpans(span) }, span)
        }
    }

    /// Names of all variables (and unresolved constants) the expression mentions.
    public var mentionedNames: Set<String> {
        switch self {
        case .number: []
        case .variable(let name, _): [name]
        case .unary(_, let operand, _): operand.mentionedNames
        case .binary(_, let left, let right, _): left.mentionedNames.union(right.mentionedNames)
        case .call(_, let arguments, _): arguments.reduce(into: Set()) { $0.formUnion($1.mentionedNames) }
        }
    }

    /// Each place a variable in `names` is mentioned, in reading order, for errors about those names.
    public func occurrences(of names: Set<String>) -> [(name: String, span: SourceSpan)] {
        var found: [(name: String, span: SourceSpan)] = []
        func visit(_ expr: Expression) {
            switch expr {
            case .number: break
            case .variable(let name, let span): if names.contains(name) { found.append((name, span)) }
            case .unary(_, let operand, _): visit(operand)
            case .binary(_, let left, let right, _):
                visit(left)
                visit(right)
            case .call(_, let arguments, _): arguments.forEach(visit)
            }
        }
        visit(self)
        return found
    }
}
