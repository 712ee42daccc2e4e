import PlotDiagnostics

/// One token of formula text; offsets and lengths count Unicode scalars from the start of the formula.
struct Token: Sendable {
    enum Kind: Equatable, Sendable {
        case number(Double)
        case identifier(String)
        case leftParen, rightParen, comma
        case plus, minus, star, slash, caret
        case less, lessEqual, greater, greaterEqual, equal, notEqual
        case and, or, not
        /// A lexing problem, reported when the parser reaches it so errors come out in text order.
        case invalid(Diagnostic)
        case end
    }

    var kind: Kind
    var offset: Int
    var length: Int
    /// The text as written, for messages ("found '**'").
    var text: String
}

/// Splits formula text into tokens. Never fails: bad characters become `.invalid` tokens.
struct Lexer {
    private let scalars: [Unicode.Scalar]
    private let locate: (Int, Int) -> SourceSpan
    private var index = 0

    init(_ text: String, locate: @escaping (Int, Int) -> SourceSpan) {
        self.scalars = Array(text.unicodeScalars)
        self.locate = locate
    }

    /// All tokens, ending with `.end` positioned just past the last character.
    mutating func tokenize() -> [Token] {
        var tokens: [Token] = []
        while true {
            skipWhitespace()
            guard index < scalars.count else {
                tokens.append(Token(kind: .end, offset: scalars.count, length: 1, text: ""))
                return tokens
            }
            tokens.append(nextToken())
        }
    }

    private mutating func skipWhitespace() {
        while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
    }

    private mutating func nextToken() -> Token {
        let start = index
        let c = scalars[index]
        if Self.isDigit(c) || (c == "." && index + 1 < scalars.count && Self.isDigit(scalars[index + 1])) {
            return number()
        }
        if Self.isIdentifierStart(c) { return identifier() }
        index += 1
        let next: Unicode.Scalar? = index < scalars.count ? scalars[index] : nil
        func make(_ kind: Token.Kind, extra: Int = 0) -> Token {
            index += extra
            return Token(kind: kind, offset: start, length: index - start, text: text(start, index))
        }
        switch c {
        case "(": return make(.leftParen)
        case ")": return make(.rightParen)
        case ",": return make(.comma)
        case "+": return make(.plus)
        case "-": return make(.minus)
        case "*": return next == "*" ? make(.caret, extra: 1) : make(.star)
        case "/": return make(.slash)
        case "^": return make(.caret)
        case "<": return next == "=" ? make(.lessEqual, extra: 1) : make(.less)
        case ">": return next == "=" ? make(.greaterEqual, extra: 1) : make(.greater)
        case "=":
            if next == "=" { return make(.equal, extra: 1) }
            return invalid(start, Messages.Formula.unexpectedCharacter("=", suggestion: "==", at: locate(start, 1)))
        case "!": return next == "=" ? make(.notEqual, extra: 1) : make(.not)
        case "&":
            if next == "&" { return make(.and, extra: 1) }
            return invalid(start, Messages.Formula.unexpectedCharacter("&", suggestion: "and", at: locate(start, 1)))
        case "|":
            if next == "|" { return make(.or, extra: 1) }
            return invalid(start, Messages.Formula.unexpectedCharacter("|", suggestion: "or", at: locate(start, 1)))
        default:
            return invalid(start, Messages.Formula.unexpectedCharacter(String(c), at: locate(start, 1)))
        }
    }

    private func invalid(_ start: Int, _ diagnostic: Diagnostic) -> Token {
        Token(kind: .invalid(diagnostic), offset: start, length: index - start, text: text(start, index))
    }

    /// `12`, `0.5`, `.5`, `1e-5`, `2.5E+3`. A number running into letters, dots or digits
    /// (`1e`, `1.2.3`, `2x`) is one invalid token, which reads better than two valid ones.
    private mutating func number() -> Token {
        let start = index
        while index < scalars.count, Self.isDigit(scalars[index]) { index += 1 }
        if index < scalars.count, scalars[index] == "." {
            index += 1
            while index < scalars.count, Self.isDigit(scalars[index]) { index += 1 }
        }
        if index < scalars.count, scalars[index] == "e" || scalars[index] == "E" {
            var probe = index + 1
            if probe < scalars.count, scalars[probe] == "+" || scalars[probe] == "-" { probe += 1 }
            if probe < scalars.count, Self.isDigit(scalars[probe]) {
                index = probe
                while index < scalars.count, Self.isDigit(scalars[index]) { index += 1 }
            }
        }
        if index < scalars.count, Self.isIdentifierPart(scalars[index]) || scalars[index] == "." {
            while index < scalars.count, Self.isIdentifierPart(scalars[index]) || scalars[index] == "." {
                index += 1
            }
            let written = text(start, index)
            return invalid(start, Messages.Formula.invalidNumber(written, at: locate(start, index - start)))
        }
        let written = text(start, index)
        guard let value = Double(written) else {
            return invalid(start, Messages.Formula.invalidNumber(written, at: locate(start, index - start)))
        }
        guard value.isFinite else {
            return invalid(start, Messages.Formula.numberOutOfRange(written, at: locate(start, index - start)))
        }
        return Token(kind: .number(value), offset: start, length: index - start, text: written)
    }

    private mutating func identifier() -> Token {
        let start = index
        while index < scalars.count, Self.isIdentifierPart(scalars[index]) { index += 1 }
        let name = text(start, index)
        let kind: Token.Kind =
            switch name {
            case "and": .and
            case "or": .or
            case "not": .not
            default: .identifier(name)
            }
        return Token(kind: kind, offset: start, length: index - start, text: name)
    }

    private func text(_ from: Int, _ to: Int) -> String {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[from..<to])
        return String(out)
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }

    static func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
        (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_"
    }

    static func isIdentifierPart(_ c: Unicode.Scalar) -> Bool { isIdentifierStart(c) || isDigit(c) }
}
