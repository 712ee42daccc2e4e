import PlotDiagnostics

/// Turns formula text into an `Expression`.
///
/// Grammar, loosest binding first (recursive descent; every recursion passes a depth check):
///
///     formula    := or END
///     or         := and (('or' | '||') and)*
///     and        := not (('and' | '&&') not)*
///     not        := ('not' | '!') not | comparison
///     comparison := additive (('<' | '<=' | '>' | '>=' | '==' | '!=') additive)?    -- no chaining
///     additive   := multiplicative (('+' | '-') multiplicative)*
///     multiplicative := unary (('*' | '/') unary)*
///     unary      := ('-' | '+') unary | power
///     power      := primary (('^' | '**') unary)?                                   -- right-associative
///     primary    := NUMBER | IDENT | IDENT '(' (or (',' or)*)? ')' | '(' or ')'
///
/// So `-2^2` is `-(2^2)`, `2^3^2` is `2^(3^2)` and `2^-1` is allowed. A minus directly in front of a
/// number literal is folded into the literal (`-0.35` parses as the number -0.35, not a negation).
public enum FormulaParser {
    /// Longest accepted formula, in characters.
    public static let maximumLength = 4096
    /// Deepest accepted nesting of parentheses, calls, operators and prefix operators.
    public static let maximumDepth = 64

    /// Parses `text`; `start` is where text's first character sits in the YAML file.
    ///
    /// When `columnsAreExact` is true, character offset k of `text` is at `start.column + k` on the same
    /// line and diagnostics point at the offending token. Otherwise (folded or escaped YAML scalars) every
    /// diagnostic is placed at `start` with length 1; the message still says what is wrong.
    public static func parse(
        _ text: String, start: SourceLocation, columnsAreExact: Bool = true
    ) -> Result<Expression, DiagnosticError> {
        let locate: (Int, Int) -> SourceSpan
        if columnsAreExact {
            locate = { offset, length in SourceSpan(start: start.advanced(byColumns: offset), length: length) }
        } else {
            locate = { _, _ in SourceSpan(start: start, length: 1) }
        }
        let columnOf: (Int) -> Int?
        if columnsAreExact {
            columnOf = { start.column + $0 }
        } else {
            columnOf = { _ in nil }
        }
        let length = text.unicodeScalars.count
        if length > maximumLength {
            return .failure(
                DiagnosticError(
                    Messages.Formula.tooLong(length: length, limit: maximumLength, at: locate(0, 1))))
        }
        var lexer = Lexer(text, locate: locate)
        var parser = Parser(tokens: lexer.tokenize(), locate: locate, columnOf: columnOf)
        do throws(ParseStop) {
            return .success(try parser.parseFormula())
        } catch {
            return .failure(DiagnosticError(error.diagnostic))
        }
    }
}

/// The first syntax error; parsing stops there because later errors are usually consequences of it.
struct ParseStop: Error {
    var diagnostic: Diagnostic
}

/// A parsed subexpression with the text range it covers (parentheses included) and its tree depth.
private struct Node {
    var expr: Expression
    var start: Int
    var end: Int
    var depth: Int
}

private struct Parser {
    let tokens: [Token]
    let locate: (Int, Int) -> SourceSpan
    let columnOf: (Int) -> Int?
    var position = 0
    var nesting = 0

    init(tokens: [Token], locate: @escaping (Int, Int) -> SourceSpan, columnOf: @escaping (Int) -> Int?) {
        self.tokens = tokens
        self.locate = locate
        self.columnOf = columnOf
    }

    var current: Token { tokens[position] }

    mutating func advance() -> Token {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    func span(_ token: Token) -> SourceSpan { locate(token.offset, token.length) }

    // MARK: - Grammar

    mutating func parseFormula() throws(ParseStop) -> Expression {
        if current.kind == .end {
            throw ParseStop(diagnostic: Messages.Formula.emptyFormula(at: span(current)))
        }
        let node = try parseOr()
        if current.kind == .rightParen {
            throw ParseStop(diagnostic: Messages.Formula.unmatchedClosingParenthesis(at: span(current)))
        }
        if current.kind != .end { try fail(expecting: "an operator or the end of the formula") }
        return node.expr
    }

    mutating func parseOr() throws(ParseStop) -> Node {
        var left = try parseAnd()
        while current.kind == .or {
            let op = advance()
            left = try binary(.or, left, try parseAnd(), op)
        }
        return left
    }

    mutating func parseAnd() throws(ParseStop) -> Node {
        var left = try parseNot()
        while current.kind == .and {
            let op = advance()
            left = try binary(.and, left, try parseNot(), op)
        }
        return left
    }

    mutating func parseNot() throws(ParseStop) -> Node {
        guard current.kind == .not else { return try parseComparison() }
        let op = advance()
        try enter(op)
        defer { nesting -= 1 }
        let operand = try parseNot()
        return Node(
            expr: .unary(.not, operand.expr, range(op.offset, operand.end)),
            start: op.offset, end: operand.end, depth: operand.depth + 1)
    }

    mutating func parseComparison() throws(ParseStop) -> Node {
        let left = try parseAdditive()
        guard let op = Self.comparison(current.kind) else { return left }
        let opToken = advance()
        let node = try binary(op, left, try parseAdditive(), opToken)
        if Self.comparison(current.kind) != nil {
            throw ParseStop(
                diagnostic: Messages.Formula.chainedComparison(
                    opToken.text, current.text, at: span(current)))
        }
        return node
    }

    mutating func parseAdditive() throws(ParseStop) -> Node {
        var left = try parseMultiplicative()
        while current.kind == .plus || current.kind == .minus {
            let op = advance()
            left = try binary(op.kind == .plus ? .add : .subtract, left, try parseMultiplicative(), op)
        }
        return left
    }

    mutating func parseMultiplicative() throws(ParseStop) -> Node {
        var left = try parseUnary()
        while current.kind == .star || current.kind == .slash {
            let op = advance()
            left = try binary(op.kind == .star ? .multiply : .divide, left, try parseUnary(), op)
        }
        return left
    }

    mutating func parseUnary() throws(ParseStop) -> Node {
        guard current.kind == .minus || current.kind == .plus else { return try parsePower() }
        let op = advance()
        try enter(op)
        defer { nesting -= 1 }
        let operand = try parseUnary()
        if op.kind == .plus { return operand }
        if case .number(let value, _) = operand.expr {
            return Node(
                expr: .number(-value, range(op.offset, operand.end)),
                start: op.offset, end: operand.end, depth: operand.depth)
        }
        return Node(
            expr: .unary(.negate, operand.expr, range(op.offset, operand.end)),
            start: op.offset, end: operand.end, depth: operand.depth + 1)
    }

    mutating func parsePower() throws(ParseStop) -> Node {
        let base = try parsePrimary()
        guard current.kind == .caret else { return base }
        let op = advance()
        try enter(op)
        defer { nesting -= 1 }
        return try binary(.power, base, try parseUnary(), op)
    }

    mutating func parsePrimary() throws(ParseStop) -> Node {
        let token = current
        switch token.kind {
        case .number(let value):
            _ = advance()
            return Node(
                expr: .number(value, span(token)), start: token.offset,
                end: token.offset + token.length, depth: 1)
        case .identifier(let name):
            _ = advance()
            if current.kind == .leftParen { return try parseCall(name: token) }
            return Node(
                expr: .variable(name, span(token)), start: token.offset,
                end: token.offset + token.length, depth: 1)
        case .leftParen:
            let open = advance()
            try enter(open)
            defer { nesting -= 1 }
            let inner = try parseOr()
            let close = try expectClosing(open, context: nil)
            return Node(expr: inner.expr, start: open.offset, end: close.offset + close.length, depth: inner.depth)
        default:
            try fail(expecting: "an expression")
        }
    }

    mutating func parseCall(name: Token) throws(ParseStop) -> Node {
        let open = advance()
        try enter(open)
        defer { nesting -= 1 }
        var arguments: [Expression] = []
        var depth = 0
        if current.kind != .rightParen {
            while true {
                let argument = try parseOr()
                arguments.append(argument.expr)
                depth = max(depth, argument.depth)
                guard current.kind == .comma else { break }
                _ = advance()
            }
        }
        let close = try expectClosing(open, context: name.text)
        return Node(
            expr: .call(name.text, arguments, span(name)), start: name.offset,
            end: close.offset + close.length, depth: depth + 1)
    }

    // MARK: - Helpers

    /// Consumes the ')' matching `open`, or reports what is there instead.
    mutating func expectClosing(_ open: Token, context function: String?) throws(ParseStop) -> Token {
        if current.kind == .rightParen { return advance() }
        if case .invalid(let diagnostic) = current.kind { throw ParseStop(diagnostic: diagnostic) }
        if current.kind == .end {
            throw ParseStop(
                diagnostic: Messages.Formula.unclosedParenthesis(
                    openedAtColumn: columnOf(open.offset), at: span(current)))
        }
        if let function {
            try fail(expecting: "',' or ')' after an argument of '\(function)'")
        }
        throw ParseStop(
            diagnostic: Messages.Formula.unclosedParenthesis(
                openedAtColumn: columnOf(open.offset), at: span(current)))
    }

    /// Reports the current token as unexpected.
    func fail(expecting expected: String) throws(ParseStop) -> Never {
        switch current.kind {
        case .invalid(let diagnostic):
            throw ParseStop(diagnostic: diagnostic)
        case .end:
            throw ParseStop(diagnostic: Messages.Formula.unexpectedEnd(expected: expected, at: span(current)))
        default:
            throw ParseStop(
                diagnostic: Messages.Formula.unexpectedToken(
                    found: "'\(current.text)'", expected: expected, at: span(current)))
        }
    }

    /// Bounds the recursion: every nested construct passes through here.
    mutating func enter(_ token: Token) throws(ParseStop) {
        nesting += 1
        if nesting > FormulaParser.maximumDepth {
            throw ParseStop(diagnostic: Messages.Formula.tooDeep(limit: FormulaParser.maximumDepth, at: span(token)))
        }
    }

    func binary(_ op: BinaryOperator, _ left: Node, _ right: Node, _ token: Token) throws(ParseStop) -> Node {
        let depth = max(left.depth, right.depth) + 1
        if depth > FormulaParser.maximumDepth {
            throw ParseStop(diagnostic: Messages.Formula.tooDeep(limit: FormulaParser.maximumDepth, at: span(token)))
        }
        return Node(
            expr: .binary(op, left.expr, right.expr, range(left.start, right.end)),
            start: left.start, end: right.end, depth: depth)
    }

    func range(_ from: Int, _ to: Int) -> SourceSpan { locate(from, to - from) }

    static func comparison(_ kind: Token.Kind) -> BinaryOperator? {
        switch kind {
        case .less: .less
        case .lessEqual: .lessEqual
        case .greater: .greater
        case .greaterEqual: .greaterEqual
        case .equal: .equal
        case .notEqual: .notEqual
        default: nil
        }
    }
}
